using System.Text;
using BorderScreening.Adapters.Blobs;
using BorderScreening.Application.Drops;
using BorderScreening.Application.Retention;
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
    public void Composition_RegistersTheBlobAdapter()
    {
        Assert.Same(Store, _services.Get<IDropStore>());
        Assert.Same(Store, _services.Get<IDropRetentionStore>());
    }

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

    [Fact]
    public async Task CleanUp_ScreenedFilePastItsPeriod_IsDeletedAndItsResultStaysUntilItsOwn()
    {
        await DropAsync(Jurisdiction.AW, "answered.jsonl", "{\"surname\":\"SECRET\"}");
        await DropAsync(Jurisdiction.AW, "stuck.jsonl", "{}");
        Assert.True(await Store.TryWriteResultAsync(Jurisdiction.AW, "answered.jsonl", "{}", CancellationToken.None));
        // Blob times come from the storage service's clock, not the test's fake one.
        var now = TimeProvider.System.GetUtcNow();

        var tooEarly = await Store.CleanUpAsync(Jurisdiction.AW, now.AddMinutes(-5), now.AddMinutes(-5), CancellationToken.None);
        var filesDue = await Store.CleanUpAsync(Jurisdiction.AW, now.AddMinutes(5), now.AddMinutes(-5), CancellationToken.None);
        var answeredStill = await Store.HasResultAsync(Jurisdiction.AW, "answered.jsonl", CancellationToken.None);
        var unanswered = await Store.ListUnansweredAsync(Jurisdiction.AW, CancellationToken.None);
        var resultsDue = await Store.CleanUpAsync(Jurisdiction.AW, now.AddMinutes(5), now.AddMinutes(5), CancellationToken.None);

        Assert.Equal(new DropCleanup(0, 0, 0), tooEarly);
        Assert.Equal(new DropCleanup(1, 0, 1), filesDue);
        // The result outlives the file, so the name is not screened again.
        Assert.True(answeredStill);
        Assert.Equal(["stuck.jsonl"], unanswered);
        Assert.Equal(new DropCleanup(0, 1, 1), resultsDue);
        var left = new List<string>();
        await foreach (var blob in Store.Container(Jurisdiction.AW).GetBlobsAsync())
        {
            left.Add(blob.Name);
        }

        // A file nobody screened is reported, never deleted.
        Assert.Equal(["stuck.jsonl"], left);
    }

    [Fact]
    public async Task CleanUp_FolderNeverCreated_DoesNothing() =>
        Assert.Equal(new DropCleanup(0, 0, 0), await Store.CleanUpAsync(Jurisdiction.BQ_SA, DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, CancellationToken.None));
}
