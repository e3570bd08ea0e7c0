using BorderScreening.LocalHost;

namespace BorderScreening.TestSupport;

/// <summary>
/// One Azurite per test run (per test assembly), on free loopback ports, in memory, stopped when the
/// test process exits. Tests never share state: each takes its own <see cref="UniquePrefix"/> for
/// table and queue names.
/// </summary>
public static class SharedAzurite
{
    private static readonly Lazy<Task<AzuriteProcess>> Instance = new(StartAsync);

    /// <summary>The running emulator.</summary>
    public static Task<AzuriteProcess> GetAsync() => Instance.Value;

    /// <summary>A fresh name prefix (letters and digits, starts with a letter).</summary>
    public static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync(RepositoryRoot.Find(), dataFolder: null);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return azurite;
    }
}
