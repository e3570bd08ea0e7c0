using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Thresholds;

/// <summary>
/// Review capacity a jurisdiction's supervisors set for a day, read by the capacity-following
/// threshold in place of the static <c>Capacity:DailyCases</c>; null when none was set for that day.
/// </summary>
public interface IDailyCapacity
{
    /// <summary>Cases per day the jurisdiction can review on <paramref name="day"/>, when a supervisor set it.</summary>
    Task<int?> CasesAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken);
}
