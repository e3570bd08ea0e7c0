namespace BorderScreening.Application.Signals;

/// <summary>One send of a signal waiting in the signal outbox: the first send, or a supervisor's re-send.</summary>
/// <param name="Signal">The signal to deliver.</param>
/// <param name="Resend">0 for the first send, then 1, 2, … per re-send.</param>
/// <param name="Attempts">Failed delivery attempts so far.</param>
/// <param name="Version">The entry's version as read, so of two relays exactly one takes it.</param>
public sealed record SignalSend(ThemeSignal Signal, int Resend, int Attempts, string Version);
