using System.Text.Json;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// Turns reviewers' decisions into labelled examples for retraining, in the JSON-lines form the
/// trainer imports: the record depersonalised (no names, document, contact, addresses or party
/// names; birth year only), the network counts stored with the assessment, the label (referrals
/// true, "no concern" false, "insufficient information" left out) and its provenance.
/// </summary>
public sealed class LabelExportService(ILabelStore labels, IAssessmentStore assessments)
{
    /// <summary>Every labelled decision (of one jurisdiction, or all).</summary>
    public async IAsyncEnumerable<LabelledExample> ExportAsync(Jurisdiction? jurisdiction, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var label in labels.ReadAsync(jurisdiction, cancellationToken))
        {
            if (label.Label is not { } value)
            {
                continue;
            }

            var assessment = await assessments.GetAsync(label.AssessmentId, cancellationToken);
            var reviewCase = await assessments.GetCaseAsync(label.CaseId, cancellationToken);
            if (assessment is null || reviewCase is null)
            {
                continue;
            }

            yield return new LabelledExample
            {
                Record = RetentionService.Depersonalise(reviewCase.Record),
                ScreenedAt = assessment.ScreenedAt,
                Counts = Counts(assessment.NetworkCounts),
                Label = value == 1,
                Source = $"review:{label.Jurisdiction.ToCode()}",
                LabelReference = $"{label.CaseId}; outcome {label.Outcome}; reviewer role {label.ReviewerRole}; catalogue {label.CatalogueVersion}; model {label.ModelVersion}",
                LabelledAt = label.DecidedAt,
            };
        }
    }

    /// <summary>Writes the export as JSON lines.</summary>
    public async Task<int> WriteAsync(Stream output, Jurisdiction? jurisdiction, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var writer = new StreamWriter(output, leaveOpen: true);
        await foreach (var example in ExportAsync(jurisdiction, cancellationToken))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(example, ScreeningJson.Options));
            count++;
        }

        return count;
    }

    private static IReadOnlyList<NetworkCountEntry> Counts(IReadOnlyDictionary<string, int> stored)
    {
        var counts = new NetworkCounts();
        foreach (var (key, value) in stored)
        {
            // Stored as "Sponsor/30d".
            var parts = key.Split('/');
            if (parts.Length == 2 && Enum.TryParse<NetworkEntityType>(parts[0], out var type) && int.TryParse(parts[1].TrimEnd('d'), out var days))
            {
                counts.Set(type, days, value);
            }
        }

        return LabelledExample.ToEntries(counts);
    }
}
