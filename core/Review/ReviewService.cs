using Azure.Data.Tables;
using BorderScreening.Core.Assessments;
using BorderScreening.Core.Feeds;
using BorderScreening.Core.HitQueues;
using BorderScreening.Core.Network;
using BorderScreening.Core.Oversight.Signals;
using BorderScreening.Core.Records;
using BorderScreening.Core.Storage;
using BorderScreening.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace BorderScreening.Core.Review;

/// <summary>
/// The reviewers' work: worklist, case detail, claim with a lease (one winner, by ETag), release,
/// escalate, decide, reopen, reassign, snoozes. Every read of a case and every action is audited.
/// A case outside the actor's jurisdictions is "not found", so its existence does not leak.
/// </summary>
public sealed class ReviewService(
    WorklistStore worklist,
    AssessmentStore assessments,
    HitIntakeService intake,
    AuditLog audit,
    StorageTables tables,
    IOptions<ReviewOptions> options,
    SnoozeFilter snoozes,
    SignalRelay signals,
    TimeProvider time,
    ScreeningMetrics metrics)
{
    private static readonly CaseStatus[] WorkingSet = [CaseStatus.Open, CaseStatus.Claimed, CaseStatus.Escalated];

    /// <summary>
    /// A page of the jurisdiction's worklist. The working set (open, claimed, escalated) is read from
    /// the sort index of the asked order: one range query with a small take for the page, and a count
    /// over the index (three small fields a row) for the total, run side by side. Decided and missed
    /// cases are not indexed; those lists read the partition. A bounded drain of waiting hits runs
    /// first, at most every few seconds (see <see cref="HitIntakeService.DrainOnReadAsync"/>).
    /// </summary>
    public async Task<ReviewResult<WorklistPage>> ListAsync(Actor actor, Jurisdiction jurisdiction, WorklistQuery query, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<WorklistPage>.NotFound();
        }

        var sort = query.Sort is "priority" or "score" ? query.Sort : "deadline";
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
        return ReviewResult<WorklistPage>.Ok(result);
    }

    private async Task<WorklistPage> ReadIndexAsync(Jurisdiction jurisdiction, WorklistQuery query, string sort, string? after, int page, int pageSize, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await worklist.EnsureIndexedAsync(jurisdiction, cancellationToken);

        // Status, priority and deadline are filtered by the table; typology (a list in one property)
        // and lapsed leases (a claimed row that reads as open) here.
        var filters = new List<string>();
        switch (query.Status)
        {
            case CaseStatus.Open:
                filters.Add(TableClient.CreateQueryFilter($"Status eq {nameof(CaseStatus.Open)} or (Status eq {nameof(CaseStatus.Claimed)} and LeaseUntil le {now})"));
                break;
            case { } status:
                filters.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
                break;
        }

        if (query.Priority is { } priority)
        {
            filters.Add(TableClient.CreateQueryFilter($"Priority eq {priority}"));
        }

        if (query.DeadlineBefore is { } deadline)
        {
            filters.Add(TableClient.CreateQueryFilter($"Deadline le {deadline}"));
        }

        var filter = filters.Count == 0 ? null : string.Join(" and ", filters.Select(f => $"({f})"));
        var before = query.DeadlineBefore is { } d ? WorklistIndex.DeadlineBound(d) : null;
        bool Keep(WorklistItem item) => StatusMatches(Effective(item, now), query.Status) && (query.Typology is null || item.Typologies.Contains(query.Typology.Value));

        // Started before the page is read so the two round trips overlap.
        var countTask = worklist.CountIndexAsync(jurisdiction, before, filter, Keep, cancellationToken);

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

            items.Add(Effective(row.Item, now));
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
            var effective = Effective(item, now);
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

    private static WorklistItem Effective(WorklistItem item, DateTimeOffset now) =>
        LeaseLapsed(item, now) ? item with { Status = CaseStatus.Open, ClaimedBy = null, LeaseUntil = null } : item;

    /// <summary>The case with its facts, indicators, model output, linked cases and history.</summary>
    public async Task<ReviewResult<CaseDetail>> GetAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<CaseDetail>.NotFound();
        }

        var reviewCase = await assessments.GetCaseAsync(caseId, cancellationToken);
        var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
        await audit.WriteAsync(actor, "case.viewed", jurisdiction, caseId, null, cancellationToken);
        var history = await audit.ForCaseAsync(jurisdiction, caseId, 3, cancellationToken);
        var linked = reviewCase is null ? [] : await LinkedAsync(jurisdiction, reviewCase.Id, reviewCase.EntityHashes, cancellationToken);
        return ReviewResult<CaseDetail>.Ok(new CaseDetail
        {
            Case = LeaseLapsed(item, time.GetUtcNow()) ? item with { Status = CaseStatus.Open, ClaimedBy = null, LeaseUntil = null } : item,
            Facts = reviewCase is null ? [] : CaseFacts.For(reviewCase.Record, assessment?.ScreenedAt ?? reviewCase.CreatedAt),
            Indicators = assessment?.Indicators.Fired ?? [],
            NotEvaluated = assessment?.Indicators.NotEvaluated ?? [],
            Model = assessment?.Model ?? new(),
            Risk = assessment?.Risk ?? new(),
            Linked = linked,
            History = history,
        });
    }

    /// <summary>Claims a case under a lease; exactly one of several concurrent claims wins.</summary>
    public async Task<ReviewResult<ClaimResponse>> ClaimAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        using var activity = StartAction("case.claimed", jurisdiction);
        var result = await ClaimCoreAsync(actor, jurisdiction, caseId, cancellationToken);
        activity?.SetTag("outcome", result.Status.ToString());
        return result;
    }

    private async Task<ReviewResult<ClaimResponse>> ClaimCoreAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<ClaimResponse>.NotFound();
        }

        var now = time.GetUtcNow();
        if (item.Status is CaseStatus.Decided or CaseStatus.Missed)
        {
            return ReviewResult<ClaimResponse>.Conflict($"The case is {item.Status.ToString().ToLowerInvariant()}.");
        }

        if (item.Status == CaseStatus.Escalated && !actor.IsSupervisor)
        {
            return ReviewResult<ClaimResponse>.Conflict("The case is escalated to a supervisor.");
        }

        if (item.Status == CaseStatus.Claimed && item.ClaimedBy != actor.Subject && !LeaseLapsed(item, now))
        {
            return ReviewResult<ClaimResponse>.Conflict("Another reviewer is working on this case.");
        }

        var lease = now + options.Value.ClaimLease;
        if (!await worklist.TryReplaceAsync(item with { Status = CaseStatus.Claimed, ClaimedBy = actor.Subject, LeaseUntil = lease }, cancellationToken))
        {
            return ReviewResult<ClaimResponse>.Conflict("Another reviewer claimed this case a moment ago.");
        }

        await audit.WriteAsync(actor, "case.claimed", jurisdiction, caseId, null, cancellationToken);
        return ReviewResult<ClaimResponse>.Ok(new ClaimResponse(caseId, actor.Subject, lease));
    }

    /// <summary>Gives a claimed case back to the pool.</summary>
    public Task<ReviewResult<WorklistItem>> ReleaseAsync(Actor actor, Jurisdiction jurisdiction, string caseId, CancellationToken cancellationToken) =>
        TransitionAsync(actor, jurisdiction, caseId, "case.released", null, mustHoldClaim: true, supervisorOnly: false,
            item => item with { Status = CaseStatus.Open, ClaimedBy = null, LeaseUntil = null }, cancellationToken);

    /// <summary>Escalates a claimed case to a supervisor, with a reason.</summary>
    public Task<ReviewResult<WorklistItem>> EscalateAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReasonRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Reason)
            ? Task.FromResult(ReviewResult<WorklistItem>.Invalid(new FieldError("reason", "is required")))
            : TransitionAsync(actor, jurisdiction, caseId, "case.escalated", Limit(request.Reason), mustHoldClaim: true, supervisorOnly: false,
                item => item with { Status = CaseStatus.Escalated, ClaimedBy = null, LeaseUntil = null }, cancellationToken);

    /// <summary>A supervisor reopens a decided case, with a reason.</summary>
    public Task<ReviewResult<WorklistItem>> ReopenAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReasonRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Reason)
            ? Task.FromResult(ReviewResult<WorklistItem>.Invalid(new FieldError("reason", "is required")))
            : TransitionAsync(actor, jurisdiction, caseId, "case.reopened", Limit(request.Reason), mustHoldClaim: false, supervisorOnly: true,
                item => item.Status is CaseStatus.Decided or CaseStatus.Escalated or CaseStatus.Missed
                    ? item with { Status = CaseStatus.Open, ClaimedBy = null, LeaseUntil = null, Outcome = null }
                    : null,
                cancellationToken);

    /// <summary>A supervisor hands a case to a reviewer.</summary>
    public Task<ReviewResult<WorklistItem>> ReassignAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ReassignRequest request, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.Reviewer) || request.Reviewer.Length > 128
            ? Task.FromResult(ReviewResult<WorklistItem>.Invalid(new FieldError("reviewer", "is required (a subject id, at most 128 characters)")))
            : TransitionAsync(actor, jurisdiction, caseId, "case.reassigned", $"to {request.Reviewer}: {Limit(request.Reason)}", mustHoldClaim: false, supervisorOnly: true,
                item => item.Status is CaseStatus.Decided or CaseStatus.Missed
                    ? null
                    : item with { Status = CaseStatus.Claimed, ClaimedBy = request.Reviewer, LeaseUntil = time.GetUtcNow() + options.Value.ClaimLease },
                cancellationToken);

    /// <summary>Records the reviewer's own assessment and decision; the decision becomes a label.</summary>
    public async Task<ReviewResult<WorklistItem>> DecideAsync(Actor actor, Jurisdiction jurisdiction, string caseId, DecisionRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (request.OwnAssessment is null)
        {
            errors.Add(new FieldError("ownAssessment", "is required: record your own assessment before the decision"));
        }

        if (request.Outcome is null)
        {
            errors.Add(new FieldError("outcome", "is required"));
        }

        foreach (var (code, index) in (request.ReasonCodes ?? []).Select((c, i) => (c, i)))
        {
            if (!options.Value.ReasonCodes.Contains(code))
            {
                errors.Add(new FieldError($"reasonCodes[{index}]", "is not a known reason code"));
            }
        }

        if (request.Note is { } note && note.Length > options.Value.MaxNoteLength)
        {
            errors.Add(new FieldError("note", $"is longer than {options.Value.MaxNoteLength} characters"));
        }

        if (errors.Count > 0)
        {
            return ReviewResult<WorklistItem>.Invalid([.. errors]);
        }

        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is null)
        {
            return ReviewResult<WorklistItem>.NotFound();
        }

        // A referral becomes a theme-register signal, stored with the decision in one transaction.
        ThemeSignal? signal = null;
        if (SignalDestinations.For(request.Outcome) is not null && await assessments.GetCaseAsync(caseId, cancellationToken) is { } reviewCase)
        {
            signal = SignalMapper.Map(reviewCase, await assessments.GetAsync(reviewCase.AssessmentId, cancellationToken), request, actor.Role, time.GetUtcNow());
        }

        // Own assessment first, in its own audit entry, so the log shows it preceded the decision.
        await audit.WriteAsync(actor, "case.own-assessment", jurisdiction, caseId, request.OwnAssessment.ToString(), cancellationToken);
        var result = await TransitionAsync(actor, jurisdiction, caseId, "case.decided", $"{request.Outcome}; reasons {string.Join(',', request.ReasonCodes ?? [])}", mustHoldClaim: true, supervisorOnly: false,
            item => item with { Status = CaseStatus.Decided, Outcome = request.Outcome.ToString(), LeaseUntil = null },
            cancellationToken,
            signal is null ? [] : SignalStore.NewSignalActions(signal, time.GetUtcNow()));
        if (result.Status == ReviewStatus.Ok)
        {
            var assessment = await WriteLabelAsync(actor, jurisdiction, result.Value!, request, cancellationToken);
            // The case was created when the record was screened; intake time is the fallback.
            metrics.Decided(jurisdiction, request.Outcome!.Value.ToString(), time.GetUtcNow() - (assessment?.ScreenedAt ?? result.Value!.ReceivedAt));
            if (signal is not null)
            {
                // Fast path; when the queue is down the relay sends it later.
                await signals.PublishNowAsync(jurisdiction, SignalStore.OutboxRowKey(signal.SignalId, 0), cancellationToken);
            }
        }

        return result;
    }

    /// <summary>Suppresses one indicator for one entity of a decided case, for at most 180 days.</summary>
    public async Task<ReviewResult<Snooze>> SnoozeAsync(Actor actor, Jurisdiction jurisdiction, string caseId, SnoozeRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.IndicatorId) || request.IndicatorId.Length > 64)
        {
            errors.Add(new FieldError("indicatorId", "is required"));
        }

        if (!Enum.TryParse<NetworkEntityType>(request.EntityType, ignoreCase: true, out var entityType))
        {
            errors.Add(new FieldError("entityType", $"must be one of {string.Join(", ", Enum.GetNames<NetworkEntityType>())}"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new FieldError("reason", "is required"));
        }

        if (request.Days is not { } days || days < 1 || days > options.Value.MaxSnoozeDays)
        {
            errors.Add(new FieldError("days", $"must be between 1 and {options.Value.MaxSnoozeDays}"));
        }

        if (errors.Count > 0)
        {
            return ReviewResult<Snooze>.Invalid([.. errors]);
        }

        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<Snooze>.NotFound();
        }

        if (item.Status != CaseStatus.Decided)
        {
            return ReviewResult<Snooze>.Conflict("Snoozes are set from a reviewed case.");
        }

        var reviewCase = await assessments.GetCaseAsync(caseId, cancellationToken);
        if (reviewCase is null || !reviewCase.EntityHashes.TryGetValue(entityType, out var hash))
        {
            return ReviewResult<Snooze>.Invalid(new FieldError("entityType", "the case names no such entity"));
        }

        var now = time.GetUtcNow();
        var snooze = new Snooze(Guid.NewGuid().ToString("N"), jurisdiction, request.IndicatorId!, entityType, hash, Limit(request.Reason)!, now, now.AddDays(request.Days!.Value), actor.Subject, caseId);
        await tables.Snoozes.AddEntityAsync(SnoozeEntity(snooze), cancellationToken);
        snoozes.Invalidate();
        await audit.WriteAsync(actor, "snooze.created", jurisdiction, caseId, $"{snooze.IndicatorId} for {entityType} until {snooze.ExpiresAt:yyyy-MM-dd}: {snooze.Reason}", cancellationToken);
        return ReviewResult<Snooze>.Ok(snooze);
    }

    /// <summary>Active snoozes of a jurisdiction (supervisors).</summary>
    public async Task<ReviewResult<IReadOnlyList<Snooze>>> ListSnoozesAsync(Actor actor, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<IReadOnlyList<Snooze>>.NotFound();
        }

        if (!actor.IsSupervisor)
        {
            return ReviewResult<IReadOnlyList<Snooze>>.Forbidden("Only supervisors see all snoozes.");
        }

        var now = time.GetUtcNow();
        var list = new List<Snooze>();
        await foreach (var row in tables.Snoozes.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {jurisdiction.ToCode()} and ExpiresAt gt {now}"), cancellationToken: cancellationToken))
        {
            list.Add(FromSnoozeEntity(row));
        }

        return ReviewResult<IReadOnlyList<Snooze>>.Ok(list);
    }

    /// <summary>Extends an active snooze to a number of days from now, at most 180 (supervisors), with a reason.</summary>
    public async Task<ReviewResult<Snooze>> ExtendSnoozeAsync(Actor actor, Jurisdiction jurisdiction, string snoozeId, ExtendSnoozeRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (request.Days is not { } days || days < 1 || days > options.Value.MaxSnoozeDays)
        {
            errors.Add(new FieldError("days", $"must be between 1 and {options.Value.MaxSnoozeDays}"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new FieldError("reason", "is required"));
        }

        if (errors.Count > 0)
        {
            return ReviewResult<Snooze>.Invalid([.. errors]);
        }

        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<Snooze>.NotFound();
        }

        if (!actor.IsSupervisor)
        {
            return ReviewResult<Snooze>.Forbidden("Only supervisors extend snoozes.");
        }

        var now = time.GetUtcNow();
        var existing = await tables.Snoozes.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), snoozeId, cancellationToken: cancellationToken);
        if (!existing.HasValue || FromSnoozeEntity(existing.Value!) is not { } snooze || snooze.ExpiresAt <= now)
        {
            return ReviewResult<Snooze>.NotFound();
        }

        var extended = snooze with { ExpiresAt = now.AddDays(request.Days!.Value) };
        try
        {
            await tables.Snoozes.UpdateEntityAsync(new TableEntity(jurisdiction.ToCode(), snoozeId) { ["ExpiresAt"] = extended.ExpiresAt }, existing.Value!.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 412)
        {
            return ReviewResult<Snooze>.Conflict("The snooze changed meanwhile; reload it.");
        }

        snoozes.Invalidate();
        await audit.WriteAsync(actor, "snooze.extended", jurisdiction, snooze.CaseId, $"{snoozeId} until {extended.ExpiresAt:yyyy-MM-dd}: {Limit(request.Reason)}", cancellationToken);
        return ReviewResult<Snooze>.Ok(extended);
    }

    /// <summary>Lifts a snooze (supervisors).</summary>
    public async Task<ReviewResult<bool>> LiftSnoozeAsync(Actor actor, Jurisdiction jurisdiction, string snoozeId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<bool>.NotFound();
        }

        if (!actor.IsSupervisor)
        {
            return ReviewResult<bool>.Forbidden("Only supervisors lift snoozes.");
        }

        var existing = await tables.Snoozes.GetEntityIfExistsAsync<TableEntity>(jurisdiction.ToCode(), snoozeId, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            return ReviewResult<bool>.NotFound();
        }

        await tables.Snoozes.UpdateEntityAsync(new TableEntity(jurisdiction.ToCode(), snoozeId) { ["ExpiresAt"] = time.GetUtcNow() }, existing.Value!.ETag, TableUpdateMode.Merge, cancellationToken);
        snoozes.Invalidate();
        await audit.WriteAsync(actor, "snooze.lifted", jurisdiction, existing.Value.GetString("CaseId"), snoozeId, cancellationToken);
        return ReviewResult<bool>.Ok(true);
    }

    private async Task<ReviewResult<WorklistItem>> TransitionAsync(
        Actor actor,
        Jurisdiction jurisdiction,
        string caseId,
        string action,
        string? detail,
        bool mustHoldClaim,
        bool supervisorOnly,
        Func<WorklistItem, WorklistItem?> change,
        CancellationToken cancellationToken,
        IReadOnlyList<TableTransactionAction>? alsoWrite = null)
    {
        using var activity = StartAction(action, jurisdiction);
        var result = await TransitionCoreAsync(actor, jurisdiction, caseId, action, detail, mustHoldClaim, supervisorOnly, change, alsoWrite, cancellationToken);
        activity?.SetTag("outcome", result.Status.ToString());
        return result;
    }

    /// <summary>One span per review action, tagged with the action and jurisdiction only.</summary>
    private static System.Diagnostics.Activity? StartAction(string action, Jurisdiction jurisdiction)
    {
        var activity = ScreeningTelemetry.Source.StartActivity("review.action");
        activity?.SetTag("review.action", action);
        activity?.SetTag("jurisdiction", jurisdiction.ToCode());
        return activity;
    }

    private async Task<ReviewResult<WorklistItem>> TransitionCoreAsync(
        Actor actor,
        Jurisdiction jurisdiction,
        string caseId,
        string action,
        string? detail,
        bool mustHoldClaim,
        bool supervisorOnly,
        Func<WorklistItem, WorklistItem?> change,
        IReadOnlyList<TableTransactionAction>? alsoWrite,
        CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<WorklistItem>.NotFound();
        }

        if (supervisorOnly && !actor.IsSupervisor)
        {
            return ReviewResult<WorklistItem>.Forbidden("Only a supervisor may do this.");
        }

        var now = time.GetUtcNow();
        if (mustHoldClaim && (item.Status != CaseStatus.Claimed || item.ClaimedBy != actor.Subject || LeaseLapsed(item, now)))
        {
            return ReviewResult<WorklistItem>.Conflict("Claim the case first (your claim may have lapsed).");
        }

        if (change(item) is not { } changed)
        {
            return ReviewResult<WorklistItem>.Conflict($"Not possible while the case is {item.Status.ToString().ToLowerInvariant()}.");
        }

        if (!await worklist.TryReplaceAsync(changed, alsoWrite ?? [], cancellationToken))
        {
            return ReviewResult<WorklistItem>.Conflict("The case changed meanwhile; reload it.");
        }

        await audit.WriteAsync(actor, action, jurisdiction, caseId, detail, cancellationToken);
        return ReviewResult<WorklistItem>.Ok((await worklist.GetAsync(jurisdiction, caseId, cancellationToken))!);
    }

    private async Task<IReadOnlyList<LinkedCase>> LinkedAsync(Jurisdiction jurisdiction, string caseId, IReadOnlyDictionary<NetworkEntityType, string> entities, CancellationToken cancellationToken)
    {
        var linked = new List<LinkedCase>();
        foreach (var (type, hash) in entities)
        {
            var partition = TableNetworkCounter.PartitionKey(jurisdiction, type, hash);
            var ids = new List<string>();
            await foreach (var row in tables.Sightings.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
            {
                if (row.RowKey != caseId)
                {
                    ids.Add(row.RowKey);
                }

                if (ids.Count >= 50)
                {
                    break;
                }
            }

            foreach (var id in ids)
            {
                // Only sightings that became cases are linked cases; the rest were not hits.
                if (await worklist.GetAsync(jurisdiction, id, cancellationToken) is { } other)
                {
                    linked.Add(new LinkedCase(other.CaseId, type.ToString(), other.Status, other.Outcome, other.ReceivedAt));
                }
            }
        }

        return linked.OrderByDescending(l => l.ReceivedAt).ToList();
    }

    private async Task<Assessment?> WriteLabelAsync(Actor actor, Jurisdiction jurisdiction, WorklistItem item, DecisionRequest request, CancellationToken cancellationToken)
    {
        var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
        await tables.Labels.UpsertEntityAsync(
            new TableEntity(jurisdiction.ToCode(), item.CaseId)
            {
                ["AssessmentId"] = item.AssessmentId,
                ["Outcome"] = request.Outcome.ToString(),
                ["Label"] = LabelFor(request.Outcome!.Value),
                ["OwnAssessment"] = request.OwnAssessment.ToString(),
                ["ReasonCodes"] = string.Join(',', request.ReasonCodes ?? []),
                ["ReviewerRole"] = actor.Role,
                ["DecidedAt"] = time.GetUtcNow(),
                ["CatalogueVersion"] = assessment?.CatalogueVersion,
                ["ModelVersion"] = assessment?.ModelVersion,
            },
            TableUpdateMode.Replace,
            cancellationToken);
        return assessment;
    }

    /// <summary>Maps an outcome to a training label: referrals 1, no concern 0, insufficient information none.</summary>
    public static int? LabelFor(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.NoConcern => 0,
        ReviewOutcome.InsufficientInformation => null,
        _ => 1,
    };

    private static bool LeaseLapsed(WorklistItem item, DateTimeOffset now) =>
        item.Status == CaseStatus.Claimed && item.LeaseUntil is { } lease && lease <= now;

    private static string? Limit(string? text) => text is null ? null : text.Length <= 500 ? text : text[..500];

    private static TableEntity SnoozeEntity(Snooze s) => new(s.Jurisdiction.ToCode(), s.Id)
    {
        ["IndicatorId"] = s.IndicatorId,
        ["EntityType"] = s.EntityType.ToString(),
        ["EntityHash"] = s.EntityHash,
        ["Reason"] = s.Reason,
        ["CreatedAt"] = s.CreatedAt,
        ["ExpiresAt"] = s.ExpiresAt,
        ["CreatedBy"] = s.CreatedBy,
        ["CaseId"] = s.CaseId,
    };

    private static Snooze FromSnoozeEntity(TableEntity e) => new(
        e.RowKey,
        JurisdictionCodes.TryParse(e.PartitionKey, out var j) ? j : default,
        e.GetString("IndicatorId") ?? "",
        Enum.TryParse<NetworkEntityType>(e.GetString("EntityType"), out var t) ? t : default,
        e.GetString("EntityHash") ?? "",
        e.GetString("Reason") ?? "",
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("ExpiresAt") ?? default,
        e.GetString("CreatedBy") ?? "",
        e.GetString("CaseId") ?? "");
}
