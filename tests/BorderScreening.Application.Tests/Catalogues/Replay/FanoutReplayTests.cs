using System.Text;
using Azure.Storage.Queues;
using BorderScreening.Adapters.Queues;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Catalogues.Replay;
using BorderScreening.Application.Catalogues.Replay.Fanout;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;
using BorderScreening.TestSupport.Catalogues;
using Microsoft.Extensions.Options;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Application.Tests.Catalogues.Replay;

/// <summary>
/// Replays fanned out over workers, on Azurite (real queue, real blobs): the slices' sum is the report
/// one process writes, a slice run twice counts once, and bad starts are refused with the field named.
/// </summary>
public sealed class FanoutReplayTests : IAsyncLifetime
{
    private const string Candidate = "2026.12.78";
    private static readonly DateOnly Day = new(2026, 12, 1);
    private ScreeningServices _services = null!;

    // Slices of 3 parts: one jurisdiction over two days is 16 parts, so 6 slices.
    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync(settings: new Dictionary<string, string?>
    {
        ["ReplayFanout:PartsPerSlice"] = "3",
    });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private FanoutReplayService Fanout => _services.Get<FanoutReplayService>();

    private async Task SeedAsync()
    {
        var owner = new Actor("owner", "Rules.Manage", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction>());
        var candidate = CandidateCatalogues.With(Candidate, CandidateCatalogues.MinorUnaccompanied, i => i["status"] = "shadow");
        var stored = await _services.Get<CatalogueGovernance>().UploadAsync(owner, Encoding.UTF8.GetBytes(candidate), _services.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal(CatalogueOutcomeStatus.Created, stored.Status);
        var screening = _services.Get<ScreeningService>();
        for (var i = 0; i < 12; i++)
        {
            var record = i % 3 == 0
                ? TestRecords.Traveller($"fanout-minor-{i}") with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false }
                : TestRecords.Traveller($"fanout-adult-{i}");
            if (i % 4 == 1)
            {
                record = record with { Jurisdiction = Jurisdiction.AW };
            }

            await screening.ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
        }
    }

    private async Task RunAllAsync()
    {
        while (await Fanout.WorkAsync(4, CancellationToken.None) > 0)
        {
        }
    }

