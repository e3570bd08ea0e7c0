using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>What a condition sees of one record: passed by reference, never copied onto the heap.</summary>
internal readonly struct EvaluationInput(ScreeningContext context, DateOnly today, MinimumWageSchedule minimumWages)
{
    public ScreeningContext Context { get; } = context;

    public ScreeningRecord Record => Context.Record;

    /// <summary>The record's own date (from <see cref="ScreeningContext.EventAt"/>; never the wall clock).</summary>
    public DateOnly Today { get; } = today;

    public MinimumWageSchedule MinimumWages { get; } = minimumWages;
}
