namespace BorderScreening.Application.Signals;

/// <summary>A stored signal with the state needed to re-send it.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Resends">How often a supervisor re-sent it.</param>
/// <param name="Version">The stored signal's version as read, so two concurrent re-sends get different numbers.</param>
public sealed record StoredSignal(ThemeSignal Signal, int Resends, string Version);
