using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// Turns reviewers' decisions into labelled examples for retraining, in the JSON-lines form the
/// trainer imports, minimised (<see cref="LabelMinimisation"/>, docs/model.md "Label export, field
/// by field"): only the facts the features read, no source system, message, traveller or application
/// reference, no case or assessment id, months instead of exact times; the network counts stored
/// with the assessment; the label (referrals true, "no concern" false, "insufficient information"
/// left out) and its provenance without anything that leads back to the stored case.
/// </summary>
public sealed class LabelExportService(ILabelStore labels, IAssessmentStore assessments)
{
    /// <summary>Prefix of an example's reference within one export.</summary>
    public const string ReferencePrefix = "x-";

    /// <summary>
    /// Every labelled decision (of one jurisdiction, or all). Each call is one export: its examples are
    /// numbered by a keyed hash under a key made for this call and then forgotten, so a line can be
    /// named and duplicates found within the export, but not matched to a case or to another export.
    /// </summary>
    public async IAsyncEnumerable<LabelledExample> ExportAsync(Jurisdiction? jurisdiction, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var exportKey = RandomNumberGenerator.GetBytes(32);
        try
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
                    Record = LabelMinimisation.Record(reviewCase.Record, assessment.ScreenedAt),
                    ScreenedAt = LabelMinimisation.Month(assessment.ScreenedAt),
                    Counts = Counts(assessment.NetworkCounts),
                    Label = value == 1,
                    Source = $"review:{label.Jurisdiction.ToCode()}",
                    LabelReference = $"{Reference(exportKey, label.CaseId)}; outcome {label.Outcome}; reviewer role {label.ReviewerRole}; catalogue {label.CatalogueVersion}; model {label.ModelVersion}",
                    LabelledAt = LabelMinimisation.Month(label.DecidedAt),
                };
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(exportKey);
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

    private static string Reference(byte[] exportKey, string caseId)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(exportKey, Encoding.UTF8.GetBytes(caseId), mac);
        return ReferencePrefix + Base32.Encode(mac[..10]);
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
