using BorderScreening.Application.Feeds.Paxlst;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Reads a TIF: element 1 surname (:qualifier, G for a group name), then one element per passenger
/// on that surname: given names (with titles) :type (A adult, C child, IN infant) :reference number
/// :infant indicator.
/// </summary>
internal static class PnrgovPassengers
{
    private static readonly HashSet<string> Titles = ["MR", "MRS", "MS", "MISS", "MSTR", "MSTER", "DR", "PROF", "REV", "SIR", "CHD", "INF"];

    /// <summary>A new passenger, or null when the TIF names a group (its name goes to the PNR).</summary>
    public static PnrPassengerBuilder? Start(int position, EdifactSegment tif, PnrBuilder pnr)
    {
        var surname = Normalise(tif.Value(1, 0));
        if (tif.Value(1, 1).Equals("G", StringComparison.OrdinalIgnoreCase))
        {
            pnr.GroupName ??= PnrBuilder.NullIfEmpty(surname);
            return null;
        }

        var p = new PnrPassengerBuilder(position, tif) { Surname = surname };
        var given = Normalise(tif.Value(2, 0));
        var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && Titles.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 1 && Titles.Contains(words[0]))
        {
            words.Clear();
        }

        p.GivenNames = words.Count == 0 ? null : string.Join(' ', words);
        p.Reference = PnrBuilder.NullIfEmpty(tif.Value(2, 2));
        p.Infant = tif.Value(2, 1).Equals("IN", StringComparison.OrdinalIgnoreCase) || tif.Value(2, 3).Length > 0;
        if (tif.Elements.Count > 2)
        {
            p.Warnings.Add($"{tif.Where}: more than one passenger on one TIF; the first is read, the others need their own TIF");
        }

        if (surname.Length == 0)
        {
            p.Errors.Add(new FieldError("TIF", $"{tif.Where}: no surname"));
        }

        return p;
    }

    internal static string Normalise(string name) =>
        string.Join(' ', name.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
