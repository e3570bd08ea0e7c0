namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// One EDIFACT segment after un-escaping: its tag, its data elements (each a list of components)
/// and its 1-based position in the interchange, which every warning and error names.
/// </summary>
/// <param name="Number">1-based position of the segment in the interchange (UNA not counted).</param>
/// <param name="Tag">The segment tag, upper case ("NAD").</param>
/// <param name="Elements">The data elements after the tag; each holds its components.</param>
/// <param name="Notes">Deviations the lexer tolerated in this segment (line breaks, lower-case tag, characters outside the character set).</param>
internal sealed record EdifactSegment(int Number, string Tag, IReadOnlyList<IReadOnlyList<string>> Elements, IReadOnlyList<string> Notes)
{
    /// <summary>
    /// The component <paramref name="component"/> (0-based) of data element <paramref name="element"/>
    /// (1-based, the first element after the tag), trimmed; empty when absent.
    /// </summary>
    public string Value(int element, int component = 0)
    {
        if (element < 1 || element > Elements.Count)
        {
            return "";
        }

        var components = Elements[element - 1];
        return component >= 0 && component < components.Count ? components[component].Trim() : "";
    }

    /// <summary>All components of data element <paramref name="element"/> (1-based); empty when absent.</summary>
    public IReadOnlyList<string> Components(int element) =>
        element >= 1 && element <= Elements.Count ? Elements[element - 1] : [];

    /// <summary>"segment 12 (NAD)", for messages.</summary>
    public string Where => $"segment {Number} ({Tag})";
}
