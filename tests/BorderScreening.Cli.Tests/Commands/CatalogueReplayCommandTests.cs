using System.Net;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Catalogues;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Cli.Tests.Commands;

/// <summary>
/// <c>screening catalogue replay</c> against a running local host: it starts a fanned-out replay and
/// follows it (progress bar) until the host's worker has run every slice; exit codes for bad input and roles.
/// </summary>
[Collection(LiveConsoleCollection.Name)]
public sealed class CatalogueReplayCommandTests : IAsyncLifetime
{
    private const string Candidate = "2026.12.43";
    private LocalHostServer _host = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostServer.StartAsync(settings: new Dictionary<string, string?> { ["ReplayFanout:PartsPerSlice"] = "2" });
        using var owner = _host.CreateClient("cli-replay-owner", [AppRoles.RulesManage]);
        using var upload = await owner.PostAsync("/api/catalogues", new StringContent(
            CandidateCatalogues.With(Candidate, CandidateCatalogues.MinorUnaccompanied, i => i["status"] = "shadow"), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        using var screened = await _host.CreateFeedClient().PostAsync("/api/screenings", new StringContent(
            JsonSerializer.Serialize(new ScreeningRecord[] { TestRecords.Traveller("cli-replay-1"), TestRecords.Traveller("cli-replay-2") }, ScreeningJson.Options),
            Encoding.UTF8,
            "application/json"));
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<int> RunAsync(string[] roles, params string[] args) =>
        CliApp.Create().RunAsync([.. args, "--host", _host.BaseAddress.ToString().TrimEnd('/'), "--token", _host.Tokens.Issue("cli-replay", roles, TimeSpan.FromHours(1))]);

    [Fact]
    public async Task Replay_FollowsTheJobUntilEverySliceIsDone()
    {
        var exit = await RunAsync([AppRoles.RulesManage], "catalogue", "replay", Candidate, "--from", "2026-12-01", "--to", "2026-12-02", "-j", "CW", "--timeout-minutes", "2");

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Replay_BadPeriodExits2_WrongRoleExits1_UnparsableDateIsRefusedBeforeCalling()
    {
        var backwards = await RunAsync([AppRoles.RulesManage], "catalogue", "replay", Candidate, "--from", "2026-12-02", "--to", "2026-12-01");
        var reviewer = await RunAsync(["Review.CW"], "catalogue", "replay", Candidate, "--from", "2026-12-01", "--to", "2026-12-02");
        var unparsable = await RunAsync([AppRoles.RulesManage], "catalogue", "replay", Candidate, "--from", "1 Dec", "--to", "2026-12-02");

        Assert.Equal(2, backwards);
        Assert.Equal(1, reviewer);
        Assert.NotEqual(0, unparsable);
    }
}
