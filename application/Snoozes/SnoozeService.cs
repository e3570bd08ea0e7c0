using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Snoozes;

/// <summary>
/// Reviewers' snoozes: one indicator suppressed for one entity of a reviewed case, for a bounded
/// time; supervisors list, extend and lift them. An indicator that forces review (in the catalogue in
/// service, or as it fired on the case) is snoozed and extended only by a supervisor of the
/// jurisdiction, for at most <see cref="ReviewOptions.MaxForcedReviewSnoozeDays"/>. Every change is
/// audited and reaches the scoring path through <see cref="SnoozeFilter"/>.
/// </summary>
public sealed class SnoozeService(
    IWorklistStore worklist,
    IAssessmentStore assessments,
    IAuditLog audit,
    ISnoozeStore store,
    IOptions<ReviewOptions> options,
    SnoozeFilter snoozes,
    IndicatorCatalogueHolder catalogue,
    TimeProvider time)
{
    /// <summary>Suppresses one indicator for one entity of a decided case, for at most 180 days.</summary>
    public async Task<ReviewResult<Snooze>> SnoozeAsync(Actor actor, Jurisdiction jurisdiction, string caseId, SnoozeRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.IndicatorId) || request.IndicatorId.Length > 64)
        {
            errors.Add(new FieldError("indicatorId", "is required"));
        }

        // By name only: Enum.TryParse would take "12345" or "Sponsor, Phone" and store an undefined type.
        if (!EnumNames.TryParse<NetworkEntityType>(request.EntityType, out var entityType))
        {
            errors.Add(new FieldError("entityType", $"must be one of {EnumNames.Listed<NetworkEntityType>()}"));
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

        if (await ForcesReviewAsync(request.IndicatorId!, reviewCase.AssessmentId, cancellationToken))
        {
            if (!actor.IsSupervisorFor(jurisdiction))
            {
                return ReviewResult<Snooze>.Forbidden("This indicator forces review: only a supervisor of this jurisdiction may snooze it.");
            }

            if (request.Days > options.Value.MaxForcedReviewSnoozeDays)
            {
                return ReviewResult<Snooze>.Invalid(new FieldError("days", $"must be between 1 and {options.Value.MaxForcedReviewSnoozeDays} for an indicator that forces review"));
            }
        }

        var now = time.GetUtcNow();
        var snooze = new Snooze(Guid.NewGuid().ToString("N"), jurisdiction, request.IndicatorId!, entityType, hash, ReviewText.Limit(request.Reason)!, now, now.AddDays(request.Days!.Value), actor.Subject, caseId);
        await store.AddAsync(snooze, cancellationToken);
        snoozes.Invalidate();
        await audit.WriteAsync(actor, "snooze.created", jurisdiction, caseId, $"{snooze.IndicatorId} for {entityType} until {snooze.ExpiresAt:yyyy-MM-dd}", snooze.Reason, cancellationToken);
        return ReviewResult<Snooze>.Ok(snooze);
    }

    /// <summary>Active snoozes of a jurisdiction (supervisors).</summary>
    public async Task<ReviewResult<IReadOnlyList<Snooze>>> ListSnoozesAsync(Actor actor, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<IReadOnlyList<Snooze>>.NotFound();
        }

        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<IReadOnlyList<Snooze>>.Forbidden("Only supervisors see all snoozes.");
        }

        return ReviewResult<IReadOnlyList<Snooze>>.Ok(await store.ActiveAsync(jurisdiction, time.GetUtcNow(), cancellationToken));
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

        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<Snooze>.Forbidden("Only supervisors extend snoozes.");
        }

        var now = time.GetUtcNow();
        if (await store.GetAsync(jurisdiction, snoozeId, cancellationToken) is not { } stored || stored.Snooze.ExpiresAt <= now)
        {
            return ReviewResult<Snooze>.NotFound();
        }

        var snooze = stored.Snooze;
        if (request.Days > options.Value.MaxForcedReviewSnoozeDays
            && await ForcesReviewAsync(snooze.IndicatorId, (await assessments.GetCaseAsync(snooze.CaseId, cancellationToken))?.AssessmentId, cancellationToken))
        {
            return ReviewResult<Snooze>.Invalid(new FieldError("days", $"must be between 1 and {options.Value.MaxForcedReviewSnoozeDays} for an indicator that forces review"));
        }

        var extended = snooze with { ExpiresAt = now.AddDays(request.Days!.Value) };
        if (!await store.SetExpiryAsync(stored, extended.ExpiresAt, cancellationToken))
        {
            return ReviewResult<Snooze>.Conflict("The snooze changed meanwhile; reload it.");
        }

        snoozes.Invalidate();
        await audit.WriteAsync(actor, "snooze.extended", jurisdiction, snooze.CaseId, $"{snoozeId} until {extended.ExpiresAt:yyyy-MM-dd}", ReviewText.Limit(request.Reason), cancellationToken);
        return ReviewResult<Snooze>.Ok(extended);
    }

    /// <summary>Lifts a snooze (supervisors).</summary>
    public async Task<ReviewResult<bool>> LiftSnoozeAsync(Actor actor, Jurisdiction jurisdiction, string snoozeId, CancellationToken cancellationToken)
    {
        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<bool>.NotFound();
        }

        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<bool>.Forbidden("Only supervisors lift snoozes.");
        }

        if (await store.GetAsync(jurisdiction, snoozeId, cancellationToken) is not { } stored)
        {
            return ReviewResult<bool>.NotFound();
        }

        if (!await store.SetExpiryAsync(stored, time.GetUtcNow(), cancellationToken))
        {
            return ReviewResult<bool>.Conflict("The snooze changed meanwhile; reload it.");
        }

        snoozes.Invalidate();
        await audit.WriteAsync(actor, "snooze.lifted", jurisdiction, stored.Snooze.CaseId, snoozeId, cancellationToken);
        return ReviewResult<bool>.Ok(true);
    }

    // Forced review as the catalogue in service says, or as the indicator fired on the case (a later
    // catalogue may have changed the flag; the stricter answer wins).
    private async Task<bool> ForcesReviewAsync(string indicatorId, string? assessmentId, CancellationToken cancellationToken)
    {
        if (catalogue.Current.Find(indicatorId)?.ForcesReview == true)
        {
            return true;
        }

        return assessmentId is not null
            && await assessments.GetAsync(assessmentId, cancellationToken) is { } assessment
            && assessment.Indicators.Fired.Any(f => f.ForcesReview && string.Equals(f.Id, indicatorId, StringComparison.Ordinal));
    }
}
