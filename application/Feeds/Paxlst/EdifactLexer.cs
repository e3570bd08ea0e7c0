using System.Text;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Splits an EDIFACT interchange into segments. Tolerates what carrier traffic really contains:
/// a teletype (Type-B) envelope before UNA/UNB and a trailer (NNNN) after UNZ, separators declared
/// in UNA or only used in UNB, line breaks inside segments, whitespace between segments, lower-case
/// tags and characters outside the declared character set. Each tolerated deviation becomes a note;
/// only input without any EDIFACT structure, or more segments than allowed, is an error.
/// </summary>
internal static class EdifactLexer
{
    /// <summary>
    /// Lexes <paramref name="content"/>; never throws. Several interchanges in one input (file drops
    /// that concatenate transmissions) are read one after the other, segments numbered throughout.
    /// </summary>
    public static EdifactLexResult Lex(string content, int maxSegments)
    {
        var warnings = new List<string>();
        var segments = new List<EdifactSegment>();
        var state = new TokenizerState();
        content ??= "";
        ServiceStringAdvice? firstSeparators = null;
        var position = 0;
        while (true)
        {
            var start = FindStart(content, position);
            if (start < 0)
            {
                if (firstSeparators is null)
                {
                    return Fail(new FieldError("interchange", "no UNA, UNB or UNH segment found: this is not a UN/EDIFACT interchange"));
                }

                var rest = content[position..].Trim();
                if (rest.Length > 0)
                {
                    warnings.Add($"text after UNZ ignored ('{Shorten(rest)}', teletype trailer)");
                }

                break;
            }

            var skippedLines = content[position..start].Split('\n').Count(line => !string.IsNullOrWhiteSpace(line.Trim('\uFEFF', '\u0001', '\u0002', '\u0003')));
            if (skippedLines > 0)
            {
                warnings.Add(firstSeparators is null
                    ? $"{skippedLines} line(s) before the interchange (teletype Type-B envelope) ignored"
                    : $"{skippedLines} line(s) between two interchanges (teletype trailer and envelope) ignored");
            }

            var separators = ServiceStringAdvice.Default;
            position = start;
            if (string.CompareOrdinal(content, start, "UNA", 0, 3) == 0)
            {
                if (content.Length < start + 9 || !ServiceStringAdvice.TryParse(content.AsSpan(start + 3, 6), out separators))
                {
                    return Fail(new FieldError("interchange", "the UNA service string advice is not valid: it must declare six distinct separators that are not letters, digits or spaces"));
                }

                if (!separators.IsDefault)
                {
                    warnings.Add($"UNA declares non-default separators '{separators}'; read with them");
                }

                position = start + 9;
            }
            else if (Sniff(content, start) is { } sniffed)
            {
                separators = sniffed;
                warnings.Add($"no UNA, but UNB uses the separators '{separators}'; read with them");
            }

            firstSeparators ??= separators;
            var (end, error) = Tokenize(content, position, separators, maxSegments, segments, state);
            if (error is not null)
            {
                return Fail(error);
            }

            if (end <= position)
            {
                // End of input (or, defensively, no progress): never loop on the same text.
                break;
            }

            position = end;
        }

        if (state.StrayWhitespace)
        {
            warnings.Add("whitespace or blank lines between segments ignored");
        }

        return new EdifactLexResult(segments, firstSeparators, warnings, null);
    }

    private static EdifactLexResult Fail(FieldError error) => new([], ServiceStringAdvice.Default, [], error);

