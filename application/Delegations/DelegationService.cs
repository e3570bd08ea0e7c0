using System.Text.RegularExpressions;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Delegations;

/// <summary>
/// Protocol staffing: a supervisor of a jurisdiction grants a named reviewer of another service
/// review rights there for a limited time, sees the grants, and may end one early. Grants end by
/// themselves (checked at every request, see <see cref="DelegatedReviewAccess"/>). Every grant and
/// revocation is audited; outside the supervisor's jurisdictions everything is "not found".
/// </summary>
public sealed partial class DelegationService(IDelegationStore store, DelegatedReviewAccess access, IAuditLog audit, TimeProvider time)
{
    /// <summary>Longest delegation: 31 days, so a forgotten grant cannot outlive a rotation by long.</summary>
    public const int MaxHours = 31 * 24;

    /// <summary>How long ended delegations stay on the supervision screen.</summary>
    public static readonly TimeSpan ShownAfterEnd = TimeSpan.FromDays(30);

    /// <summary>Grants review rights in the jurisdiction to the reviewer until now + hours.</summary>
    public async Task<ReviewResult<ReviewDelegation>> GrantAsync(Actor actor, Jurisdiction jurisdiction, DelegationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<ReviewDelegation>.NotFound();
        }

        var errors = new List<FieldError>();
        if (request.Reviewer is not { } reviewer || !SubjectPattern().IsMatch(reviewer))
        {
            errors.Add(new FieldError("reviewer", "is required: the reviewer's subject id (letters, digits, '-', '_', '.', '@'; at most 128)"));
        }
        else if (reviewer == actor.Subject)
        {
            errors.Add(new FieldError("reviewer", "must be someone else"));
        }

        if (request.Hours is not (>= 1 and <= MaxHours))
        {
            errors.Add(new FieldError("hours", $"is required: 1 to {MaxHours}"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new FieldError("reason", "is required"));
        }

        if (errors.Count > 0)
        {
            return ReviewResult<ReviewDelegation>.Invalid([.. errors]);
        }

        var now = time.GetUtcNow();
        var delegation = new ReviewDelegation
        {
            Id = "dlg-" + Guid.NewGuid().ToString("N")[..20],
            Jurisdiction = jurisdiction,
            Reviewer = request.Reviewer!,
            GrantedBy = actor.Subject,
            GrantedAt = now,
            Until = now.AddHours(request.Hours!.Value),
            Reason = ReviewText.Limit(request.Reason)!,
        };
        await store.AddAsync(delegation, cancellationToken);
        access.Forget(delegation.Reviewer);
        await audit.WriteAsync(actor, "delegation.granted", jurisdiction, null, $"{delegation.Id} to {delegation.Reviewer} until {delegation.Until:u}", delegation.Reason, cancellationToken);
        return ReviewResult<ReviewDelegation>.Ok(delegation);
    }

    /// <summary>The jurisdiction's delegations: active ones and those ended in the last 30 days.</summary>
    public async Task<ReviewResult<IReadOnlyList<DelegationView>>> ListAsync(Actor actor, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<IReadOnlyList<DelegationView>>.NotFound();
        }

        var now = time.GetUtcNow();
        var list = await store.ForJurisdictionAsync(jurisdiction, now - ShownAfterEnd, cancellationToken);
        return ReviewResult<IReadOnlyList<DelegationView>>.Ok([.. list.OrderByDescending(d => d.GrantedAt).Select(d => new DelegationView(d, d.StatusAt(now)))]);
    }

    /// <summary>Ends a delegation early, with a reason.</summary>
    public async Task<ReviewResult<DelegationView>> RevokeAsync(Actor actor, Jurisdiction jurisdiction, string id, ReasonRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<DelegationView>.NotFound();
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return ReviewResult<DelegationView>.Invalid(new FieldError("reason", "is required"));
        }

        var now = time.GetUtcNow();
        var existing = (await store.ForJurisdictionAsync(jurisdiction, DateTimeOffset.MinValue, cancellationToken)).FirstOrDefault(d => d.Id == id);
        if (existing is null)
        {
            return ReviewResult<DelegationView>.NotFound();
        }

        if (!existing.IsActive(now) || !await store.TryRevokeAsync(jurisdiction, id, actor.Subject, now, cancellationToken))
        {
            return ReviewResult<DelegationView>.Conflict($"The delegation is {existing.StatusAt(now)} already.");
        }

        access.Forget(existing.Reviewer);
        await audit.WriteAsync(actor, "delegation.revoked", jurisdiction, null, $"{id} of {existing.Reviewer}", ReviewText.Limit(request.Reason), cancellationToken);
        var revoked = existing with { RevokedAt = now, RevokedBy = actor.Subject };
        return ReviewResult<DelegationView>.Ok(new DelegationView(revoked, revoked.StatusAt(now)));
    }

    // Entra object ids are GUIDs; local tokens use short names. No characters a table key refuses.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$")]
    private static partial Regex SubjectPattern();
}
