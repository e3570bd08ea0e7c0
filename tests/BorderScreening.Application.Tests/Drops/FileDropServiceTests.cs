using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Adapters.Blobs;
using BorderScreening.Application.Drops;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Drops;

public sealed class FileDropServiceTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task DropAsync(Jurisdiction jurisdiction, string name, string content)
    {
        var container = _services.Get<BlobDropStore>().Container(jurisdiction);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(content));
    }

    private static string JsonLines(params ScreeningRecord[] records) =>
        string.Join('\n', records.Select(r => JsonSerializer.Serialize(r, ScreeningJson.Options)));

    [Fact]
    public async Task Process_TriggerFiresTwiceAtOnce_ProcessesOnceAndWritesOneResult()
    {
        await DropAsync(Jurisdiction.CW, "batch-1.jsonl", JsonLines(TestRecords.Traveller("d1"), TestRecords.Traveller("d2")));
        var drops = _services.Get<FileDropService>();

        var outcomes = await Task.WhenAll(
            drops.ProcessAsync(Jurisdiction.CW, "batch-1.jsonl", CancellationToken.None),
            drops.ProcessAsync(Jurisdiction.CW, "batch-1.jsonl", CancellationToken.None));
        var third = await drops.ProcessAsync(Jurisdiction.CW, "batch-1.jsonl", CancellationToken.None);

        Assert.Equal(1, outcomes.Count(o => o == FileDropService.DropOutcome.Processed));
        Assert.Equal(FileDropService.DropOutcome.Skipped, third);
        var result = await _services.Get<BlobDropStore>().Container(Jurisdiction.CW).GetBlobClient("batch-1.jsonl" + DropFiles.ResultSuffix).DownloadContentAsync();
        var report = JsonNode.Parse(result.Value.Content.ToString())!;
        Assert.Equal(2, report["accepted"]!.GetValue<int>());
        Assert.All(report["results"]!.AsArray(), r => Assert.Equal("screened", r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Process_RecordOfAnotherJurisdictionInTheContainer_IsRejected()
    {
        await DropAsync(Jurisdiction.AW, "mixed.jsonl", JsonLines(TestRecords.Traveller("m1", Jurisdiction.AW), TestRecords.Traveller("m2", Jurisdiction.CW)));
        var drops = _services.Get<FileDropService>();

        await drops.ProcessAsync(Jurisdiction.AW, "mixed.jsonl", CancellationToken.None);

        var result = await _services.Get<BlobDropStore>().Container(Jurisdiction.AW).GetBlobClient("mixed.jsonl" + DropFiles.ResultSuffix).DownloadContentAsync();
        var report = JsonNode.Parse(result.Value.Content.ToString())!;
        Assert.Equal(1, report["accepted"]!.GetValue<int>());
        Assert.Equal(1, report["rejected"]!.GetValue<int>());
    }

    [Fact]
    public async Task Process_CsvWithARecordOfAnotherJurisdiction_RefusesThatRecordOnly()
    {
        // CSV and PAXLST carry their own jurisdiction per record: the folder's must still hold for each.
        await DropAsync(Jurisdiction.CW, "permits.csv", "applicationId,jurisdiction,applicant.surname,birthDate,employer.name\nA1,CW,DOE,1980-01-01,ACME\nA2,AW,ROE,1981-01-01,ACME\n");

        await _services.Get<FileDropService>().ProcessAsync(Jurisdiction.CW, "permits.csv", CancellationToken.None);

        var result = await _services.Get<BlobDropStore>().Container(Jurisdiction.CW).GetBlobClient("permits.csv" + DropFiles.ResultSuffix).DownloadContentAsync();
        var report = JsonNode.Parse(result.Value.Content.ToString())!;
        Assert.Equal((1, 1), (report["accepted"]!.GetValue<int>(), report["rejected"]!.GetValue<int>()));
        var refused = report["results"]!.AsArray().Single(r => r!["status"]!.GetValue<string>() == "forbidden")!;
        Assert.Equal(1, refused["index"]!.GetValue<int>());
        Assert.Null(refused["assessmentId"]);
    }

    [Fact]
    public async Task ProcessPending_PaxlstAndUnknownFile_ProcessesBothAndReportsTheUnknownType()
    {
        var paxlst = new BorderScreening.Application.Feeds.Paxlst.PaxlstWriter().Write([TestRecords.Traveller("p1", Jurisdiction.SX) with
        {
            Legs = [new FlightLeg { DepartureAirport = "MIA", ArrivalAirport = "SXM", ScheduledDeparture = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), ScheduledArrival = new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero) }],
        }], new BorderScreening.Application.Feeds.Paxlst.PaxlstWriteOptions());
        await DropAsync(Jurisdiction.SX, "flight.edi", paxlst);
        await DropAsync(Jurisdiction.SX, "notes.docx", "not a feed");

        var processed = await _services.Get<FileDropService>().ProcessPendingAsync(CancellationToken.None);
        var again = await _services.Get<FileDropService>().ProcessPendingAsync(CancellationToken.None);

        Assert.Equal(2, processed);
        Assert.Equal(0, again);
        var report = (await _services.Get<BlobDropStore>().Container(Jurisdiction.SX).GetBlobClient("notes.docx" + DropFiles.ResultSuffix).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("unknown file type", report, StringComparison.Ordinal);
    }
}