    private static int FindStart(string content, int from)
    {
        foreach (var tag in (string[])["UNA", "UNB", "UNH"])
        {
            var index = from;
            while ((index = content.IndexOf(tag, index, StringComparison.Ordinal)) >= 0)
            {
                var atLineStart = index == from || content[index - 1] is '\n' or '\r' or '\uFEFF' or '\u0002';
                var followedBySeparator = index + 3 < content.Length && !char.IsLetterOrDigit(content[index + 3]) && !char.IsWhiteSpace(content[index + 3]);
                if (atLineStart && followedBySeparator)
                {
                    return index;
                }

                index += 3;
            }
        }

        // Last resort: a tag in the middle of a line (some gateways glue the envelope to the interchange).
        foreach (var tag in (string[])["UNA:", "UNB+", "UNH+"])
        {
            var index = content.IndexOf(tag, from, StringComparison.Ordinal);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Without UNA, takes element and component separators from UNB and the terminator from before UNH.</summary>
    private static ServiceStringAdvice? Sniff(string content, int start)
    {
        if (string.CompareOrdinal(content, start, "UNB", 0, 3) != 0 || content.Length < start + 9)
        {
            return null;
        }

        var element = content[start + 3];
        var component = content[start + 8];
        if (char.IsLetterOrDigit(element) || char.IsWhiteSpace(element) || char.IsLetterOrDigit(component) || char.IsWhiteSpace(component) || element == component)
        {
            return null;
        }

        var terminator = ServiceStringAdvice.Default.Terminator;
        var unh = content.IndexOf("UNH" + element, start, StringComparison.Ordinal);
        if (unh > start)
        {
            var i = unh - 1;
            while (i > start && char.IsWhiteSpace(content[i]))
            {
                i--;
            }

            if (!char.IsLetterOrDigit(content[i]) && content[i] != element && content[i] != component)
            {
                terminator = content[i];
            }
        }

        var sniffed = ServiceStringAdvice.Default with { Element = element, Component = component, Terminator = terminator };
        return sniffed.IsDefault || sniffed.Release == element || sniffed.Release == component || sniffed.Release == terminator ? null : sniffed;
    }

    /// <summary>Reads segments from <paramref name="position"/>; returns where the text after UNZ starts, or -1 at the end of the input.</summary>
    private static (int End, FieldError? Error) Tokenize(
        string content, int position, ServiceStringAdvice sep, int maxSegments, List<EdifactSegment> segments, TokenizerState state)
    {
        var syntaxId = "";
        var firstSegment = segments.Count;
        var component = new StringBuilder();
        var i = position;
        while (i < content.Length)
        {
            // Between segments: a single line break is the common layout; anything else is noted once.
            var gapStart = i;
            while (i < content.Length && char.IsWhiteSpace(content[i]))
            {
                i++;
            }

            var gap = content.AsSpan(gapStart, i - gapStart);
            if (gap.Length > 0 && gap is not "\n" and not "\r\n")
            {
                state.StrayWhitespace = true;
            }

            if (i >= content.Length)
            {
                break;
            }

            if (segments.Count > firstSegment && segments[^1].Tag == "UNZ")
            {
                // After UNZ comes a trailer (NNNN) or another interchange, with its own separators.
                return (i, null);
            }

            if (segments.Count >= maxSegments)
            {
                return (-1, new FieldError("interchange", $"has more than {maxSegments} segments; at most {maxSegments} are accepted"));
            }

            var number = segments.Count + 1;
            var notes = new List<string>();
            var elements = new List<IReadOnlyList<string>>();
            var components = new List<string>();
            var lineBreaks = false;
            var terminated = false;
            component.Clear();
            while (i < content.Length)
            {
                var c = content[i];
                if (c == sep.Release && i + 1 < content.Length)
                {
                    component.Append(content[i + 1]);
                    i += 2;
                    continue;
                }

                i++;
                if (c == sep.Terminator)
                {
                    terminated = true;
                    break;
                }

                if (c == sep.Element)
                {
                    components.Add(component.ToString());
                    component.Clear();
                    elements.Add(components);
                    components = [];
                }
                else if (c == sep.Component)
                {
                    components.Add(component.ToString());
                    component.Clear();
                }
                else if (c is '\r' or '\n')
                {
                    lineBreaks = true;
                }
                else
                {
                    component.Append(c);
                }
            }

            components.Add(component.ToString());
            elements.Add(components);
            var rawTag = elements[0][0].Trim();
            var tag = rawTag.ToUpperInvariant();
            if (lineBreaks)
            {
                notes.Add($"segment {number} ({tag}): line break inside the segment removed");
            }

            if (!terminated)
            {
                notes.Add($"segment {number} ({tag}): no segment terminator at the end of the input");
            }

            if (rawTag != tag)
            {
                notes.Add($"segment {number} ({tag}): tag written in lower case");
            }

            if (tag == "UNB" && elements.Count > 1)
            {
                syntaxId = elements[1][0].Trim().ToUpperInvariant();
            }

            if (OutsideCharacterSet(syntaxId, elements) is { } bad)
            {
                notes.Add($"segment {number} ({tag}): character '{bad}' (U+{(int)bad:X4}) is outside the declared character set {syntaxId}");
            }

            segments.Add(new EdifactSegment(number, tag, elements.Skip(1).ToList(), notes));
        }

        return (-1, null);
    }

    /// <summary>The first character not allowed by the syntax identifier (UNOA, UNOB, UNOC; others are not checked).</summary>
    private static char? OutsideCharacterSet(string syntaxId, List<IReadOnlyList<string>> elements)
    {
        Func<char, bool>? allowed = syntaxId switch
        {
            "UNOA" => c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') || " .,-()/='+:?!\"%&*;<>".Contains(c, StringComparison.Ordinal),
            "UNOB" => c => c is >= ' ' and <= '~',
            "UNOC" => c => c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\u00FF'),
            _ => null,
        };
        if (allowed is null)
        {
            return null;
        }

        foreach (var element in elements)
        {
            foreach (var value in element)
            {
                foreach (var c in value)
                {
                    if (!allowed(c))
                    {
                        return c;
                    }
                }
            }
        }

        return null;
    }

    private sealed class TokenizerState
    {
        public bool StrayWhitespace { get; set; }
    }

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 20 ? oneLine : oneLine[..20] + "…";
    }
}
