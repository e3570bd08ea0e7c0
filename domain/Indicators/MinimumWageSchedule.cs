using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// Every recorded minimum wage of every jurisdiction, so that a record is judged by the amount in
/// force on its own date (a permit applied for in 2024 by the 2024 amount), not today's.
/// </summary>
public sealed class MinimumWageSchedule
{
    private readonly Dictionary<Jurisdiction, MinimumWage[]> _byJurisdiction;

    internal MinimumWageSchedule(IEnumerable<MinimumWage> wages)
    {
        _byJurisdiction = wages
            .GroupBy(w => w.Jurisdiction)
            .ToDictionary(g => g.Key, g => g.OrderBy(w => w.EffectiveFrom).ToArray());
        All = [.. _byJurisdiction.OrderBy(p => p.Key).SelectMany(p => p.Value)];
    }

    /// <summary>All entries, by jurisdiction and date.</summary>
    public IReadOnlyList<MinimumWage> All { get; }

    /// <summary>The jurisdictions with at least one amount.</summary>
    public IReadOnlyCollection<Jurisdiction> Jurisdictions => _byJurisdiction.Keys;

    /// <summary>The amount in force in the jurisdiction on the date, if one is recorded.</summary>
    public bool TryFind(Jurisdiction jurisdiction, DateOnly date, out MinimumWage wage)
    {
        wage = null!;
        if (!_byJurisdiction.TryGetValue(jurisdiction, out var entries))
        {
            return false;
        }

        for (var i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i].AppliesOn(date))
            {
                wage = entries[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>The latest amount recorded for the jurisdiction (the catalogue page and model features show it).</summary>
    public MinimumWage? Latest(Jurisdiction jurisdiction) =>
        _byJurisdiction.TryGetValue(jurisdiction, out var entries) ? entries[^1] : null;
}
