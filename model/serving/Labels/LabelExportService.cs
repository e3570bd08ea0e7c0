using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.PartnerOutcomes;
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
/// <para>
/// Partner outcomes are the strongest labels: where a partner recorded what became of a referral,
/// a confirmed victim or exploitation found makes the example positive and no indication negative,
/// whatever the reviewer decided; "unknown" (or no outcome) leaves the reviewer's label. Every example
/// says where its label came from (<see cref="LabelledExample.LabelSource"/>).
/// </para>
/// </summary>
public sealed class LabelExportService(ILabelStore labels, IAssessmentStore assessments, IPartnerOutcomeStore outcomes)
{
    // Random checks carry their inclusion probability (training weights by its inverse); a hit's is 1.

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
            var partnerOutcomes = await OutcomesByCase.ReadAsync(outcomes, jurisdiction, cancellationToken);
            await foreach (var label in labels.ReadAsync(jurisdiction, cancellationToken))
            {
                var outcomeLabel = partnerOutcomes.LabelOf(label.CaseId);
                if ((outcomeLabel ?? label.Label) is not { } value)
                {
                    continue;
                }

                var assessment = await assessments.GetAsync(label.AssessmentId, cancellationToken);
                var reviewCase = await assessments.GetCaseAsync(label.CaseId, cancellationToken);
                if (assessment is null || reviewCase is null)
                {
                    continue;
                }

                // Point in time: the features the model saw when it scored the record, with their schema id.
                var stored = await assessments.GetStoredFeaturesAsync(label.AssessmentId, cancellationToken);

                yield return new LabelledExample
                {
                    Record = LabelMinimisation.Record(reviewCase.Record, assessment.ScreenedAt),
                    ScreenedAt = LabelMinimisation.Month(assessment.ScreenedAt),
                    Counts = Counts(assessment.NetworkCounts),
                    Label = value == 1,
                    Source = $"review:{label.Jurisdiction.ToCode()}",
                    LabelSource = SourceOf(label, outcomeLabel),
                    LabelReference = $"{Reference(exportKey, label.CaseId)}; outcome {label.Outcome}; reviewer role {label.ReviewerRole}; catalogue {label.CatalogueVersion}; model {label.ModelVersion}"
                        + OutcomesReference(partnerOutcomes.Of(label.CaseId)),
                    LabelledAt = LabelMinimisation.Month(label.DecidedAt),
                    RandomCheck = label.RandomCheck,
                    InclusionProbability = label.RandomCheck ? label.InclusionProbability : null,
                    Features = stored?.Values,
                    FeatureSchemaId = stored?.SchemaId,
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

    /// <summary>The source of a reviewer's label: a random check, an inspection finding, or a decision on a hit.</summary>
    public static string SourceOf(DecisionLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.RandomCheck ? LabelSources.RandomCheck : label.IsInspection ? LabelSources.Inspection : LabelSources.Review;
    }

    /// <summary>The source of an example's label: "outcome" when the partners' outcomes give it, else the reviewer's kind of decision.</summary>
    public static string SourceOf(DecisionLabel label, int? outcomeLabel) => outcomeLabel is not null ? LabelSources.Outcome : SourceOf(label);

    /// <summary>What a label reference adds for the case's partner outcomes ("; partner outcomes no-indication"), or nothing when none.</summary>
    public static string OutcomesReference(IReadOnlyCollection<PartnerOutcomeKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        return kinds.Count == 0 ? "" : $"; partner outcomes {string.Join(',', kinds.Select(k => k.ToName()).Order(StringComparer.Ordinal))}";
    }

    private static string Reference(byte[] exportKey, string caseId)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(exportKey, Encoding.UTF8.GetBytes(caseId), mac);
        return ReferencePrefix + Base32.Encode(mac[..10]);
    }

    internal static IReadOnlyList<NetworkCountEntry> Counts(IReadOnlyDictionary<string, int> stored)
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
