using System.Globalization;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>What every EDIFACT reader does around its messages: the safety net, the size and lexing checks, the UNT count.</summary>
internal static class EdifactBatch
{
    /// <summary>Runs a read; a reader bug becomes a feed error, not a failed request.</summary>
    public static ParsedBatch Guard(Func<ParsedBatch> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParsedBatch.Unreadable(new FieldError("interchange", $"could not be read ({ex.GetType().Name})"));
        }
    }

    /// <summary>The segments of the input, or the batch that says why there are none.</summary>
    public static (EdifactLexResult? Lex, ParsedBatch? Unreadable) Lex(string content, FeedLimits limits)
    {
        if (content.Length > limits.MaxBodyBytes)
        {
            return (null, ParsedBatch.Unreadable(new FieldError("interchange", $"is larger than {limits.MaxBodyBytes} bytes")));
        }

        var lex = EdifactLexer.Lex(content, limits.MaxSegments);
        return lex.Error is not null ? (null, ParsedBatch.Unreadable(lex.Error)) : (lex, null);
    }

    /// <summary>Warns when a UNT declares another segment count than the message has.</summary>
    public static void CheckSegmentCount(EdifactSegment unt, int actual, List<string> warnings)
    {
        var declared = unt.Value(1);
        if (!int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count != actual)
        {
            warnings.Add($"{unt.Where}: declares {(declared.Length == 0 ? "no" : declared)} segments, the message has {actual}");
        }
    }
}
