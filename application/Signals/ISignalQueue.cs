namespace BorderScreening.Application.Signals;

/// <summary>
/// The outgoing side of the queue port for theme-register signals: one <c>signals-{jurisdiction}</c>
/// queue per jurisdiction, read by the partners' register. Implemented by the same adapters as the
/// hit queues (Service Bus in Azure, Storage Queues locally). Delivery is at least once; the signal id
/// lets receivers drop repeats.
/// </summary>
public interface ISignalQueue
{
    /// <summary>Sends a signal; <paramref name="resend"/> is 0 for the first send and counts re-sends.</summary>
    Task SendSignalAsync(ThemeSignal signal, int resend, CancellationToken cancellationToken);
}
