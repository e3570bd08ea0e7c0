using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

/// <summary>
/// One local host for the hostile-input suite: the feed rate limit raised so a thousand requests do
/// not run into it, and the feed body limit lowered so "over the limit" stays a small request.
/// </summary>
public sealed class HostileInputFixture : IAsyncLifetime
{
    /// <summary>The feeds' body limit in this host.</summary>
    public const int FeedBodyLimit = 256 * 1024;

    /// <summary>The running host.</summary>
    public LocalHostServer Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LocalHostServer.StartAsync(new Dictionary<string, string?>
    {
        ["Security:FeedRequestsPerMinute"] = "1000000",
        ["Feeds:Limits:MaxBodyBytes"] = FeedBodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
