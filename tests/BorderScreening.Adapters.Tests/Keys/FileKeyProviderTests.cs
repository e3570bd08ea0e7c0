using BorderScreening.Adapters.Keys;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Adapters.Tests.Keys;

public sealed class FileKeyProviderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-tests", "keys-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private PrivacyOptions Options(Action<PrivacyOptions>? configure = null)
    {
        var options = new PrivacyOptions { KeyFolder = Path.Combine(_folder, "keys"), SharedKeyFile = Path.Combine(_folder, "pseudonymisation.key") };
        configure?.Invoke(options);
        return options;
    }

    private static FileKeyProvider Provider(PrivacyOptions options) => new(Microsoft.Extensions.Options.Options.Create(options));

    [Fact]
    public void Create_FirstStart_WritesOneKeyFilePerJurisdiction()
    {
        var keys = Provider(Options());

        var files = Directory.GetFiles(Path.Combine(_folder, "keys")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

        Assert.Equal(["aw-v1.key", "bq-bo-v1.key", "bq-sa-v1.key", "bq-se-v1.key", "cw-v1.key", "sx-v1.key"], files);
        Assert.All(JurisdictionCodes.All, j => Assert.Equal($"{j.ToCode().ToLowerInvariant()}-v1", keys.Current(j).Id));
        Assert.All(JurisdictionCodes.All, j => Assert.Empty(keys.Previous(j)));
    }

    [Fact]
    public void Create_SecondStart_ReadsTheSameKeys()
    {
        var record = TestRecords.Traveller("file-keys") with { Sponsor = new Party { Id = "SPONSOR-FILE" } };
        var first = new Pseudonymiser(Provider(Options())).Pseudonymise(record);

        var second = new Pseudonymiser(Provider(Options())).Pseudonymise(record);

        Assert.Equal(first.Entities, second.Entities);
    }

    [Fact]
    public void Create_RotatingCuracao_CreatesItsNewKeyKeepsTheOldAsPreviousAndLeavesTheOthers()
    {
        var record = TestRecords.Traveller("file-rot") with { Sponsor = new Party { Id = "SPONSOR-FILE-ROT" } };
        var before = Provider(Options());
        var aw = new Pseudonymiser(before).Pseudonymise(record with { Jurisdiction = Jurisdiction.AW });
        var cw = new Pseudonymiser(before).Pseudonymise(record);
        var awFile = File.ReadAllText(Path.Combine(_folder, "keys", "aw-v1.key"));

        var after = Provider(Options(o => o.Jurisdictions["CW"] = new JurisdictionKeyOptions { CurrentKeyId = "v2", PreviousKeyIds = ["v1"] }));
        var cwAfter = new Pseudonymiser(after).Pseudonymise(record);
        var awAfter = new Pseudonymiser(after).Pseudonymise(record with { Jurisdiction = Jurisdiction.AW });

        Assert.True(File.Exists(Path.Combine(_folder, "keys", "cw-v2.key")));
        Assert.Equal("cw-v2", after.Current(Jurisdiction.CW).Id);
        Assert.Equal(["cw-v1"], after.Previous(Jurisdiction.CW).Select(k => k.Id));
        Assert.Equal([cw.Entities[NetworkEntityType.Sponsor]], cwAfter.PreviousEntities[NetworkEntityType.Sponsor]);
        Assert.Equal(aw.Entities, awAfter.Entities);
        Assert.Empty(after.Previous(Jurisdiction.AW));
        Assert.Equal(awFile, File.ReadAllText(Path.Combine(_folder, "keys", "aw-v1.key")));
    }

    [Fact]
    public void Create_PreviousKeyFileMissing_RefusesToStart()
    {
        var options = Options(o => o.Jurisdictions["SX"] = new JurisdictionKeyOptions { CurrentKeyId = "v3", PreviousKeyIds = ["v2"] });

        var error = Assert.Throws<InvalidOperationException>(() => Provider(options));

        Assert.Contains("previous key v2 of SX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SharedKeyOfAnEarlierVersionListed_IsEveryJurisdictionsPreviousKeyAndMakesNoNewHash()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "pseudonymisation.key"), Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()));

        var keys = Provider(Options(o => o.SharedPreviousKeyIds.Add("v1")));

        Assert.All(JurisdictionCodes.All, j =>
        {
            Assert.Equal("v1", Assert.Single(keys.Previous(j)).Id);
            Assert.False(keys.Current(j).SameMaterialAs(keys.Previous(j)[0]));
        });
    }

    [Fact]
    public void Create_BqBoKeyUnderItsSettingName_IsRead()
    {
        var keys = Provider(Options(o => o.Jurisdictions["BQ_BO"] = new JurisdictionKeyOptions { CurrentKeyId = "v5" }));

        Assert.Equal("bq-bo-v5", keys.Current(Jurisdiction.BQ_BO).Id);
        Assert.True(File.Exists(Path.Combine(_folder, "keys", "bq-bo-v5.key")));
    }

    [Theory]
    [InlineData("XX", "v1")]
    [InlineData("CW", "V1")]
    [InlineData("CW", "v1/../x")]
    [InlineData("CW", "")]
    public void Options_BadJurisdictionOrKeyId_AreInvalid(string jurisdiction, string keyId)
    {
        var options = Options(o => o.Jurisdictions[jurisdiction] = new JurisdictionKeyOptions { CurrentKeyId = keyId });

        Assert.False(options.IsValid);
        Assert.Throws<InvalidOperationException>(() => Provider(options));
    }

    [Fact]
    public void Options_CurrentKeyAlsoListedAsPrevious_AreInvalid()
    {
        var options = Options(o => o.Jurisdictions["AW"] = new JurisdictionKeyOptions { CurrentKeyId = "v2", PreviousKeyIds = ["v2"] });

        Assert.False(options.IsValid);
    }
}
