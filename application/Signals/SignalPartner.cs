namespace BorderScreening.Application.Signals;

/// <summary>
/// A partner organisation of one jurisdiction that receives signals: the country names it, the
/// reviewer picks it by <see cref="Id"/> when deciding.
/// </summary>
public sealed record SignalPartner
{
    /// <summary>Stable id within the jurisdiction ("police", "theme-register"): lower-case letters, digits and '-'.</summary>
    public string Id { get; init; } = "";

    /// <summary>The partner's name as the country gives it (shown on the page and in the signal).</summary>
    public string Name { get; init; } = "";

    /// <summary>What kind of partner it is: decides which referral outcome it is the default of.</summary>
    public SignalDestination Kind { get; init; }
}
