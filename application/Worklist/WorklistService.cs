using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Worklist;

/// <summary>
/// A jurisdiction's worklist, page by page, in the asked order and filters. Every read is audited;
/// a jurisdiction outside the actor's scope is "not found", so its existence does not leak.
/// </summary>
public sealed class WorklistService(IWorklistStore worklist, HitIntakeService intake, IAuditLog audit, TimeProvider time)
{
    private static readonly CaseStatus[] WorkingSet = [CaseStatus.Open, CaseStatus.Claimed, CaseStatus.Escalated];

    /// <summary>
    /// A page of the jurisdiction's worklist. The working set (open, claimed, escalated) is read from
    /// the sort index of the asked order: one range query with a small take for the page and, side by
    /// side, the total: the stored working-set count when nothing is filtered, else a count over the
    /// index (three small fields a row). Decided and missed cases are not indexed; those lists read the
    /// partition. A bounded drain of waiting hits runs
    /// first, at most every few seconds (see <see cref="HitIntakeService.DrainOnReadAsync"/>).
    /// </summary>
    public async Task<ReviewResult<WorklistPage>> ListAsync(Actor actor, Jurisdiction jurisdiction, WorklistQuery query, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<WorklistPage>.NotFound();
        }

        var sort = query.Sort is "priority" or "score" ? query.Sort : "deadline";
        // Ordering by score would show reviewers the machine's answer through the order of the list.
        if (sort == "score" && !ScoreBlinding.SeesWorklistScores(actor, jurisdiction))
        {
            return ReviewResult<WorklistPage>.Invalid(new FieldError("sort", "score order is for supervisors; reviewers sort by deadline or priority"));
        }

        string? after = null;
        if (!string.IsNullOrEmpty(query.Continuation) && !WorklistContinuation.TryDecode(query.Continuation, sort, out after))
        {
            return ReviewResult<WorklistPage>.Invalid(new FieldError("continuation", "is not a continuation of this worklist in this sort order"));
        }

        // The worklist may drain its queue on read, so a reviewer never waits for the next timer run.
        await intake.DrainOnReadAsync(jurisdiction, cancellationToken);

        var now = time.GetUtcNow();
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var result = query.Status is { } status && !WorklistIndex.InWorkingSet(status)
            ? await ScanAsync(jurisdiction, query, sort, page, pageSize, now, cancellationToken)
            : await ReadIndexAsync(jurisdiction, query, sort, after, page, pageSize, now, cancellationToken);
        await audit.WriteAsync(actor, "worklist.listed", jurisdiction, null, $"page {page}, {result.Items.Count} of {result.Total}", cancellationToken);
        return ReviewResult<WorklistPage>.Ok(result with { Items = [.. result.Items.Select(i => ScoreBlinding.ForWorklist(actor, jurisdiction, i))] });
    }

    private async Task<WorklistPage> ReadIndexAsync(Jurisdiction jurisdiction, WorklistQuery query, string sort, string? after, int page, int pageSize, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await worklist.EnsureIndexedAsync(jurisdiction, cancellationToken);

        // Status, priority and deadline are filtered by the store; typology (a list in one property)
        // and lapsed leases (a claimed row that reads as open) here.
        var filter = new WorklistFilter(query.Status, query.Priority, query.DeadlineBefore, now);
        var before = query.DeadlineBefore is { } d ? WorklistIndex.DeadlineBound(d) : null;
        bool Keep(WorklistItem item) => StatusMatches(item.AsSeenAt(now), query.Status) && (query.Typology is null || item.Typologies.Contains(query.Typology.Value));

        // Started before the page is read so the two round trips overlap. Unfiltered, the total is the
        // working set's stored count (eight rows read by key); a filtered total counts the index rows it keeps.
        var unfiltered = query.Status is null && query.Priority is null && query.DeadlineBefore is null && query.Typology is null;
        var countTask = unfiltered
            ? worklist.CountWorkingSetAsync(jurisdiction, cancellationToken)
            : worklist.CountIndexAsync(jurisdiction, before, filter, Keep, cancellationToken);

        var skip = after is null ? (page - 1) * pageSize : 0;
        var items = new List<WorklistItem>(pageSize);
        string? last = null;
        var more = false;
        await foreach (var row in worklist.ReadIndexAsync(jurisdiction, sort, after, sort == "deadline" ? before : null, filter, skip + pageSize + 1, cancellationToken))
        {
            if (!Keep(row.Item))
            {
                continue;
            }

            if (skip > 0)
            {
                skip--;
                continue;
            }

            if (items.Count == pageSize)
            {
                more = true;
                break;
            }

            items.Add(row.Item.AsSeenAt(now));
            last = row.RowKey;
        }

        var total = await countTask;
        return new WorklistPage(items, page, pageSize, total, more && last is not null ? WorklistContinuation.Encode(last) : null);
    }

    private async Task<WorklistPage> ScanAsync(Jurisdiction jurisdiction, WorklistQuery query, string sort, int page, int pageSize, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = new List<WorklistItem>();
        await foreach (var item in worklist.ListAsync(jurisdiction, query.Status, cancellationToken))
        {
            var effective = item.AsSeenAt(now);
            if (StatusMatches(effective, query.Status)
                && (query.Typology is null || effective.Typologies.Contains(query.Typology.Value))
                && (query.Priority is null || effective.Priority == query.Priority)
                && (query.DeadlineBefore is null || effective.Deadline <= query.DeadlineBefore))
            {
                items.Add(effective);
            }
        }

        IEnumerable<WorklistItem> sorted = sort switch
        {
            "priority" => items.OrderBy(i => i.Priority).ThenBy(i => i.Deadline),
            "score" => items.OrderByDescending(i => i.Score).ThenBy(i => i.Deadline),
            _ => items.OrderBy(i => i.Deadline).ThenBy(i => i.Priority),
        };
        return new WorklistPage(sorted.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, items.Count);
    }

    private static bool StatusMatches(WorklistItem effective, CaseStatus? status) =>
        status is null ? WorkingSet.Contains(effective.Status) : effective.Status == status;
}
