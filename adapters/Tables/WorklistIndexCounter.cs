using System.Collections.Concurrent;
using Azure.Data.Tables;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;

namespace BorderScreening.Adapters.Tables;

/// <summary>
/// Counts a jurisdiction's working set on its deadline index, exactly, in key ranges read side by side.
/// <para>
/// Tables has no count: a total is a scan, and a scan of 10,000 index rows is ten pages of 1,000 read
/// one after another (a page's continuation is the next page's start), which made the total, not the
/// page, the slow part of a worklist read. The counter remembers where the pages of the last full count
/// started and reads those ranges in parallel next time. The split points are hints only: each range is
/// read to its end, so a range that has grown takes another page and the count stays exact; the new
/// split points are learned as it goes.
/// </para>
/// </summary>
internal sealed class WorklistIndexCounter(TableClient worklist)
{
    // Rows a range should hold: one page of a Tables query.
    private const int RowsPerRange = 1000;

    // More ranges than this would only queue on the connection pool.
    private const int MaxRanges = 32;

    private static readonly string[] Counted = ["Status", "LeaseUntil", "Typologies"];

    private readonly ConcurrentDictionary<Jurisdiction, string[]> _splits = new();

    /// <summary>
    /// Counts the index rows below <paramref name="before"/> that pass <paramref name="condition"/>
    /// (server side; null for none) and <paramref name="keep"/> (on the fields read).
    /// </summary>
    public async Task<int> CountAsync(Jurisdiction jurisdiction, string? before, string? condition, Func<TableEntity, bool> keep, CancellationToken cancellationToken)
    {
        var start = WorklistIndex.Start("deadline");
        var end = before ?? WorklistIndex.End("deadline");
        var known = _splits.TryGetValue(jurisdiction, out var s) ? s : [];
        var bounds = known.Where(k => string.CompareOrdinal(k, start) > 0 && string.CompareOrdinal(k, end) < 0).ToList();
        bounds.Insert(0, start);
        bounds.Add(end);

        var ranges = Enumerable.Range(0, bounds.Count - 1)
            .Select(i => CountRangeAsync(jurisdiction, bounds[i], bounds[i + 1], condition, keep, cancellationToken))
            .ToArray();
        var counted = await Task.WhenAll(ranges);

        // Split points are learned only from a count over every row of the index: a filtered or
        // bounded count sees too few rows to place them.
        if (before is null && condition is null)
        {
            var learned = counted.SelectMany(r => r.Splits).Order(StringComparer.Ordinal).ToArray();
            _splits[jurisdiction] = learned.Length <= MaxRanges - 1
                ? learned
                : [.. Enumerable.Range(1, MaxRanges - 1).Select(i => learned[(int)((long)i * learned.Length / MaxRanges)])];
        }

        return counted.Sum(r => r.Count);
    }

    private async Task<(int Count, List<string> Splits)> CountRangeAsync(Jurisdiction jurisdiction, string from, string to, string? condition, Func<TableEntity, bool> keep, CancellationToken cancellationToken)
    {
        var range = TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()} and RowKey ge {from} and RowKey lt {to}");
        var filter = condition is null ? range : $"({range}) and ({condition})";
        var count = 0;
        var seen = 0;
        var splits = new List<string>();
        await foreach (var entity in worklist.QueryAsync<TableEntity>(filter, maxPerPage: RowsPerRange, select: [.. Counted, "RowKey"], cancellationToken: cancellationToken))
        {
            // Every RowsPerRange-th row starts a range of the next count.
            if (seen > 0 && seen % RowsPerRange == 0)
            {
                splits.Add(entity.RowKey);
            }

            seen++;
            if (keep(entity))
            {
                count++;
            }
        }

        // A range's own start is a split point of the next count too (unless it is the index's start).
        if (from != WorklistIndex.Start("deadline") && seen > 0)
        {
            splits.Add(from);
        }

        return (count, splits);
    }
}
