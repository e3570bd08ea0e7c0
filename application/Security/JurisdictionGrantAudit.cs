using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Security;

/// <summary>
/// Audits the all-countries grant (<see cref="AppRoles.JurisdictionsAll"/>): a request that reaches a
/// jurisdiction only through it writes one entry per such jurisdiction, in that jurisdiction's audit
/// partition, so each country's auditors see who came in through the grant. The entry holds the
/// caller's subject, the grant as role, the jurisdiction and the operation name — no personal data.
/// </summary>
public sealed class JurisdictionGrantAudit(IAuditLog audit)
{
    /// <summary>The audit action of a use of the grant.</summary>
    public const string Action = "jurisdictions.all-grant-used";

    /// <summary>
    /// Writes an entry for each of <paramref name="jurisdictions"/> that <paramref name="caller"/>
    /// reaches with <paramref name="roles"/> only through the grant; nothing otherwise.
    /// </summary>
    /// <param name="caller">The caller of the request.</param>
    /// <param name="roles">The roles the operation accepts (a route's policy roles).</param>
    /// <param name="jurisdictions">The jurisdictions the request reaches.</param>
    /// <param name="operation">What was done: a route name such as <c>ListCases</c>, never request data.</param>
    /// <param name="source">Client address, as in the other audit entries.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>How many entries were written.</returns>
    public async Task<int> RecordAsync(Caller caller, IReadOnlyCollection<string> roles, IEnumerable<Jurisdiction> jurisdictions, string operation, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.HasAllJurisdictionsGrant)
        {
            return 0;
        }

        var written = 0;
        foreach (var jurisdiction in jurisdictions.Distinct().Where(j => caller.ReachesOnlyThroughGrant(j, roles)))
        {
            var actor = new Actor(caller.Subject, AppRoles.JurisdictionsAll, new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { jurisdiction }, source);
            await audit.WriteAsync(actor, Action, jurisdiction, null, operation, cancellationToken);
            written++;
        }

        return written;
    }
}
