using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Catalogues;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.LocalHost.Tests.Catalogues;

/// <summary>
/// Changing the rules at run time through the API of a running local host on Azurite: upload (validated),
/// backtest, activate, screen, roll back; who may; what is audited; other instances follow the pointer.
/// </summary>
public sealed class CatalogueGovernanceTests : IAsyncLifetime
{
    private const string Candidate = "2026.12.9";
    private LocalHostServer _host = null!;
    private HttpClient _owner = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostServer.StartAsync();
        _owner = _host.CreateClient("rules-owner-1", [AppRoles.RulesManage]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonNode> ListAsync(HttpClient? client = null)
    {
        using var response = await (client ?? _owner).GetAsync("/api/catalogues");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<HttpResponseMessage> ActivateAsync(string version, string reason = "board decision 2026-12") =>
        await _owner.PostAsJsonAsync($"/api/catalogues/{version}/activate", new { reason });

    /// <summary>Screens an unaccompanied minor (fires TRV-MINOR-UNACCOMPANIED) and returns the stored assessment.</summary>
    private async Task<JsonNode> ScreenMinorAsync(string reference)
    {
        var minor = TestRecords.Traveller(reference) with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        using var response = await _host.CreateFeedClient().PostAsync(
            "/api/screenings", Json(JsonSerializer.Serialize(new ScreeningRecord[] { minor }, ScreeningJson.Options)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]![0]!["assessment"]!;
    }

    private static double MinorWeightFired(JsonNode assessment) =>
        assessment["indicators"]!["fired"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == CandidateCatalogues.MinorUnaccompanied)!["weight"]!.GetValue<double>();

    [Fact]
    public async Task Activate_UploadedCandidateWithChangedWeight_NewAssessmentsCarryItsVersionAndWeight()
    {
        using var upload = await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)));
        using var backtest = await _owner.PostAsync($"/api/catalogues/{Candidate}/backtest?records=2000&seed=7", null);
        var report = JsonNode.Parse(await backtest.Content.ReadAsStringAsync())!;
        var before = await ScreenMinorAsync("gov-before");

        using var activate = await ActivateAsync(Candidate);
        var after = await ScreenMinorAsync("gov-after");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, backtest.StatusCode);
        Assert.Equal(CandidateCatalogues.ShippedVersion, report["report"]!["inServiceVersion"]!.GetValue<string>());
        Assert.Equal(Candidate, report["report"]!["candidateVersion"]!.GetValue<string>());
        Assert.Equal(2000, report["report"]!["records"]!.GetValue<int>());
        Assert.Contains(CandidateCatalogues.MinorUnaccompanied, report["markdown"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, activate.StatusCode);
        Assert.Equal(CandidateCatalogues.ShippedVersion, before["catalogueVersion"]!.GetValue<string>());
        Assert.Equal(4.0, MinorWeightFired(before));
        Assert.Equal(Candidate, after["catalogueVersion"]!.GetValue<string>());
        Assert.Equal(7.5, MinorWeightFired(after));
        var listing = await ListAsync();
        Assert.Equal(Candidate, listing["activeVersion"]!.GetValue<string>());
        Assert.Equal(Candidate, listing["inServiceHere"]!.GetValue<string>());
        Assert.Equal("rules-owner-1", listing["changedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rollback_AfterActivation_PutsThePreviousCatalogueBackInForce()
    {
        (await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)))).EnsureSuccessStatusCode();
        (await ActivateAsync(Candidate)).EnsureSuccessStatusCode();

        using var rollback = await _owner.PostAsJsonAsync("/api/catalogues/rollback", new { reason = "too many hits on school trips" });
        var after = await ScreenMinorAsync("gov-rolled-back");
        using var again = await _owner.PostAsJsonAsync("/api/catalogues/rollback", new { reason = "nothing left" });

        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(CandidateCatalogues.ShippedVersion, after["catalogueVersion"]!.GetValue<string>());
        Assert.Equal(4.0, MinorWeightFired(after));
        Assert.Equal(CandidateCatalogues.ShippedVersion, (await ListAsync())["activeVersion"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    public static TheoryData<string, string> InvalidCandidates => new()
    {
        // A protected attribute as a rule condition.
        { "nationality", CandidateCatalogues.With(Candidate, CandidateCatalogues.MinorUnaccompanied, i => i["condition"] = new JsonObject { ["op"] = "eq", ["field"] = "nationality", ["value"] = "XXA" }) },
        // A field the records do not have.
        { "shoeSize", CandidateCatalogues.With(Candidate, CandidateCatalogues.MinorUnaccompanied, i => i["condition"] = new JsonObject { ["op"] = "eq", ["field"] = "shoeSize", ["value"] = 44 }) },
    };

    [Theory]
    [MemberData(nameof(InvalidCandidates))]
    public async Task Upload_InvalidCandidate_Is400NamingIndicatorAndField_AndNothingChanges(string field, string json)
    {
        using var upload = await _owner.PostAsync("/api/catalogues", Json(json));
        using var activate = await ActivateAsync(Candidate);

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal("application/problem+json", upload.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["indicator"]?.GetValue<string>() == CandidateCatalogues.MinorUnaccompanied
            && e["path"]!.GetValue<string>().Contains("condition", StringComparison.Ordinal)
            && e["message"]!.GetValue<string>().Contains(field, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, activate.StatusCode);
        var listing = await ListAsync();
        Assert.Equal(CandidateCatalogues.ShippedVersion, listing["activeVersion"]!.GetValue<string>());
        Assert.DoesNotContain(listing["candidates"]!.AsArray(), c => c!["version"]!.GetValue<string>() == Candidate);
    }

    [Fact]
    public async Task Upload_SameVersionWithOtherContent_Is409AndTheStoredFileStays()
    {
        (await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)))).EnsureSuccessStatusCode();

        using var same = await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)));
        using var other = await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 2.0)));
        using var shippedVersionChanged = await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(CandidateCatalogues.ShippedVersion, 2.0)));
        (await ActivateAsync(Candidate)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, shippedVersionChanged.StatusCode);
        Assert.Equal(7.5, MinorWeightFired(await ScreenMinorAsync("gov-409")));
    }

    [Fact]
    public async Task Activate_WithoutReason_Is400NamingReason_AndNothingChanges()
    {
        (await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)))).EnsureSuccessStatusCode();

        using var activate = await ActivateAsync(Candidate, reason: "  ");

        Assert.Equal(HttpStatusCode.BadRequest, activate.StatusCode);
        Assert.Contains("reason", await activate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CandidateCatalogues.ShippedVersion, (await ListAsync())["activeVersion"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(AppRoles.ReviewSupervisor)]
    [InlineData(AppRoles.ModelPromote)]
    [InlineData(AppRoles.AuditRead)]
    public async Task UploadAndActivate_WithoutRulesManage_Are403_AndTheActiveVersionStays(string role)
    {
        (await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)))).EnsureSuccessStatusCode();
        var other = _host.CreateClient("not-a-rules-owner", [role]);

        using var upload = await other.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight("2026.12.2", 7.5)));
        using var activate = await other.PostAsJsonAsync($"/api/catalogues/{Candidate}/activate", new { reason = "let me" });
        using var rollback = await other.PostAsJsonAsync("/api/catalogues/rollback", new { reason = "let me" });

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, activate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rollback.StatusCode);
        Assert.Equal(CandidateCatalogues.ShippedVersion, (await ListAsync())["activeVersion"]!.GetValue<string>());
        Assert.Equal(CandidateCatalogues.ShippedVersion, _host.Get<IndicatorCatalogueHolder>().Current.Version);
    }

    [Fact]
    public async Task UploadActivateRollback_AreAuditedWithWhoVersionAndReason()
    {
        (await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)))).EnsureSuccessStatusCode();
        (await ActivateAsync(Candidate, "board decision 17")).EnsureSuccessStatusCode();
        (await _owner.PostAsJsonAsync("/api/catalogues/rollback", new { reason = "hit volume doubled" })).EnsureSuccessStatusCode();

        // Catalogue changes belong to no jurisdiction: any auditor who reaches one jurisdiction sees them.
        using var response = await _host.CreateClient("auditor-aw", [AppRoles.AuditRead], ["AW"]).GetAsync("/api/audit?actor=rules-owner-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(["catalogue.uploaded", "catalogue.activated", "catalogue.rolledback"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal(AppRoles.RulesManage, e!["role"]!.GetValue<string>()));
        Assert.Contains($"version {Candidate}", entries[0]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("board decision 17", entries[1]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains($"version {CandidateCatalogues.ShippedVersion} (was {Candidate})", entries[2]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondInstance_OnTheSameStorage_FollowsTheActivePointer()
    {
        await using var second = await LocalHostServer.StartAsync(new Dictionary<string, string?> { ["Storage:NamePrefix"] = _host.Prefix });
        (await _owner.PostAsync("/api/catalogues", Json(CandidateCatalogues.MinorWeight(Candidate, 7.5)))).EnsureSuccessStatusCode();
        (await ActivateAsync(Candidate)).EnsureSuccessStatusCode();
        var beforeSync = second.Get<IndicatorCatalogueHolder>().Current.Version;

        await second.Get<CatalogueGovernance>().SyncAsync(CancellationToken.None);

        Assert.Equal(CandidateCatalogues.ShippedVersion, beforeSync);
        Assert.Equal(Candidate, second.Get<IndicatorCatalogueHolder>().Current.Version);
        Assert.Equal(Candidate, _host.Get<IndicatorCatalogueHolder>().Current.Version);
    }
}
