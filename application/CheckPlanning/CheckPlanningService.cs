using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.CheckPlanning;

/// <summary>
/// Multidisciplinary check planning (labour inspection, police and immigration together): per
/// jurisdiction, the employers, agencies, sponsors and addresses behind the recent hits, ranked by
/// <see cref="CheckPlanScore"/>; and the way back — an inspection finding against an entity becomes the
/// training label of its records' cases and a note in the history of its open cases. Pseudonyms for
/// everyone who may see the jurisdiction's cases; names and addresses only for its supervisors
/// (docs/security.md). Every plan read and every finding is audited; notes never reach logs.
/// </summary>
public sealed class CheckPlanningService(
    IWorklistStore worklist,
    IAssessmentStore assessments,
    INetworkCounter network,
    ILabelStore labels,
    IAuditLog audit,
    TimeProvider time)
{
    /// <summary>Longest period a plan covers, in days.</summary>
    public const int MaxDays = 90;

    /// <summary>Longest note of a finding: what the audit log keeps of a reason.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>Most entities on one plan.</summary>
    public const int MaxEntities = 200;

    // Bounds the work of one plan read: hits are rare, so this covers months of one jurisdiction.
    private const int MaxCases = 5000;

    // Bounds the records a finding reaches: an entity named more often is a list for a person to look at.
    private const int MaxRecords = 1000;

    /// <summary>The ranked entities behind the hits of the last <paramref name="days"/> days.</summary>
    public async Task<ReviewResult<CheckPlan>> PlanAsync(Actor actor, Jurisdiction jurisdiction, int days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (days is < 1 or > MaxDays)
        {
            return ReviewResult<CheckPlan>.Invalid(new FieldError("days", $"must be between 1 and {MaxDays}"));
        }

        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<CheckPlan>.NotFound();
        }

        var now = time.GetUtcNow();
        var since = now.AddDays(-days);
        var clear = actor.IsSupervisorFor(jurisdiction);
        var tallies = new Dictionary<(NetworkEntityType, string), Tally>();
        var read = 0;
        await foreach (var item in worklist.ListAsync(jurisdiction, null, cancellationToken))
        {
            if (item.ReceivedAt < since || read++ >= MaxCases
                || await assessments.GetCaseAsync(item.CaseId, cancellationToken) is not { } reviewCase)
            {
                continue;
            }

            var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
            var counts = new Dictionary<string, int>(assessment?.NetworkCounts ?? new Dictionary<string, int>(), StringComparer.OrdinalIgnoreCase);
            foreach (var type in EntityClearValues.Planned)
            {
                if (!reviewCase.EntityHashes.TryGetValue(type, out var key))
                {
                    continue;
                }

                if (!tallies.TryGetValue((type, key), out var tally))
                {
                    tallies[(type, key)] = tally = new Tally();
                }

                tally.Add(item, assessment?.Indicators.Fired ?? [], counts.GetValueOrDefault($"{type}/30d"), clear ? EntityClearValues.Of(reviewCase.Record, type) : null);
            }
        }

        var entities = tallies
            .Select(t => t.Value.ToEntity(t.Key.Item1, t.Key.Item2))
            .OrderByDescending(e => e.Score).ThenByDescending(e => e.LastHitAt).ThenBy(e => e.EntityKey, StringComparer.Ordinal)
            .Take(MaxEntities)
            .Select((e, i) => e with { Rank = i + 1 })
            .ToList();
        await audit.WriteAsync(actor, "checkplan.viewed", jurisdiction, null, $"{days} days; {entities.Count} entities; clear values {(clear ? "shown" : "withheld")}", cancellationToken);
        return ReviewResult<CheckPlan>.Ok(new CheckPlan(jurisdiction, days, now, clear, entities));
    }

    /// <summary>
    /// Records an inspection finding against an entity: exploitation found is label 1 and no indication
    /// label 0 for every undecided case of the entity's records (a reviewer's decision stays the label of
    /// a decided case); labour violations are recorded but no label. Open cases get the finding in their
    /// history. Supervisors of the jurisdiction only.
    /// </summary>
    public async Task<ReviewResult<InspectionFindingResult>> RecordFindingAsync(Actor actor, Jurisdiction jurisdiction, InspectionFindingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        if (Validate(request, DateOnly.FromDateTime(now.UtcDateTime)) is { Length: > 0 } errors)
        {
            return ReviewResult<InspectionFindingResult>.Invalid(errors);
        }

        if (!actor.CanReview(jurisdiction))
        {
            return ReviewResult<InspectionFindingResult>.NotFound();
        }

        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<InspectionFindingResult>.Forbidden("Only a supervisor of the jurisdiction records inspection findings.");
        }

        var type = request.EntityType!.Value;
        var key = request.EntityKey!;
        var finding = request.Finding!.Value;
        var ids = new List<string>();
        await foreach (var id in network.RecordIdsAsync(jurisdiction, type, key, MaxRecords, cancellationToken))
        {
            ids.Add(id);
        }

        if (ids.Count == 0)
        {
            return ReviewResult<InspectionFindingResult>.NotFound();
        }

        var label = LabelFor(finding);
        var note = ReviewText.Limit(request.Note);
        var detail = $"{finding} at {type} {key} (inspected {request.InspectedOn:yyyy-MM-dd})";
        int labelled = 0, noted = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await worklist.GetAsync(jurisdiction, id, cancellationToken) is not { } item)
            {
                continue;
            }

            if (label is not null && item.Status != CaseStatus.Decided)
            {
                var assessment = await assessments.GetAsync(item.AssessmentId, cancellationToken);
                await labels.SaveAsync(
                    new DecisionLabel(
                        jurisdiction, item.CaseId, item.AssessmentId, DecisionLabel.InspectionPrefix + finding, label, "", "INSPECTION",
                        actor.Role, now, assessment?.CatalogueVersion, assessment?.ModelVersion, actor.Subject, item.Band.ToString()),
                    cancellationToken);
                labelled++;
            }

            if (item.Status is CaseStatus.Open or CaseStatus.Claimed or CaseStatus.Escalated)
            {
                await audit.WriteAsync(actor, "case.inspection-finding", jurisdiction, item.CaseId, detail, note, cancellationToken);
                noted++;
            }
        }

        await audit.WriteAsync(actor, "inspection.finding", jurisdiction, null, $"{detail}; {labelled} labelled, {noted} open cases noted", note, cancellationToken);
        return ReviewResult<InspectionFindingResult>.Ok(new InspectionFindingResult(type, key, finding, label, labelled, noted));
    }

    /// <summary>The training label of a finding: exploitation 1, nothing found 0, labour violations none (not trafficking by itself).</summary>
    public static int? LabelFor(InspectionFindingCode finding) => finding switch
    {
        InspectionFindingCode.ExploitationFound => 1,
        InspectionFindingCode.NoIndication => 0,
        _ => null,
    };

    private static FieldError[] Validate(InspectionFindingRequest request, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (request.EntityType is not { } type || !EntityClearValues.Planned.Contains(type))
        {
            errors.Add(new FieldError("entityType", $"is required: one of {string.Join(", ", EntityClearValues.Planned)}"));
        }

        if (string.IsNullOrEmpty(request.EntityKey) || request.EntityKey.Length > 100 || !request.EntityKey.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '-' or '_'))
        {
            errors.Add(new FieldError("entityKey", "is required: the entity's pseudonym as the plan lists it"));
        }

        if (request.Finding is not { } finding || !Enum.IsDefined(finding))
        {
            errors.Add(new FieldError("finding", $"is required: one of {EnumNames.Listed<InspectionFindingCode>()}"));
        }

        if (request.InspectedOn is not { } day || day > today || day < today.AddDays(-366))
        {
            errors.Add(new FieldError("inspectedOn", "is required: a day within the last year, not in the future"));
        }

        if (request.Note is { Length: > MaxNoteLength })
        {
            errors.Add(new FieldError("note", $"is longer than {MaxNoteLength} characters"));
        }

        return [.. errors];
    }

    /// <summary>What a plan read gathers about one entity.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, int> _indicators = new(StringComparer.Ordinal);
        private readonly HashSet<Typology> _typologies = [];
        private int _hits;
        private int _open;
        private int _referrals;
        private int _records;
        private DateTimeOffset _last;
        private string? _clear;

        public void Add(WorklistItem item, IReadOnlyList<FiredIndicator> fired, int records, string? clear)
        {
            _hits++;
            _open += item.Status is CaseStatus.Open or CaseStatus.Claimed or CaseStatus.Escalated ? 1 : 0;
            _referrals += item.Status == CaseStatus.Decided && item.Outcome?.StartsWith("Refer", StringComparison.Ordinal) == true ? 1 : 0;
            _records = Math.Max(_records, records);
            foreach (var indicator in fired)
            {
                _indicators[indicator.Id] = _indicators.GetValueOrDefault(indicator.Id) + 1;
                _typologies.Add(indicator.Typology);
            }

            // The newest hit's wording wins: the latest record is the likeliest to be current.
            if (item.ReceivedAt >= _last)
            {
                _last = item.ReceivedAt;
                _clear = clear ?? _clear;
            }
        }

        public PlannedEntity ToEntity(NetworkEntityType type, string key)
        {
            var (score, why) = CheckPlanScore.Of(_hits, _referrals, _records, _indicators.Count);
            return new PlannedEntity
            {
                EntityType = type,
                EntityKey = key,
                ClearValue = _clear,
                Hits = _hits,
                OpenCases = _open,
                Referrals = _referrals,
                RecordsIn30Days = _records,
                Indicators = [.. _indicators.OrderByDescending(i => i.Value).ThenBy(i => i.Key, StringComparer.Ordinal).Select(i => new IndicatorTally(i.Key, i.Value))],
                Typologies = [.. _typologies.Order()],
                LastHitAt = _last,
                Score = score,
                Why = why,
            };
        }
    }
}
