using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Screening.Bookings;

/// <summary>
/// Finds the PNR passenger of the same flight who is a passenger-list traveller: the same document
/// number and surname (strongest); else the same surname, given names and birth date; else the same
/// surname and given names with no birth date contradicting, when only one PNR passenger fits
/// (weakest, for a reviewer to check). Given names match when one list starts with the other, since
/// PNRs often hold only the first given name (MARIA for MARIA ELISABETH).
/// </summary>
public static class BookingMatcher
{
    /// <summary>The matching PNR passenger and how well it matches, or null.</summary>
    public static (TravellerRecord Pnr, BookingMatch Quality)? Match(TravellerRecord traveller, IReadOnlyList<TravellerRecord> pnrPassengers)
    {
        ArgumentNullException.ThrowIfNull(traveller);
        ArgumentNullException.ThrowIfNull(pnrPassengers);
        var surname = Clean(traveller.Name?.Surname);
        if (surname.Length == 0)
        {
            return null;
        }

        var named = pnrPassengers.Where(p => Clean(p.Name?.Surname) == surname).ToList();
        var number = Clean(traveller.Document?.Number);
        if (number.Length > 0 && named.FirstOrDefault(p => Clean(p.Document?.Number) == number) is { } byDocument)
        {
            return (byDocument, BookingMatch.Document);
        }

        var given = named.Where(p => GivenNamesAgree(traveller.Name?.GivenNames, p.Name?.GivenNames)).ToList();
        if (traveller.BirthDate is { } born && given.FirstOrDefault(p => p.BirthDate == born) is { } byBirth)
        {
            return (byBirth, BookingMatch.NameAndBirthDate);
        }

        var open = given.Where(p => p.BirthDate is null || traveller.BirthDate is null).ToList();
        return open.Count == 1 && given.Count == 1 ? (open[0], BookingMatch.NameOnly) : null;
    }

    private static bool GivenNamesAgree(string? a, string? b)
    {
        var left = Clean(a);
        var right = Clean(b);
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == right.Length;
        }

        return left.StartsWith(right, StringComparison.Ordinal) || right.StartsWith(left, StringComparison.Ordinal);
    }

    private static string Clean(string? value) =>
        string.Join(' ', (value ?? "").ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
