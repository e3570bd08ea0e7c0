namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// The separators of an EDIFACT interchange, as declared in the UNA service string advice
/// (ISO 9735): component, element, decimal mark, release character, repetition, segment terminator.
/// </summary>
public sealed record ServiceStringAdvice(char Component, char Element, char Decimal, char Release, char Repetition, char Terminator)
{
    /// <summary>The defaults that apply when no UNA is sent: <c>:+.? '</c>.</summary>
    public static ServiceStringAdvice Default { get; } = new(':', '+', '.', '?', ' ', '\'');

    /// <summary>Whether these are the default separators.</summary>
    public bool IsDefault => this == Default;

    /// <summary>The six characters as they follow "UNA".</summary>
    public override string ToString() => new([Component, Element, Decimal, Release, Repetition, Terminator]);

    /// <summary>
    /// Reads the six characters after "UNA". Fails when a separator is a letter, a digit, a line
    /// break, or when the component, element, release and terminator characters are not distinct.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> sixChars, out ServiceStringAdvice advice)
    {
        advice = Default;
        if (sixChars.Length < 6)
        {
            return false;
        }

        var candidate = new ServiceStringAdvice(sixChars[0], sixChars[1], sixChars[2], sixChars[3], sixChars[4], sixChars[5]);
        char[] structural = [candidate.Component, candidate.Element, candidate.Release, candidate.Terminator];
        foreach (var c in structural)
        {
            if (char.IsLetterOrDigit(c) || c is '\r' or '\n' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        if (structural.Distinct().Count() != structural.Length)
        {
            return false;
        }

        advice = candidate;
        return true;
    }

    /// <summary>Whether <paramref name="c"/> must be preceded by the release character when written.</summary>
    public bool NeedsRelease(char c) => c == Component || c == Element || c == Release || c == Terminator;
}
