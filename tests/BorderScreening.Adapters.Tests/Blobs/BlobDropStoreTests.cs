using System.Text;
using BorderScreening.Adapters.Blobs;
using BorderScreening.Application.Drops;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Adapters.Tests.Blobs;

/// <summary>The drop-folder port on real Blob Storage (Azurite): one reader per file, one result per file.</summary>
public sealed class BlobDropStoreTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private BlobDropStore Store => _services.Get<BlobDropStore>();

    private async Task DropAsync(Jurisdiction jurisdiction, string name, string content, string? sourceSystem = null)
    {
        await Store.EnsureCreatedAsync(jurisdiction, CancellationToken.None);
        var blob = Store.Container(jurisdiction).GetBlobClient(name);
        await blob.UploadAsync(BinaryData.FromString(content));
        if (sourceSystem is not null)
        {
            await blob.SetMetadataAsync(new Dictionary<string, string> { ["sourceSystem"] = sourceSystem });
        }
    }

    [Fact]
    public void Composition_RegistersTheBlobAdapter() =>
        Assert.Same(Store, _services.Get<IDropStore>());

    [Fact]
    public async Task TryOpen_WhileAnotherWorkerHoldsTheFile_ReturnsNull_AndReleasesOnDispose()
    {
        await DropAsync(Jurisdiction.CW, "held.jsonl", "{}\n", "FEED-7");

        await using (var first = await Store.TryOpenAsync(Jurisdiction.CW, "held.jsonl", TimeSpan.FromSeconds(30), CancellationToken.None))
        {
            Assert.NotNull(first);
            Assert.Equal("FEED-7", first.SourceSystem);
            Assert.Equal(3, first.Length);
            Assert.Equal("{}\n", Encoding.UTF8.GetString(await first.ReadAsync(CancellationToken.None)));
            Assert.Null(await Store.TryOpenAsync(Jurisdiction.CW, "held.jsonl", TimeSpan.FromSeconds(30), CancellationToken.None));
        }

        await using var again = await Store.TryOpenAsync(Jurisdiction.CW, "held.jsonl", TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.NotNull(again);
        Assert.Equal("FEED-7", again.SourceSystem);
    }

    [Fact]
    public async Task TryOpen_OfAMissingFile_ReturnsNull() =>
        Assert.Null(await Store.TryOpenAsync(Jurisdiction.AW, "missing.csv", TimeSpan.FromSeconds(15), CancellationToken.None));

    [Fact]
    public async Task Results_AreWrittenOnce_AndAnsweredFilesLeaveTheList()
    {
        await DropAsync(Jurisdiction.SX, "a.csv", "x");
        await DropAsync(Jurisdiction.SX, "b.csv", "y");

        Assert.True(await Store.TryWriteResultAsync(Jurisdiction.SX, "a.csv", "{\"n\":1}", CancellationToken.None));
        Assert.False(await Store.TryWriteResultAsync(Jurisdiction.SX, "a.csv", "{\"n\":2}", CancellationToken.None));

        Assert.True(await Store.HasResultAsync(Jurisdiction.SX, "a.csv", CancellationToken.None));
        Assert.Equal(["b.csv"], await Store.ListUnansweredAsync(Jurisdiction.SX, CancellationToken.None));
        var result = await Store.Container(Jurisdiction.SX).GetBlobClient("a.csv" + DropFiles.ResultSuffix).DownloadContentAsync();
        Assert.Equal("{\"n\":1}", result.Value.Content.ToString());
    }
}
