using BorderScreening.Application.Security;
using BorderScreening.Domain.Indicators;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Catalogues;

namespace BorderScreening.Cli.Tests.Commands;

/// <summary><c>screening catalogue …</c> against a running local host over HTTP: exit codes and the host's state.</summary>
public sealed class CatalogueCommandTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostServer.StartAsync();
        _folder = Directory.CreateTempSubdirectory("catalogue-cli").FullName;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string Token(params string[] roles) => _host.Tokens.Issue("cli-rules-owner", roles, TimeSpan.FromHours(1));

    private Task<int> RunAsync(string token, params string[] args) =>
        CliApp.Create().RunAsync([.. args, "--host", _host.BaseAddress.ToString().TrimEnd('/'), "--token", token]);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task CatalogueCommands_UploadBacktestActivateRollback_ChangeTheCatalogueInService()
    {
        var owner = Token(AppRoles.RulesManage);
        var file = Write("candidate.json", CandidateCatalogues.MinorWeight("2026.12.5", 6.0));
        var holder = _host.Get<IndicatorCatalogueHolder>();

        var upload = await RunAsync(owner, "catalogue", "upload", file);
        var list = await RunAsync(owner, "catalogue", "list");
        var backtest = await RunAsync(owner, "catalogue", "backtest", "2026.12.5", "--records", "500");
        var activate = await RunAsync(owner, "catalogue", "activate", "2026.12.5", "--reason", "CLI test");
        var activeAfterActivate = holder.Current.Version;
        var rollback = await RunAsync(owner, "catalogue", "rollback", "--reason", "CLI test done");

        Assert.Equal([0, 0, 0, 0, 0], new[] { upload, list, backtest, activate, rollback });
        Assert.Equal("2026.12.5", activeAfterActivate);
        Assert.Equal(CandidateCatalogues.ShippedVersion, holder.Current.Version);
    }

    [Fact]
    public async Task CatalogueUpload_InvalidFile_Exits2_AndWrongRole_Exits1()
    {
        var invalid = Write("invalid.json", CandidateCatalogues.With("2026.12.6", CandidateCatalogues.MinorUnaccompanied, i => i["weight"] = 99));

        var rejected = await RunAsync(Token(AppRoles.RulesManage), "catalogue", "upload", invalid);
        var forbidden = await RunAsync(Token(AppRoles.ReviewSupervisor), "catalogue", "activate", CandidateCatalogues.ShippedVersion, "--reason", "x");

        Assert.Equal(2, rejected);
        Assert.Equal(1, forbidden);
        Assert.Equal(CandidateCatalogues.ShippedVersion, _host.Get<IndicatorCatalogueHolder>().Current.Version);
    }
}
