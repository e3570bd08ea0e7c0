using System.Text.Json;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

public static partial class IndicatorCatalogueLoader
{
    private static readonly string[] MinimumWageProperties =
        ["jurisdiction", "hourly", "currency", "effectiveFrom", "effectiveTo", "adultAge", "youthRates", "source", "notes"];

    private static MinimumWageSchedule ReadMinimumWages(JsonElement root, List<CatalogueError> errors)
    {
        var read = new List<(MinimumWage Wage, string Path)>();
        if (!root.TryGetProperty("minimumWages", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new CatalogueError(null, "minimumWages", "minimumWages must be an array of amounts per jurisdiction and period"));
            return new MinimumWageSchedule([]);
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var path = $"minimumWages[{index++}]";
            if (ReadMinimumWage(entry, path, errors) is { } wage)
            {
                read.Add((wage, path));
            }
        }

        var wages = new List<MinimumWage>();
        foreach (var group in read.GroupBy(r => r.Wage.Jurisdiction))
        {
            wages.AddRange(ClosePeriods([.. group.OrderBy(r => r.Wage.EffectiveFrom)], errors));
        }

        foreach (var missing in JurisdictionCodes.All.Where(j => !wages.Any(w => w.Jurisdiction == j)))
        {
            errors.Add(new CatalogueError(null, "minimumWages", $"no minimum wage for {missing.ToCode()}"));
        }

        return new MinimumWageSchedule(wages);
    }

    // An amount without an end runs until the next amount of its jurisdiction starts; amounts whose
    // periods overlap are an error, because a record's date must name exactly one amount.
    private static IEnumerable<MinimumWage> ClosePeriods(List<(MinimumWage Wage, string Path)> ordered, List<CatalogueError> errors)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var (wage, path) = ordered[i];
            if (i + 1 < ordered.Count)
            {
                var next = ordered[i + 1].Wage;
                var end = wage.EffectiveTo ?? next.EffectiveFrom.AddDays(-1);
                if (end >= next.EffectiveFrom || next.EffectiveFrom == wage.EffectiveFrom)
                {
                    errors.Add(new CatalogueError(null, ordered[i + 1].Path + ".effectiveFrom",
                        $"{wage.Jurisdiction.ToCode()} has amounts whose periods overlap ({wage.EffectiveFrom:yyyy-MM-dd} and {next.EffectiveFrom:yyyy-MM-dd})"));
                }

                wage = wage with { EffectiveTo = end };
            }

            yield return wage;
        }
    }

    private static MinimumWage? ReadMinimumWage(JsonElement entry, string path, List<CatalogueError> errors)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new CatalogueError(null, path, "must be an object"));
            return null;
        }

        CheckProperties(entry, MinimumWageProperties, null, path, errors);
        var ok = true;
        if (!JurisdictionCodes.TryParse(Text(entry, "jurisdiction"), out var jurisdiction))
        {
            ok = Add(errors, null, path + ".jurisdiction", "must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA");
        }

        decimal hourly = 0;
        if (!entry.TryGetProperty("hourly", out var h) || !(h.ValueKind == JsonValueKind.Number && h.TryGetDecimal(out hourly)) || hourly <= 0)
        {
            ok = Add(errors, null, path + ".hourly", "must be a positive number");
        }

        var currency = Text(entry, "currency");
        if (currency is null || !CurrencyPattern().IsMatch(currency))
        {
            ok = Add(errors, null, path + ".currency", "must be an ISO 4217 code");
        }

        if (!TryDate(Text(entry, "effectiveFrom"), out var from))
        {
            ok = Add(errors, null, path + ".effectiveFrom", "must be a date yyyy-MM-dd");
        }

        DateOnly? to = null;
        if (entry.TryGetProperty("effectiveTo", out _))
        {
            if (!TryDate(Text(entry, "effectiveTo"), out var end) || end < from)
            {
                ok = Add(errors, null, path + ".effectiveTo", "must be a date yyyy-MM-dd on or after effectiveFrom");
            }
            else
            {
                to = end;
            }
        }

        var adultAge = 0;
        if (!entry.TryGetProperty("adultAge", out var a) || a.ValueKind != JsonValueKind.Number || !a.TryGetInt32(out adultAge) || adultAge is < 14 or > 25)
        {
            ok = Add(errors, null, path + ".adultAge", "must be the age (14–25) from which the adult amount is owed");
        }

        var youth = ReadYouthRates(entry, path, adultAge, errors, ref ok);
        var source = Text(entry, "source");
        if (string.IsNullOrWhiteSpace(source))
        {
            ok = Add(errors, null, path + ".source", "must name where the amount was published");
        }

        return ok ? new MinimumWage(jurisdiction, hourly, currency!, from, to, adultAge, youth, source!) : null;
    }

    private static List<YouthMinimumWage> ReadYouthRates(JsonElement entry, string path, int adultAge, List<CatalogueError> errors, ref bool ok)
    {
        var rates = new List<YouthMinimumWage>();
        if (!entry.TryGetProperty("youthRates", out var list))
        {
            return rates;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            ok = Add(errors, null, path + ".youthRates", "must be an array of {fromAge, share}");
            return rates;
        }

        var index = 0;
        foreach (var rate in list.EnumerateArray())
        {
            var at = $"{path}.youthRates[{index++}]";
            if (rate.ValueKind != JsonValueKind.Object)
            {
                ok = Add(errors, null, at, "must be an object {fromAge, share}");
                continue;
            }

            CheckProperties(rate, ["fromAge", "share"], null, at, errors);
            var previous = rates.Count == 0 ? 11 : rates[^1].FromAge;
            if (!rate.TryGetProperty("fromAge", out var f) || f.ValueKind != JsonValueKind.Number || !f.TryGetInt32(out var fromAge)
                || fromAge <= previous || fromAge >= adultAge)
            {
                ok = Add(errors, null, at + ".fromAge", "must be an age above the previous youth rate's and below adultAge");
                continue;
            }

            if (!rate.TryGetProperty("share", out var s) || s.ValueKind != JsonValueKind.Number || !s.TryGetDecimal(out var share) || share is <= 0 or > 1)
            {
                ok = Add(errors, null, at + ".share", "must be a fraction of the adult amount in (0, 1]");
                continue;
            }

            rates.Add(new YouthMinimumWage(fromAge, share));
        }

        return rates;
    }
}
