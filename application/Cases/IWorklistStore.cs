using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Cases;

/// <summary>
/// The reviewers' worklists: one per jurisdiction, each case with its review state and, for the
/// working set (open, claimed, escalated), an index per sort order so a page is one small read.
/// State changes are conditional on the version read (<see cref="WorklistItem.ETag"/>): of two
/// concurrent changes exactly one wins.
/// </summary>
public interface IWorklistStore
{
    /// <summary>Adds a case with its index entries; false when it is there already (a repeated delivery).</summary>
    Task<bool> TryAddAsync(WorklistItem item, CancellationToken cancellationToken);

    /// <summary>Adds many new cases in as few writes as the store allows (bulk loads: demo data, benchmarks).</summary>
    Task AddManyAsync(IReadOnlyList<WorklistItem> items, CancellationToken cancellationToken);

    /// <summary>Records an unreadable queue message (keyed by a hash of its body) so it is counted and can be looked into.</summary>
    Task RecordPoisonAsync(Jurisdiction jurisdiction, string bodyHash, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Number of unreadable messages recorded for a jurisdiction.</summary>
    Task<int> CountPoisonAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>Reads one case of a jurisdiction; null when unknown.</summary>
    Task<WorklistItem?> GetAsync(Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken);

    /// <summary>Every case of a jurisdiction (optionally of one status), in case-id order.</summary>
    IAsyncEnumerable<WorklistItem> ListAsync(Jurisdiction jurisdiction, CaseStatus? status, CancellationToken cancellationToken);

    /// <summary>
    /// Working-set cases in one sort order (<see cref="WorklistIndex.Sorts"/>), starting after the
    /// index key <paramref name="after"/> (a continuation) and stopping before <paramref name="before"/>,
    /// read lazily: a caller that stops after one page costs one read of <paramref name="take"/> rows.
    /// </summary>
    IAsyncEnumerable<IndexedCase> ReadIndexAsync(Jurisdiction jurisdiction, string sort, string? after, string? before, WorklistFilter? filter, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Counts working-set cases that pass <paramref name="filter"/> (where the rows are) and
    /// <paramref name="keep"/> (on the fields a count reads: status, lease and typologies).
    /// </summary>
    Task<int> CountIndexAsync(Jurisdiction jurisdiction, string? before, WorklistFilter? filter, Func<WorklistItem, bool> keep, CancellationToken cancellationToken);

    /// <summary>
    /// The number of working-set cases (open, claimed, escalated), kept up to date by every change
    /// that adds a case to the working set or takes one out: the total of an unfiltered worklist
    /// without counting its rows.
    /// </summary>
    Task<int> CountWorkingSetAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>Gives cases stored before the indexes existed their index entries, once per jurisdiction.</summary>
    Task EnsureIndexedAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken);

    /// <summary>Replaces a case, with its index entries, if nobody changed it since it was read; false when someone did.</summary>
    Task<bool> TryReplaceAsync(WorklistItem item, CancellationToken cancellationToken);
}
