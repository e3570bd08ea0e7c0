using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>
/// Verifies the MRZ lines a traveller record carries, at intake: every check digit, the ICAO 9303
/// country codes, and agreement with the record (surname, birth date, document number). A failed
/// check or a disagreement becomes an observation the catalogue can use
/// (<see cref="ObservationCodes.MrzCheckFailed"/>, <see cref="ObservationCodes.MrzMismatch"/>) and a
/// warning saying what; it never rejects the record — a misread or damaged MRZ is not the traveller's doing.
/// </summary>
public static class MrzIntakeCheck
{
    /// <summary>The record with the observations its MRZ calls for, and the warnings that explain them.</summary>
    public static (TravellerRecord Record, IReadOnlyList<string> Warnings) Verify(TravellerRecord traveller, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(traveller);
        if (traveller.Document?.Mrz is not { Count: > 0 } lines)
        {
            return (traveller, []);
        }

        var result = MrzParser.Parse(lines, today);
        var warnings = result.Warnings.Select(w => "document.mrz: " + w).ToList();
        var observations = new List<string>(traveller.Observations ?? []);
        if (!result.IsValid)
        {
            observations.Add(ObservationCodes.MrzCheckFailed);
            warnings.Add("document.mrz does not verify (" + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")) + "); observation " + ObservationCodes.MrzCheckFailed);
        }

        if (result.Format is not null)
        {
            var differ = Differences(traveller, result.Fields);
            if (differ.Count > 0)
            {
                observations.Add(ObservationCodes.MrzMismatch);
                warnings.Add($"document.mrz disagrees with the record on {string.Join(", ", differ)}; observation {ObservationCodes.MrzMismatch}");
            }
        }

        return warnings.Count == 0 && observations.Count == (traveller.Observations?.Count ?? 0)
            ? (traveller, [])
            : (traveller with { Observations = observations.Distinct(StringComparer.Ordinal).ToList() }, warnings);
    }

    private static List<string> Differences(TravellerRecord t, MrzFields mrz)
    {
        var differ = new List<string>();
        var mrzSurname = Letters(mrz.Surname);
        // The MRZ truncates long names and transliterates others (Doc 9303 Part 3: Ü → UE or U):
        // a prefix of either transliteration of the record's surname agrees.
        var surnames = Transliterations(t.Name?.Surname);
        if (mrzSurname.Length > 0 && surnames.Count > 0 && !surnames.Any(s => s.StartsWith(mrzSurname, StringComparison.Ordinal)))
        {
            differ.Add("name.surname");
        }

        if (t.BirthDate is { } born && mrz.BirthDate is { } mrzBorn && born != mrzBorn)
        {
            differ.Add("birthDate");
        }

        var number = Letters(t.Document?.Number);
        if (number.Length > 0 && mrz.DocumentNumber.Length > 0 && number != Letters(mrz.DocumentNumber))
        {
            differ.Add("document.number");
        }

        return differ;
    }

    private static List<string> Transliterations(string? name)
    {
        var upper = (name ?? "").ToUpperInvariant();
        if (upper.Length == 0)
        {
            return [];
        }

        var icao = upper.Replace("Ä", "AE", StringComparison.Ordinal).Replace("Ö", "OE", StringComparison.Ordinal).Replace("Ü", "UE", StringComparison.Ordinal)
            .Replace("Å", "AA", StringComparison.Ordinal).Replace("Æ", "AE", StringComparison.Ordinal).Replace("Ø", "OE", StringComparison.Ordinal)
            .Replace("ß", "SS", StringComparison.Ordinal).Replace("Þ", "TH", StringComparison.Ordinal);
        var plain = new string(upper.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        return [Letters(icao), Letters(plain)];
    }

    private static string Letters(string? value) =>
        new((value ?? "").ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
