using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Capacity;

/// <summary>
/// Review capacity per jurisdiction and day, set by the jurisdiction's supervisors on the page
/// (audited) and used by the capacity-following threshold instead of the static configuration
/// (<see cref="IDailyCapacity"/>). Days without a setting keep <c>Capacity:DailyCases</c>.
/// </summary>
public sealed class CapacityService(ICapacityStore store, IOptions<CapacityOptions> options, IAuditLog audit, TimeProvider time) : IDailyCapacity
{
    /// <summary>Furthest day ahead a capacity may be set for.</summary>
    public const int MaxDaysAhead = 60;

    /// <summary>Largest capacity (cases per day).</summary>
    public const int MaxCases = 10_000;

    /// <summary>Days the supervision screen shows, from today.</summary>
    public const int DaysShown = 14;

    /// <inheritdoc />
    public async Task<int?> CasesAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken) =>
        (await store.RangeAsync(jurisdiction, day, day, cancellationToken)) is { Count: > 0 } set ? set[0].Cases : null;

    /// <summary>The capacity of the next <see cref="DaysShown"/> days, set or default.</summary>
    public async Task<ReviewResult<IReadOnlyList<CapacityDay>>> ListAsync(Actor actor, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<IReadOnlyList<CapacityDay>>.NotFound();
        }

        var today = Today();
        var set = (await store.RangeAsync(jurisdiction, today, today.AddDays(DaysShown - 1), cancellationToken)).ToDictionary(d => d.Day);
        var fallback = options.Value.DailyCases.TryGetValue(jurisdiction.ToCode(), out var c) ? c : 0;
        return ReviewResult<IReadOnlyList<CapacityDay>>.Ok([.. Enumerable.Range(0, DaysShown).Select(i => today.AddDays(i))
            .Select(day => set.TryGetValue(day, out var chosen) ? chosen : new CapacityDay(jurisdiction, day, fallback))]);
    }

    /// <summary>Sets the capacity of one day, with a reason; audited as <c>capacity.set</c>.</summary>
    public async Task<ReviewResult<CapacityDay>> SetAsync(Actor actor, Jurisdiction jurisdiction, CapacityRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsSupervisorFor(jurisdiction))
        {
            return ReviewResult<CapacityDay>.NotFound();
        }

        var today = Today();
        var errors = new List<FieldError>();
        if (request.Day is not { } day || day < today || day > today.AddDays(MaxDaysAhead))
        {
            errors.Add(new FieldError("day", $"is required: a day from today to {MaxDaysAhead} days ahead (yyyy-MM-dd, UTC)"));
        }

        if (request.Cases is not (>= 0 and <= MaxCases))
        {
            errors.Add(new FieldError("cases", $"is required: 0 to {MaxCases}"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(new FieldError("reason", "is required"));
        }

        if (errors.Count > 0)
        {
            return ReviewResult<CapacityDay>.Invalid([.. errors]);
        }

        var setting = new CapacityDay(jurisdiction, request.Day!.Value, request.Cases!.Value, actor.Subject, time.GetUtcNow(), ReviewText.Limit(request.Reason));
        await store.SetAsync(setting, cancellationToken);
        await audit.WriteAsync(actor, "capacity.set", jurisdiction, null, $"{setting.Day:yyyy-MM-dd}: {setting.Cases} cases", setting.Reason, cancellationToken);
        return ReviewResult<CapacityDay>.Ok(setting);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
