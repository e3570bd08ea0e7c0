using BorderScreening.Adapters.Keys;
using BorderScreening.Domain.Records;
using BorderScreening.Infra.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace BorderScreening.Infra.Tests.Modules;

/// <summary>The key ids the Function App is given: one key per jurisdiction, each rotating on its own.</summary>
[Collection(BicepCollection.Name)]
public sealed class PseudonymisationKeyTests(BicepBuildFixture fixture)
{
    private static readonly string[] SettingCodes = ["AW", "CW", "SX", "BQ_BO", "BQ_SE", "BQ_SA"];

    private Dictionary<string, string> AppSettings(IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var site = Assert.Single(fixture.Deploy("dev", overrides), r => r.IsType("Microsoft.Web/sites") && !r.Existing);
        return ((IEnumerable<object?>)site.Get("properties.siteConfig.appSettings")!)
            .Cast<IDictionary<string, object?>>()
            // Values only Azure knows (endpoints of resources not yet created) are left out.
            .Where(s => s["value"] is string)
            .ToDictionary(s => (string)s["name"]!, s => (string)s["value"]!, StringComparer.Ordinal);
    }

    // What the app binds from those settings, read the way the Functions host reads them ("__" is ":").
    private static PrivacyOptions Bound(Dictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build();
        return configuration.GetSection(PrivacyOptions.SectionName).Get<PrivacyOptions>()!;
    }

    private static Dictionary<string, object?> Rotation(string jurisdiction, string current, string previous) => new()
    {
        ["pseudonymisationCurrentKeyIds"] = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { [jurisdiction] = current },
        ["pseudonymisationPreviousKeys"] = new List<object?>
        {
            new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["jurisdiction"] = jurisdiction, ["keyId"] = previous },
        },
    };

    [Fact]
    public void AppSettings_Default_NameKeyV1ForEachOfTheSixJurisdictionsAndNoPreviousKey()
    {
        var settings = AppSettings();

        Assert.All(SettingCodes, code => Assert.Equal("v1", settings[$"Privacy__Jurisdictions__{code}__CurrentKeyId"]));
        Assert.DoesNotContain(settings.Keys, k => k.Contains("PreviousKeyIds", StringComparison.Ordinal));
        var bound = Bound(settings);
        Assert.True(bound.IsValid);
        Assert.All(JurisdictionCodes.All, j => Assert.Equal("v1", bound.For(j).CurrentKeyId));
    }

    [Fact]
    public void AppSettings_RotatingBonaire_ChangeOnlyBonairesKeysAndBindToItsWindow()
    {
        var before = AppSettings();

        var after = AppSettings(Rotation("bq-bo", "v2", "v1"));

        Assert.Equal("v2", after["Privacy__Jurisdictions__BQ_BO__CurrentKeyId"]);
        Assert.Equal("v1", after["Privacy__Jurisdictions__BQ_BO__PreviousKeyIds__v1"]);
        var changed = after.Where(s => !before.TryGetValue(s.Key, out var old) || old != s.Value).Select(s => s.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["Privacy__Jurisdictions__BQ_BO__CurrentKeyId", "Privacy__Jurisdictions__BQ_BO__PreviousKeyIds__v1"], changed);
        var bound = Bound(after);
        Assert.True(bound.IsValid);
        Assert.Equal("v2", bound.For(Jurisdiction.BQ_BO).CurrentKeyId);
        Assert.Equal(["v1"], bound.For(Jurisdiction.BQ_BO).PreviousKeyIds);
        Assert.All(JurisdictionCodes.All.Where(j => j != Jurisdiction.BQ_BO), j => Assert.Empty(bound.For(j).PreviousKeyIds));
    }

    [Fact]
    public void AppSettings_UpgradeFromTheSharedKey_ListItAsEveryJurisdictionsPreviousKey()
    {
        var settings = AppSettings(new Dictionary<string, object?> { ["pseudonymisationSharedPreviousKeyIds"] = new List<object?> { "v1" } });

        Assert.Equal(["v1"], Bound(settings).SharedPreviousKeyIds);
    }
}
