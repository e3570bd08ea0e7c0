namespace BorderScreening.Application.Signals;

/// <summary>The named partner a signal is addressed to (format 1.1; absent in 1.0 signals).</summary>
/// <param name="Id">The partner's id in the sending jurisdiction.</param>
/// <param name="Name">The partner's name as the jurisdiction configures it.</param>
public sealed record SignalRecipient(string Id, string Name);
