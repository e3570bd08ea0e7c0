namespace BorderScreening.TestSupport;

/// <summary>
/// Bounded waiting for something real to happen (a queue message to expire, a background job to run):
/// checks every <c>interval</c> until the condition holds, and fails the test with a description of
/// what never happened once <c>timeout</c> has passed. Never a bare sleep.
/// </summary>
public static class Poll
{
    /// <summary>Waits until <paramref name="condition"/> holds, at most <paramref name="timeout"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string description, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s, but {description} did not happen.");
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(250));
        }
    }
}