    [Fact]
    public async Task Fanout_SumOfTheSlices_IsTheReplayOfOneProcess()
    {
        await SeedAsync();

        // Two jurisdictions over two days: 32 parts in 11 slices, slices mixing both jurisdictions.
        var started = await Fanout.StartAsync(Candidate, Day, Day.AddDays(2), [Jurisdiction.CW, Jurisdiction.AW], CancellationToken.None);
        var job = started.Value!;
        var before = await Fanout.StatusAsync(job.Id, CancellationToken.None);
        await RunAllAsync();
        var status = await Fanout.StatusAsync(job.Id, CancellationToken.None);
        var candidate = await _services.Get<CatalogueGovernance>().CompiledAsync(Candidate, CancellationToken.None);
        var inOneProcess = await _services.Get<HistoryReplay>().RunAsync(
            new ReplayRequest { From = ReplayCombination.Start(Day), To = ReplayCombination.Start(Day.AddDays(2)), Jurisdictions = [Jurisdiction.CW, Jurisdiction.AW], Candidate = candidate! },
            null,
            CancellationToken.None);

        Assert.Equal(CatalogueOutcomeStatus.Ok, started.Status);
        Assert.Equal((32, 11), (job.Parts, job.Slices));
        Assert.Equal(("running", 0), (before!.State, before.SlicesDone));
        Assert.Equal(("done", 11), (status!.State, status.SlicesDone));
        var report = status.Report!;
        Assert.Equal(12, report.Backtest.Records);
        Assert.Equal([(Jurisdiction.AW, 3), (Jurisdiction.CW, 9)], report.Backtest.Jurisdictions.Select(j => (j.Jurisdiction, j.Records)));
        Assert.Equal(4, report.Backtest.InService.ForcedReviews);
        Assert.Equal(0, report.Backtest.Candidate.ForcedReviews);
        Assert.Equal(32, report.Parts);
        Assert.Equivalent(inOneProcess.Backtest, report.Backtest, strict: true);
        Assert.Equal((inOneProcess.HitsWhenScreened, inOneProcess.Referred, inOneProcess.Cleared), (report.HitsWhenScreened, report.Referred, report.Cleared));
        Assert.Contains(Candidate, report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fanout_ASliceRunTwice_CountsOnce()
    {
        await SeedAsync();
        var job = (await Fanout.StartAsync(Candidate, Day, Day.AddDays(2), [Jurisdiction.CW], CancellationToken.None)).Value!;
        await RunAllAsync();

        // A redelivered message: the slice runs again, and keeps its first counts.
        var again = await Fanout.RunSliceAsync(new ReplaySliceMessage(job.Id, 0), attempt: 2, CancellationToken.None);
        var status = await Fanout.StatusAsync(job.Id, CancellationToken.None);

        Assert.False(again);
        Assert.Equal(9, status!.Report!.Backtest.Records);
    }

    [Fact]
    public async Task Start_NothingStored_UnknownVersionOrWrongPeriod_IsRefused()
    {
        await SeedAsync();

        var empty = await Fanout.StartAsync(Candidate, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 8), [], CancellationToken.None);
        var unknown = await Fanout.StartAsync("2026.12.99", Day, Day.AddDays(1), [], CancellationToken.None);
        var backwards = await Fanout.StartAsync(Candidate, Day, Day.AddDays(-1), [], CancellationToken.None);
        var tooLong = await Fanout.StartAsync(Candidate, Day, Day.AddDays(401), [], CancellationToken.None);

        Assert.Equal((CatalogueOutcomeStatus.Invalid, "from"), (empty.Status, Assert.Single(empty.Errors).Path));
        Assert.Equal(CatalogueOutcomeStatus.NotFound, unknown.Status);
        Assert.Equal((CatalogueOutcomeStatus.Invalid, "to"), (backwards.Status, Assert.Single(backwards.Errors).Path));
        Assert.Equal(CatalogueOutcomeStatus.Invalid, tooLong.Status);
    }

    [Fact]
    public async Task Slice_FailingItsLastAllowedRun_MarksTheJobFailed_EarlierRunsDoNot()
    {
        // A job whose candidate is not stored (as when its catalogue no longer loads): every run throws.
        var job = new ReplayJob
        {
            Id = "rj-00000000000000000fa1",
            CandidateVersion = "2026.12.98",
            InServiceVersion = CandidateCatalogues.ShippedVersion,
            HitThresholds = new Dictionary<string, double>(),
            Jurisdictions = [Jurisdiction.CW],
            From = Day,
            To = Day.AddDays(1),
            Parts = 8,
            PartsPerSlice = 3,
            StartedAt = _services.Time.GetUtcNow(),
        };
        await _services.Get<IReplayJobStore>().CreateAsync(job, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Fanout.RunSliceAsync(new ReplaySliceMessage(job.Id, 1), attempt: 4, CancellationToken.None));
        var afterFourth = await Fanout.StatusAsync(job.Id, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Fanout.RunSliceAsync(new ReplaySliceMessage(job.Id, 1), attempt: 5, CancellationToken.None));
        var afterFifth = await Fanout.StatusAsync(job.Id, CancellationToken.None);

        Assert.Equal(("running", 0), (afterFourth!.State, afterFourth.SlicesFailed.Count));
        Assert.Equal("failed", afterFifth!.State);
        Assert.Equal([1], afterFifth.SlicesFailed);
    }

    [Theory]
    [InlineData("rj-0123456789abcdef0123")]
    [InlineData("../job.json")]
    [InlineData("rj-ZZ")]
    public async Task Status_NoSuchJob_IsNull(string jobId) =>
        Assert.Null(await Fanout.StatusAsync(jobId, CancellationToken.None));

    [Fact]
    public async Task Take_AMessageThatIsNoSlice_IsRemovedNotRetriedForever()
    {
        var queue = _services.Get<QueueServiceClient>().GetQueueClient(_services.Get<IOptions<StorageOptions>>().Value.LowerCasePrefix + StorageQueueReplaySliceQueue.QueueName);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync("not base64 at all!");
        await queue.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"slice\":1}")));

        var taken = await _services.Get<IReplaySliceQueue>().TakeAsync(10, TimeSpan.FromSeconds(1), CancellationToken.None);
        await Task.Delay(1_500);
        var left = await queue.PeekMessagesAsync(10);

        Assert.Empty(taken);
        Assert.Empty(left.Value);
    }
}
