using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Observations;

/// <summary>
/// An officer adds what they learned in a protective interview to a case: coded observations
/// (<see cref="ObservationCodes.All"/>) and a note. The stored record with the observations added is
/// screened again as the record's next version (<see cref="ScreeningService.RescreenAsync"/>); the case
/// keeps its id and shows the earlier assessment beside the new one. Allowed while the case is open,
/// claimed or escalated: a decided or missed case is not reopened behind its reviewer's back (409 —
/// a supervisor reopens it first). The note goes to the audit log only, never to logs or telemetry.
/// </summary>
public sealed class ObservationService(
    IWorklistStore worklist,
    IAssessmentStore assessments,
    ScreeningService screening,
    CaseReviewService cases,
    IAuditLog audit)
{
    /// <summary>Longest note: what the audit log keeps of a reason.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>Records the observations, screens the record again and returns the case as it is now.</summary>
    public async Task<ReviewResult<CaseDetail>> AddAsync(Actor actor, Jurisdiction jurisdiction, string caseId, ObservationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request) is { Length: > 0 } errors)
        {
            return ReviewResult<CaseDetail>.Invalid(errors);
        }

        if (!actor.CanReview(jurisdiction) || await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item)
        {
            return ReviewResult<CaseDetail>.NotFound();
        }

        if (item.Status is CaseStatus.Decided or CaseStatus.Missed)
        {
            return ReviewResult<CaseDetail>.Conflict($"The case is {item.Status.ToString().ToLowerInvariant()}; a supervisor reopens it before observations are added.");
        }

        if (await assessments.GetCaseAsync(caseId, cancellationToken) is not { Record: TravellerRecord traveller })
        {
            return ReviewResult<CaseDetail>.Conflict("Observations are recorded on a traveller's case; this case has no traveller record.");
        }

        var codes = request.Codes!.Distinct(StringComparer.Ordinal).ToList();
        var added = codes.Where(c => !traveller.Observations.Contains(c, StringComparer.Ordinal)).ToList();
        var detail = $"codes {string.Join(',', codes)}";
        if (added.Count > 0)
        {
            var result = await screening.RescreenAsync(caseId, traveller with { Observations = [.. traveller.Observations, .. added] }, cancellationToken);
            if (result is { Status: "amended", Assessment: { } amended })
            {
                await FollowAsync(jurisdiction, caseId, amended, cancellationToken);
                detail += $"; screened again as version {amended.Version}";
            }
        }
        else
        {
            detail += "; all recorded before, not screened again";
        }

        await audit.WriteAsync(actor, "case.observations", jurisdiction, caseId, detail, ReviewText.Limit(request.Note), cancellationToken);
        return await cases.GetAsync(actor, jurisdiction, caseId, cancellationToken);
    }

    private static FieldError[] Validate(ObservationRequest request)
    {
        var errors = new List<FieldError>();
        if (request.Codes is not { Count: > 0 } codes)
        {
            errors.Add(new FieldError("codes", $"is required: at least one of {string.Join(", ", ObservationCodes.All.Order(StringComparer.Ordinal))}"));
        }
        else
        {
            for (var i = 0; i < codes.Count; i++)
            {
                if (ObservationCodes.IntakeChecks.Contains(codes[i] ?? ""))
                {
                    errors.Add(new FieldError($"codes[{i}]", "is an intake check the service adds, not an officer's observation"));
                }
                else if (codes[i] is null || !ObservationCodes.All.Contains(codes[i]))
                {
                    errors.Add(new FieldError($"codes[{i}]", "is not a known observation code"));
                }
            }
        }

        if (request.Note is { Length: > MaxNoteLength })
        {
            errors.Add(new FieldError("note", $"is longer than {MaxNoteLength} characters"));
        }

        return [.. errors];
    }

    /// <summary>
    /// The worklist row follows the new version at once, so the officer sees it on the case now; the
    /// hit message the amendment published finds the row there already and changes nothing.
    /// </summary>
    private async Task FollowAsync(Jurisdiction jurisdiction, string caseId, Domain.Assessments.Assessment amended, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await worklist.GetAsync(jurisdiction, caseId, cancellationToken) is not { } item || item.Version >= amended.Version)
            {
                return;
            }

            var deadline = amended.Risk.Deadline ?? item.Deadline;
            // A deadline escalation stands while the deadline does (see HitIntakeService).
            var escalated = Math.Abs((deadline - item.Deadline).TotalSeconds) < 1 ? item.DeadlineEscalatedAt : null;
            var followed = item with
            {
                AssessmentId = amended.Id,
                Version = amended.Version,
                Priority = escalated is null ? amended.Risk.Priority : 1,
                DeadlineEscalatedAt = escalated,
                Deadline = deadline,
                Score = amended.Risk.Score,
                Band = amended.Risk.Band,
                Typologies = [.. amended.Indicators.Fired.Where(f => f.Weight > 0).Select(f => f.Typology).Distinct()],
                ForcedReview = amended.Risk.ForcedReview,
            };
            if (await worklist.TryReplaceAsync(followed, cancellationToken))
            {
                return;
            }
        }
    }
}
