using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// A traveller's documents (segment group 5: DOC with its DTM 36 expiry and LOC 91 issuing state)
/// and the choice of the one document the record carries.
/// </summary>
internal static class PaxlstDocumentSegments
{
    /// <summary>DOC: starts a document; the two-letter code is kept ("AC", crew certificate, becomes "C").</summary>
    public static void Start(PaxlstTravellerBuilder t, EdifactSegment segment, string path)
    {
        t.CheckOrder(segment, 11);
        var type = segment.Value(1, 0).ToUpperInvariant();
        t.Documents.Add(new PaxlstTravellerBuilder.DocumentBuilder(segment)
        {
            Type = type switch
            {
                "AC" => "C",
                { Length: > 2 } => type[..2],
                _ => type,
            },
            Number = segment.Value(2).ToUpperInvariant(),
        });
        if (type.Length == 0)
        {
            t.Errors.Add(new FieldError(path, $"{segment.Where}: no document type code"));
        }
    }

    /// <summary>DTM 36: the expiry of the document read last.</summary>
    public static void Expiry(PaxlstTravellerBuilder t, EdifactSegment segment, DateOnly today)
    {
        if (Current(t, segment) is { } expiring)
        {
            var expiry = segment.Value(1, 1);
            expiring.Expiry = PaxlstDates.ParseDate(expiry, today, PaxlstDates.Kind.Expiry);
            if (expiring.Expiry is null)
            {
                t.Warnings.Add($"{segment.Where}: expiry date '{expiry}' is not a date (YYMMDD or CCYYMMDD); left out");
            }
        }
    }

    /// <summary>LOC 91: the issuing state of the document read last.</summary>
    public static void IssuingState(PaxlstTravellerBuilder t, EdifactSegment segment)
    {
        if (Current(t, segment) is { } issued)
        {
            issued.IssuingState = PaxlstTravellerSegments.NullIfEmpty(segment.Value(2).ToUpperInvariant());
        }
    }

    /// <summary>The travel document of the record, or null when the traveller has none.</summary>
    public static TravelDocument? TravelDocumentOf(PaxlstTravellerBuilder t)
    {
        if (t.Documents.Count == 0)
        {
            return null;
        }

        // The identity document is the travel document; a visa travels alongside it.
        var doc = t.Documents.FirstOrDefault(d => d.Type != "V") ?? t.Documents[0];
        return new TravelDocument
        {
            Type = doc.Type,
            Number = doc.Number,
            IssuingState = doc.IssuingState,
            Expiry = doc.Expiry,
        };
    }

    private static PaxlstTravellerBuilder.DocumentBuilder? Current(PaxlstTravellerBuilder t, EdifactSegment segment)
    {
        if (t.Documents.Count == 0)
        {
            t.Warnings.Add($"{segment.Where}: document detail before any DOC; ignored");
            return null;
        }

        return t.Documents[^1];
    }
}
