namespace BorderScreening.Application.Learning;

/// <summary>
/// Decided cases joined to their stored assessments, for training from the store without an export in
/// between. Reads whole partitions (labels of a jurisdiction, assessment and case rows of each shard)
/// and joins them in memory, so a million labels cost range scans, not a million point reads.
/// </summary>
public interface ITrainingDataSource
{
    /// <summary>
    /// Every labelled case of the query's jurisdictions whose assessment was screened in the period, in
    /// screening-time order per jurisdiction (jurisdictions in code order). Labels without a value
    /// ("insufficient information") are left out.
    /// </summary>
    IAsyncEnumerable<TrainingRow> ReadAsync(TrainingQuery query, IProgress<TrainingReadProgress>? progress, CancellationToken cancellationToken);
}
