using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// True when the offered hourly wage is below the statutory minimum of the record's jurisdiction on
/// the record's own date, for the worker's age (youth rates where the law has them), times an
/// optional factor. The amount carries its source and period into the explanation's values.
/// </summary>
internal sealed class WageBelowMinimumNode(IndicatorField wageField, decimal factor) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "wage", "minimumWage", "currency", "minimumWageSource", "minimumWageFrom", "minimumWageAge",
    };

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        var wage = wageField.Read(input.Record);
        if (wage.IsMissing)
        {
            reason = wage.MissingReason;
            return Truth.Unknown;
        }

        if (Minimum(in input, ref reason) is not { } minimum)
        {
            return Truth.Unknown;
        }

        return wage.Number < minimum.Hourly * factor ? Truth.True : Truth.False;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        var wage = wageField.Read(input.Record);
        string? ignored = null;
        if (!wage.IsMissing && Minimum(in input, ref ignored) is { } minimum)
        {
            values["wage"] = FieldValue.FormatNumber(wage.Number);
            values["minimumWage"] = FieldValue.FormatNumber(minimum.Hourly * factor);
            values["currency"] = minimum.Entry.Currency;
            values["minimumWageSource"] = minimum.Entry.Source;
            values["minimumWageFrom"] = minimum.Entry.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            values["minimumWageAge"] = minimum.Age >= minimum.Entry.AdultAge
                ? minimum.Entry.AdultAge.ToString(CultureInfo.InvariantCulture) + "+"
                : minimum.Age.ToString(CultureInfo.InvariantCulture);
        }
    }

    public override string Describe() => factor == 1m
        ? $"wageBelowMinimum({wageField.Name})"
        : $"wageBelowMinimum({wageField.Name}, factor {FieldValue.FormatNumber(factor)})";

    private static (decimal Hourly, MinimumWage Entry, int Age)? Minimum(in EvaluationInput input, ref string? reason)
    {
        var jurisdiction = input.Record.Jurisdiction;
        if (!input.MinimumWages.TryFind(jurisdiction, input.Today, out var entry))
        {
            reason = $"no statutory minimum wage of {jurisdiction.ToCode()} recorded for {input.Today:yyyy-MM-dd}";
            return null;
        }

        var birthDate = input.Record is WorkPermitRecord permit ? permit.BirthDate
            : input.Record is TravellerRecord traveller ? traveller.BirthDate
            : null;
        if (birthDate is not { } birth || birth > input.Today)
        {
            reason = "the worker's birth date is needed: the statutory minimum depends on age";
            return null;
        }

        var age = AgeYearsNode.YearsBetween(birth, input.Today);
        if (entry.HourlyAt(age) is not { } hourly)
        {
            reason = $"no statutory minimum for a worker aged {age} in {jurisdiction.ToCode()} is recorded";
            return null;
        }

        return (hourly, entry, age);
    }
}
