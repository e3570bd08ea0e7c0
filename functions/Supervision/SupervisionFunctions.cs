using BorderScreening.Functions.Http;
using BorderScreening.Http.Supervision;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Supervision;

/// <summary>HTTP triggers of the supervisors' reports and settings.</summary>
public sealed class SupervisionFunctions(SupervisionApi api)
{
    private const string Base = "supervision/{jurisdiction}";

    /// <summary>GET /api/delegations/mine.</summary>
    [Function(nameof(ListMyDelegations))]
    public Task<IActionResult> ListMyDelegations([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "delegations/mine")] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListMyDelegationsAsync(request, cancellationToken).AsActionResult();

    /// <summary>GET /api/supervision/{jurisdiction}/agreement.</summary>
    [Function(nameof(GetAgreementReport))]
    public Task<IActionResult> GetAgreementReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base + "/agreement")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.GetAgreementAsync(request, jurisdiction, cancellationToken).AsActionResult();

    /// <summary>GET /api/supervision/{jurisdiction}/delegations.</summary>
    [Function(nameof(ListDelegations))]
    public Task<IActionResult> ListDelegations([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base + "/delegations")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.ListDelegationsAsync(request, jurisdiction, cancellationToken).AsActionResult();

    /// <summary>POST /api/supervision/{jurisdiction}/delegations.</summary>
    [Function(nameof(GrantDelegation))]
    public Task<IActionResult> GrantDelegation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Base + "/delegations")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.GrantDelegationAsync(request, jurisdiction, cancellationToken).AsActionResult();

    /// <summary>POST /api/supervision/{jurisdiction}/delegations/{delegationId}/revoke.</summary>
    [Function(nameof(RevokeDelegation))]
    public Task<IActionResult> RevokeDelegation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Base + "/delegations/{delegationId}/revoke")] HttpRequest request, string jurisdiction, string delegationId, CancellationToken cancellationToken) =>
        api.RevokeDelegationAsync(request, jurisdiction, delegationId, cancellationToken).AsActionResult();

    /// <summary>GET /api/supervision/{jurisdiction}/capacity.</summary>
    [Function(nameof(ListCapacity))]
    public Task<IActionResult> ListCapacity([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Base + "/capacity")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.ListCapacityAsync(request, jurisdiction, cancellationToken).AsActionResult();

    /// <summary>POST /api/supervision/{jurisdiction}/capacity.</summary>
    [Function(nameof(SetCapacity))]
    public Task<IActionResult> SetCapacity([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Base + "/capacity")] HttpRequest request, string jurisdiction, CancellationToken cancellationToken) =>
        api.SetCapacityAsync(request, jurisdiction, cancellationToken).AsActionResult();
}
