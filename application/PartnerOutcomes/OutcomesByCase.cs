using BorderScreening.Domain.Records;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// The partner outcomes of a jurisdiction (or all), by the case their signal came from (a case has one
/// signal per partner), and the label they give a case: what the label export, the server's evaluation
/// set and training from the store all read, so a case's label comes out the same in each.
/// </summary>
public sealed class OutcomesByCase
{
    private readonly Dictionary<string, List<PartnerOutcomeKind>> _byCase;

    private OutcomesByCase(Dictionary<string, List<PartnerOutcomeKind>> byCase) => _byCase = byCase;

    /// <summary>Reads every outcome of <paramref name="jurisdiction"/> (null: all) once.</summary>
    public static async Task<OutcomesByCase> ReadAsync(IPartnerOutcomeStore outcomes, Jurisdiction? jurisdiction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var byCase = new Dictionary<string, List<PartnerOutcomeKind>>(StringComparer.Ordinal);
        await foreach (var outcome in outcomes.ReadAsync(jurisdiction, cancellationToken).ConfigureAwait(false))
        {
            if (!byCase.TryGetValue(outcome.CaseId, out var kinds))
            {
                byCase[outcome.CaseId] = kinds = [];
            }

            kinds.Add(outcome.Outcome);
        }

        return new OutcomesByCase(byCase);
    }

    /// <summary>The outcomes recorded for the case (empty when none).</summary>
    public IReadOnlyList<PartnerOutcomeKind> Of(string caseId) => _byCase.TryGetValue(caseId, out var kinds) ? kinds : [];

    /// <summary>The label the case's outcomes give (<see cref="PartnerOutcomeKinds.LabelFor(IEnumerable{PartnerOutcomeKind})"/>), or null: the reviewer's label stands.</summary>
    public int? LabelOf(string caseId) => PartnerOutcomeKinds.LabelFor(Of(caseId));
}
