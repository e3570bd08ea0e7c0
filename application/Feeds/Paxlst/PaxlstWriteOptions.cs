namespace BorderScreening.Application.Feeds.Paxlst;

/// <summary>Envelope values for a PAXLST written by <see cref="PaxlstWriter"/>.</summary>
public sealed record PaxlstWriteOptions
{
    /// <summary>Interchange control reference (UNB/UNZ).</summary>
    public string InterchangeReference { get; init; } = "1";

    /// <summary>Sender identification (UNB).</summary>
    public string Sender { get; init; } = "BORDERSCREENING";

    /// <summary>Recipient identification (UNB).</summary>
    public string Recipient { get; init; } = "APIS";

    /// <summary>Preparation time written in UNB (UTC).</summary>
    public DateTimeOffset Prepared { get; init; }

    /// <summary>Writes each segment on its own line (readable; tolerated by every reader we know).</summary>
    public bool SegmentsOnNewLines { get; init; } = true;

    /// <summary>The separators to write with; a UNA is always written.</summary>
    public ServiceStringAdvice Separators { get; init; } = ServiceStringAdvice.Default;
}
