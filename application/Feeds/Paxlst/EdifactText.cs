using System.Text;

namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>
/// Writes EDIFACT text for the writers of every message type: the UNA, then segments with their
/// separators and release characters, counting the segments of the message being written.
/// </summary>
internal sealed class EdifactText
{
    private readonly StringBuilder _text = new();
    private readonly ServiceStringAdvice _sep;
    private readonly string _newline;

    public EdifactText(ServiceStringAdvice separators, bool segmentsOnNewLines)
    {
        _sep = separators;
        _newline = segmentsOnNewLines ? "\n" : "";
        _text.Append("UNA").Append(_sep.ToString()).Append(_newline);
    }

    /// <summary>Segments written since the last <see cref="StartMessage"/>.</summary>
    public int SegmentsInMessage { get; private set; }

    /// <summary>Starts counting the segments of a new message.</summary>
    public void StartMessage() => SegmentsInMessage = 0;

    /// <summary>One segment: its tag, then each element's components.</summary>
    public void Segment(string tag, params string?[][] elements)
    {
        _text.Append(tag);
        foreach (var element in elements)
        {
            _text.Append(_sep.Element);
            for (var c = 0; c < element.Length; c++)
            {
                if (c > 0)
                {
                    _text.Append(_sep.Component);
                }

                foreach (var ch in element[c] ?? "")
                {
                    if (_sep.NeedsRelease(ch))
                    {
                        _text.Append(_sep.Release);
                    }

                    _text.Append(ch);
                }
            }
        }

        _text.Append(_sep.Terminator).Append(_newline);
        SegmentsInMessage++;
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
