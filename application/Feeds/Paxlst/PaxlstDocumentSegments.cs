using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// A traveller's documents (segment group 5: DOC with its DTM 36 expiry and LOC 91 issuing state)
/// and the choice of the one document the record carries.
/// </summary>
internal static class PaxlstDocumentSegments
{
    /// <summary>
    /// DOC: starts a document; the two-letter code is kept ("AC", crew certificate, becomes "C"). A
    /// document without a type code keeps its number as type O (other): name, birth date and flight
    /// are there, so the traveller is screened, with a warning.
    /// </summary>
    public static void Start(PaxlstTravellerBuilder t, EdifactSegment segment)
    {
        t.CheckOrder(segment, 11);
        var type = segment.Value(1, 0).ToUpperInvariant();
        t.Documents.Add(new PaxlstTravellerBuilder.DocumentBuilder(segment)
        {
            Type = type switch
            {
                "" => "O",
                "AC" => "C",
                { Length: > 2 } => type[..2],
                _ => type,
            },
            Number = segment.Value(2).ToUpperInvariant(),
        });
        if (type.Length == 0)
        {
            t.Warnings.Add($"{segment.Where}: no document type code; the document is kept as type O (other)");
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
            var state = segment.Value(2).ToUpperInvariant();
            if (state.Length == 3 && state.All(char.IsAsciiLetterUpper))
            {
                issued.IssuingState = state;
            }
            else if (state.Length > 0)
            {
                // Two-letter codes and typos are common; the document still identifies the traveller.
                t.Warnings.Add($"{segment.Where}: issuing state '{segment.Value(2)}' is not a three-letter code (ISO 3166-1 alpha-3); left out");
            }
        }
    }

    /// <summary>
    /// The travel document of the record, or null when the traveller has none. A DOC without a
    /// number identifies nothing and is left out with a warning, never failing the traveller.
    /// </summary>
    public static TravelDocument? TravelDocumentOf(PaxlstTravellerBuilder t, List<string> warnings)
    {
        var numbered = new List<PaxlstTravellerBuilder.DocumentBuilder>(t.Documents.Count);
        foreach (var d in t.Documents)
        {
            if (d.Number.Length > 0)
            {
                numbered.Add(d);
            }
            else
            {
                warnings.Add($"{d.Segment.Where}: no document number; the document is left out");
            }
        }

        if (numbered.Count == 0)
        {
            return null;
        }

        // The identity document is the travel document; a visa travels alongside it.
        var doc = numbered.FirstOrDefault(d => d.Type != "V") ?? numbered[0];
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
