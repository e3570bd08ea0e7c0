using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.Security;

/// <summary>One local host shared by the tests of a class (theories over every route would otherwise start one per row).</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    /// <summary>The running host.</summary>
    public LocalHostServer Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
