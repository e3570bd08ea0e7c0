using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Reads the segments of one traveller (segment group 4: NAD, ATT, DTM, LOC, COM, NAT, RFF, and the
/// document group through <see cref="PaxlstDocumentSegments"/>) into a <see cref="PaxlstTravellerBuilder"/>.
/// </summary>
internal static class PaxlstTravellerSegments
{
    private static readonly HashSet<string> IgnoredTags = ["MEA", "GEI", "FTX", "EMP", "CPI", "QTY"];

    /// <summary>The NAD (FL, FM, DDT or DDU) that starts a traveller: role, transit and name.</summary>
    public static PaxlstTravellerBuilder Start(int position, EdifactSegment segment, string qualifier)
    {
        var role = qualifier is "FM" or "DDU" ? TravellerRole.Crew : TravellerRole.Passenger;
        var t = new PaxlstTravellerBuilder(position, segment, role, qualifier is "DDT" or "DDU");
        t.Warnings.AddRange(segment.Notes);
        var parts = segment.Components(4).Select(p => Normalise(p)).ToList();
        var surname = parts.Count > 0 ? parts[0] : "";
        var given = string.Join(' ', parts.Skip(1).Where(p => p.Length > 0));
        var raw = string.Join(' ', segment.Components(4));
        if (raw.Any(char.IsLower))
        {
            t.Warnings.Add($"{segment.Where}: name in lower case; upper-cased");
        }

        t.Surname = surname;
        t.GivenNames = given.Length == 0 ? null : given;
        return t;
    }

    /// <summary>One segment of the traveller <paramref name="t"/>; <paramref name="path"/> names it in errors.</summary>
    public static void Read(PaxlstTravellerBuilder t, EdifactSegment segment, string qualifier, string path, DateOnly today)
    {
        switch (segment.Tag)
        {
            case "ATT":
                t.CheckOrder(segment, 1);
                var sex = segment.Value(3).ToUpperInvariant();
                t.Sex = sex switch
                {
                    "M" or "F" or "X" => sex,
                    "U" => "X",
                    _ => null,
                };
                if (t.Sex is null)
                {
                    t.Warnings.Add($"{segment.Where}: sex '{segment.Value(3)}' is not M, F, U or X; left out");
                }

                break;
            case "DTM" when qualifier == "329":
                t.CheckOrder(segment, 2);
                var birth = segment.Value(1, 1);
                t.BirthDate = PaxlstDates.ParseDate(birth, today, PaxlstDates.Kind.Birth);
                if (t.BirthDate is null)
                {
                    t.Errors.Add(new FieldError(path, $"{segment.Where}: birth date '{birth}' is not a date (YYMMDD or CCYYMMDD)"));
                }

                break;
            case "DTM" when qualifier == "36":
                PaxlstDocumentSegments.Expiry(t, segment, today);
                break;
            case "DTM":
                // 182 (issue date) and other dates are not carried by the record.
                t.CheckOrder(segment, qualifier == "182" ? 11 : 2);
                break;
            case "LOC" when qualifier == "91":
                PaxlstDocumentSegments.IssuingState(t, segment);
                break;
            case "LOC":
                Place(t, segment, qualifier);
                break;
            case "COM":
                Contact(t, segment);
                break;
            case "NAT":
                t.CheckOrder(segment, 9);
                t.Nationality = NullIfEmpty(segment.Value(2).ToUpperInvariant());
                break;
            case "RFF":
                Reference(t, segment, qualifier);
                break;
            case "DOC":
                PaxlstDocumentSegments.Start(t, segment);
                break;
            default:
                if (IgnoredTags.Contains(segment.Tag))
                {
                    t.CheckOrder(segment, segment.Tag switch { "MEA" => 3, "GEI" => 4, "FTX" => 5, "EMP" => 8, _ => 11 });
                }

                break;
        }
    }

    internal static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static void Place(PaxlstTravellerBuilder t, EdifactSegment segment, string qualifier)
    {
        t.CheckOrder(segment, 6);
        var place = NullIfEmpty(segment.Value(2).ToUpperInvariant());
        switch (qualifier)
        {
            case "178":
                t.Embarkation = place;
                break;
            case "179":
                t.Debarkation = place;
                break;
            case "22" or "174" or "180":
                break;
            default:
                t.Warnings.Add($"{segment.Where}: place qualifier '{qualifier}' not supported; ignored");
                break;
        }
    }

    private static void Contact(PaxlstTravellerBuilder t, EdifactSegment segment)
    {
        t.CheckOrder(segment, 7);
        for (var e = 1; e <= segment.Elements.Count; e++)
        {
            var number = segment.Value(e, 0);
            switch (segment.Value(e, 1).ToUpperInvariant())
            {
                case "TE":
                    t.Phone = NullIfEmpty(number);
                    break;
                case "EM":
                    t.Email = NullIfEmpty(number);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Reference(PaxlstTravellerBuilder t, EdifactSegment segment, string qualifier)
    {
        t.CheckOrder(segment, 10);
        var value = NullIfEmpty(segment.Value(1, 1));
        switch (qualifier)
        {
            case "AVF":
                t.BookingReference = value;
                break;
            case "ABO":
                t.PassengerReference = value;
                break;
            case "SEA" or "CR":
                // Seat and customer (frequent flyer) numbers: read, not carried by the record.
                break;
            default:
                t.Warnings.Add($"{segment.Where}: reference qualifier '{qualifier}' not supported; ignored");
                break;
        }
    }

    private static string Normalise(string name) =>
        string.Join(' ', name.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
