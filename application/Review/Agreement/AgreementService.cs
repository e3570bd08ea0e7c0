using System.Globalization;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;

namespace BorderScreening.Application.Review.Agreement;

/// <summary>
/// Builds the agreement report from the decision labels (one per decided case, with the reviewer,
/// the own assessment, the band when decided and the outcome). For the jurisdiction's supervisors
/// only; elsewhere "not found". Reading it is audited.
/// </summary>
public sealed class AgreementService(ILabelStore labels, IAuditLog audit)
{
    /// <summary>Longest period of one report.</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    /// <summary>The report of decisions made in [from, to).</summary>
    public async Task<ReviewResult<AgreementReport>> GetAsync(Actor actor, Jurisdiction jurisdiction, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<AgreementReport>.NotFound();
        }

        var decisions = new List<DecisionLabel>();
        await foreach (var label in labels.ReadAsync(jurisdiction, cancellationToken))
        {
            // An inspection finding is nobody's review decision: it has no own assessment to agree with.
            if (!label.IsInspection && label.DecidedAt >= from && label.DecidedAt < to)
            {
                decisions.Add(label);
            }
        }

        var rows = new List<AgreementRow>();
        foreach (var byReviewer in decisions.GroupBy(d => d.Reviewer ?? "unknown").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            rows.AddRange(byReviewer
                .GroupBy(d => d.DecidedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(byReviewer.Key, g.Key, [.. g])));
            rows.Add(Row(byReviewer.Key, "all", [.. byReviewer]));
        }

        rows.Add(Row("all", "all", decisions));
        await audit.WriteAsync(actor, "agreement.viewed", jurisdiction, null, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}", cancellationToken);
        return ReviewResult<AgreementReport>.Ok(new AgreementReport(jurisdiction, from, to, rows));
    }

    private static AgreementRow Row(string reviewer, string month, IReadOnlyList<DecisionLabel> decisions)
    {
        var facts = decisions.Select(Fact.Of).ToList();
        return new AgreementRow(
            reviewer,
            month,
            DisclosureControl.Count(facts.Count, publication: true),
            Share(facts, f => f.OwnConcern is not null && f.ScoreConcern is not null, f => f.OwnConcern == f.ScoreConcern),
            Share(facts, f => f.OwnConcern is not null && f.OutcomeConcern is not null, f => f.OwnConcern == f.OutcomeConcern),
            Share(facts, f => f.OutcomeConcern is not null && f.ScoreConcern is not null, f => f.OutcomeConcern == f.ScoreConcern),
            Share(facts, _ => true, f => f.Unsure));
    }

    private static PublishedFigure Share(List<Fact> facts, Func<Fact, bool> counts, Func<Fact, bool> agrees)
    {
        var basis = facts.Where(counts).ToList();
        return DisclosureControl.Share(basis.Count == 0 ? null : basis.Count(agrees) / (double)basis.Count, basis.Count, publication: true);
    }

    // Each of the three views reduced to "concern or not"; null where a view has no such answer
    // (unsure, insufficient information, a band not recorded).
    private readonly record struct Fact(bool? OwnConcern, bool? ScoreConcern, bool? OutcomeConcern, bool Unsure)
    {
        public static Fact Of(DecisionLabel label) => new(
            label.OwnAssessment switch
            {
                nameof(OwnAssessment.Concern) => true,
                nameof(OwnAssessment.NoConcern) => false,
                _ => null,
            },
            Enum.TryParse<RiskBand>(label.Band, out var band) ? band == RiskBand.High : null,
            label.Label switch
            {
                1 => true,
                0 => false,
                _ => null,
            },
            label.OwnAssessment == nameof(OwnAssessment.Unsure));
    }
}
