using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Learning;
using BorderScreening.Application.PartnerOutcomes;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// <see cref="ITrainingDataSource"/> on Table Storage. Per jurisdiction: the labels partition is read
/// once, then each of the jurisdiction's shard partitions of the screenings table is scanned once for
/// its assessment rows screened in the period ("A|…", filtered on ScreenedAt) and its case rows ("C|…"),
/// a few partitions at a time; rows and labels are joined in memory. Only the columns training needs are
/// selected (body, time, stored features and schema id). The jurisdiction's partner outcomes are read
/// once too and joined by case: they override the reviewer's label, and a decision without a label of
/// its own (e.g. one closed as unknown) counts when a partner's outcome gives one.
/// </summary>
public sealed class TableTrainingDataSource(StorageTables tables, ILabelStore labels, IPartnerOutcomeStore outcomes) : ITrainingDataSource
{
    private static readonly string[] Columns =
        ["RowKey", "Body", "ScreenedAt", MonitoringFacts.FeaturesColumn, MonitoringFacts.FeatureSchemaColumn];

    /// <inheritdoc />
    public async IAsyncEnumerable<TrainingRow> ReadAsync(TrainingQuery query, IProgress<TrainingReadProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var byAssessment = new Dictionary<string, DecisionLabel>(StringComparer.Ordinal);
        var outcomesOf = new Dictionary<Jurisdiction, OutcomesByCase>();
        long read = 0;
        foreach (var jurisdiction in query.Jurisdictions.Distinct().OrderBy(j => j.ToCode(), StringComparer.Ordinal))
        {
            var found = outcomesOf[jurisdiction] = await OutcomesByCase.ReadAsync(outcomes, jurisdiction, cancellationToken);
            await foreach (var label in labels.ReadAsync(jurisdiction, cancellationToken))
            {
                if ((found.LabelOf(label.CaseId) ?? label.Label) is not null)
                {
                    byAssessment[label.AssessmentId] = label;
                }

                if (++read % 10_000 == 0)
                {
                    progress?.Report(new TrainingReadProgress("labels", read, null));
                }
            }
        }

        progress?.Report(new TrainingReadProgress("labels", read, read));
        var caseIds = byAssessment.Values.Select(l => l.CaseId).ToHashSet(StringComparer.Ordinal);
        var total = byAssessment.Count;
        long scanned = 0;
        foreach (var jurisdiction in query.Jurisdictions.Distinct().OrderBy(j => j.ToCode(), StringComparer.Ordinal))
        {
            var assessments = new ConcurrentDictionary<string, (Assessment Assessment, StoredFeatures? Features)>(StringComparer.Ordinal);
            var records = new ConcurrentDictionary<string, ScreeningRecord>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(
                Enumerable.Range(0, AssessmentId.Shards),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, query.Parallelism), CancellationToken = cancellationToken },
                async (shard, ct) =>
                {
                    var partition = AssessmentId.PartitionKey(jurisdiction, shard);
                    var filter = TableClient.CreateQueryFilter(
                        $"PartitionKey eq {partition} and ((RowKey ge {"A|"} and RowKey lt {"A}"} and ScreenedAt ge {query.From} and ScreenedAt lt {query.To}) or (RowKey ge {"C|"} and RowKey lt {"C}"}))");
                    await foreach (var row in tables.Screenings.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: Columns, cancellationToken: ct))
                    {
                        var id = row.RowKey[2..];
                        if (row.RowKey[0] == 'A' && byAssessment.ContainsKey(id) && row.GetString("Body") is { } body)
                        {
                            var features = MonitoringFacts.DecodeFeatures(row.GetString(MonitoringFacts.FeaturesColumn)) is { } values
                                ? new StoredFeatures(values, row.GetString(MonitoringFacts.FeatureSchemaColumn))
                                : null;
                            assessments[id] = (TableBody.Read<Assessment>(body), features);
                            if (Interlocked.Increment(ref scanned) % 10_000 == 0)
                            {
                                progress?.Report(new TrainingReadProgress("assessments", Interlocked.Read(ref scanned), total));
                            }
                        }
                        else if (row.RowKey[0] == 'C' && caseIds.Contains(id) && row.GetString("Body") is { } caseBody)
                        {
                            records[id] = TableBody.Read<ReviewCase>(caseBody).Record;
                        }
                    }
                });

            var rows = new List<TrainingRow>(assessments.Count);
            foreach (var (id, (assessment, features)) in assessments)
            {
                var label = byAssessment[id];
                if (records.TryGetValue(label.CaseId, out var record))
                {
                    rows.Add(new TrainingRow(label, record, assessment.ScreenedAt, assessment.NetworkCounts, features, assessment.CatalogueVersion, assessment.ModelVersion, outcomesOf[jurisdiction].Of(label.CaseId)));
                }
            }

            foreach (var row in rows.OrderBy(r => r.ScreenedAt).ThenBy(r => r.Label.CaseId, StringComparer.Ordinal))
            {
                yield return row;
            }
        }

        progress?.Report(new TrainingReadProgress("assessments", Interlocked.Read(ref scanned), total));
    }
}
