using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Who paid, from the payer name after a FOP compared with the PNR's passengers: the passenger
/// (Self), another passenger of the same booking (OtherPerson, travelling along), a company (by its
/// legal-form word), or another private person. No payer name: not known.
/// </summary>
internal static class PnrgovPayer
{
    private static readonly HashSet<string> CompanyWords =
        ["LTD", "LIMITED", "BV", "B.V.", "NV", "N.V.", "INC", "CORP", "CORPORATION", "GMBH", "SA", "S.A.", "LLC", "CO", "COMPANY", "TRAVEL", "TOURS", "AGENCY", "VOF", "SRL", "SAS", "PLC"];

    private static readonly HashSet<string> Titles = ["MR", "MRS", "MS", "MISS", "MSTR", "DR"];

    public static (Payer? PaidBy, bool? TravelsAlong) Classify(string? payerName, PnrPassengerBuilder passenger, IReadOnlyList<PnrPassengerBuilder> all)
    {
        if (string.IsNullOrWhiteSpace(payerName))
        {
            return (null, null);
        }

        var words = Words(payerName);
        if (words.Any(CompanyWords.Contains))
        {
            return (Payer.Company, false);
        }

        if (IsNamed(words, passenger))
        {
            return (Payer.Self, null);
        }

        return all.Any(other => !ReferenceEquals(other, passenger) && IsNamed(words, other))
            ? (Payer.OtherPerson, true)
            : (Payer.OtherPerson, false);
    }

    /// <summary>The payer name as a linking key: upper case, titles and punctuation gone, words sorted ("SMITH/JOHN MR" = "JOHN SMITH").</summary>
    public static string Key(string payerName) => string.Join(' ', Words(payerName).Order(StringComparer.Ordinal));

    private static List<string> Words(string name) =>
        name.ToUpperInvariant()
            .Split([' ', '/', ',', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !Titles.Contains(w))
            .ToList();

    /// <summary>The payer's words hold the passenger's surname and first given name.</summary>
    private static bool IsNamed(List<string> words, PnrPassengerBuilder p)
    {
        var surname = p.Surname.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = p.GivenNames?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return surname.Length > 0 && surname.All(words.Contains) && (first is null || words.Contains(first));
    }
}
