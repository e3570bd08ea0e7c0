using System.Globalization;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Deadlines;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Telemetry;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using OpenTelemetry.Metrics;
using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Hosting.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class ScreeningTelemetryTests : IAsyncLifetime
{
    private static readonly Actor Reviewer = new("reviewer-cw", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

    private ExportedTelemetry _telemetry = null!;

    public async Task InitializeAsync() => _telemetry = await ExportedTelemetry.CreateAsync();

    // Every test calls _telemetry.Begin() first, so its spans share one trace.

    public async Task DisposeAsync() => await _telemetry.DisposeAsync();

    /// <summary>Two plain travellers, one minor without a guardian (a forced hit), one invalid record.</summary>
    private static ParsedBatch Batch(string prefix) => new(
        [
            ParsedRecord.Valid(0, TestRecords.Traveller(prefix + "-1")),
            ParsedRecord.Valid(1, TestRecords.Traveller(prefix + "-2")),
            ParsedRecord.Valid(2, Minor(prefix + "-3")),
            ParsedRecord.Invalid(3, [new FieldError("birthDate", "is required")], TestRecords.Traveller(prefix + "-4")),
        ],
        []);

    private static TravellerRecord Minor(string reference) =>
        TestRecords.Traveller(reference) with
        {
            Name = new PersonName { Surname = "VERMEULEN", GivenNames = "ANOUK" },
            BirthDate = new DateOnly(2014, 1, 1),
            TravellingWithGuardian = false,
            Document = new TravelDocument { Type = "P", Number = "QZ7654321", IssuingState = "NLD" },
            Contact = new Contact { Phone = "+59995551234", Email = "anouk.v@example.net" },
        };

    private async Task<BatchResult> ScreenAsync(string prefix) =>
        await _telemetry.Services.Get<ScreeningService>().ScreenAsync(Batch(prefix), CancellationToken.None);

    [Fact]
    public async Task ScreenAsync_Batch_CountsRecordsHitsAndRejectionsByJurisdictionKindAndBand()
    {
        _telemetry.Begin();
        await ScreenAsync("count");
        _telemetry.Flush();

        var records = Assert.Single(_telemetry.Points("screening.records"));
        Assert.Equal(3, records.GetSumLong());
        Assert.Equal("CW", ExportedTelemetry.Tags(records)["jurisdiction"]);
        Assert.Equal(nameof(RecordKind.Traveller), ExportedTelemetry.Tags(records)["kind"]);
        var hits = Assert.Single(_telemetry.Points("screening.hits"));
        Assert.Equal(1, hits.GetSumLong());
        Assert.Equal("CW", ExportedTelemetry.Tags(hits)["jurisdiction"]);
        Assert.True(Enum.IsDefined(Enum.Parse<RiskBand>((string)ExportedTelemetry.Tags(hits)["band"]!)));
        Assert.True(ExportedTelemetry.Tags(hits)["forced"] is true);
        Assert.Equal(1, Assert.Single(_telemetry.Points("screening.rejected")).GetSumLong());
    }

    [Fact]
    public async Task ScreenAsync_Batch_EmitsOneBatchSpanAndAPersistSpanOnlyForTheHit()
    {
        _telemetry.Begin();
        await ScreenAsync("spans");
        _telemetry.Flush();

        var batch = Assert.Single(_telemetry.Spans("screening.batch"));
        Assert.Equal(4, batch.GetTagItem("batch.records"));
        Assert.Equal(3, batch.GetTagItem("batch.screened"));
        Assert.Equal(1, batch.GetTagItem("batch.rejected"));
        Assert.Equal(1, batch.GetTagItem("batch.hits"));
        var persist = Assert.Single(_telemetry.Spans("screening.persist_hit"));
        Assert.Equal(batch.SpanId, persist.ParentSpanId);
        Assert.Equal("created", persist.GetTagItem("outcome"));
        Assert.Equal("sent", Assert.Single(_telemetry.Spans("hits.publish")).GetTagItem("outcome"));
    }

    [Fact]
    public async Task Intake_WithHitsWaiting_ReportsQueueDepthThenAnIntakeSpan()
    {
        _telemetry.Begin();
        await ScreenAsync("depth");
        var intake = _telemetry.Services.Get<HitIntakeService>();

        await intake.DrainAsync(Jurisdiction.CW, 0, CancellationToken.None);
        _telemetry.Services.Get<MeterProvider>().ForceFlush();
        var waiting = Assert.Single(_telemetry.Points("hitqueue.depth"), p => (string?)ExportedTelemetry.Tags(p)["jurisdiction"] == "CW");
        await intake.DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        _telemetry.Flush();

        Assert.Equal(1, waiting.GetGaugeLastValueLong());
        var drained = Assert.Single(_telemetry.Points("hitqueue.depth"), p => (string?)ExportedTelemetry.Tags(p)["jurisdiction"] == "CW");
        Assert.Equal(0, drained.GetGaugeLastValueLong());
        // The first drain received nothing: its span is not exported; the second took the hit.
        var span = Assert.Single(_telemetry.Spans("hits.intake"));
        Assert.Equal(1, span.GetTagItem("hits.added"));
        Assert.Equal("CW", span.GetTagItem("jurisdiction"));
    }

    [Fact]
    public async Task Decide_ClaimedCase_RecordsTimeToDecisionAndReviewSpans()
    {
        _telemetry.Begin();
        var result = await ScreenAsync("decide");
        var caseId = result.Records.Single(r => r.Assessment?.Risk.IsHit == true).AssessmentId!;
        await _telemetry.Services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        var review = _telemetry.Services.Get<CaseReviewService>();
        await review.ClaimAsync(Reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        // Within the claim's lease (15 minutes), so the decision is accepted.
        _telemetry.Services.Time.Advance(TimeSpan.FromMinutes(10));

        var decided = await review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, new DecisionRequest(OwnAssessment.Concern, ReviewOutcome.ReferVictimSupport, ["MINOR_AT_RISK"], null), CancellationToken.None);
        _telemetry.Flush();

        Assert.Equal(ReviewStatus.Ok, decided.Status);
        var point = Assert.Single(_telemetry.Points("review.time_to_decision"));
        Assert.Equal(1, point.GetHistogramCount());
        Assert.Equal(600, point.GetHistogramSum(), precision: 0);
        Assert.Equal(nameof(ReviewOutcome.ReferVictimSupport), ExportedTelemetry.Tags(point)["outcome"]);
        var actions = _telemetry.Spans("review.action").Select(s => (string?)s.GetTagItem("review.action")).ToList();
        Assert.Equal(new string?[] { "case.claimed", "case.decided" }, actions);
        Assert.All(_telemetry.Spans("review.action"), s => Assert.Equal(nameof(ReviewStatus.Ok), s.GetTagItem("outcome")));
    }

    [Fact]
    public async Task Intake_HitPastItsDeadline_CountsAMissedCase()
    {
        _telemetry.Begin();
        await ScreenAsync("missed");
        _telemetry.Services.Time.Advance(TimeSpan.FromDays(30));

        await _telemetry.Services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        _telemetry.Flush();

        var missed = Assert.Single(_telemetry.Points("review.missed"));
        Assert.Equal(1, missed.GetSumLong());
        Assert.Equal("CW", ExportedTelemetry.Tags(missed)["jurisdiction"]);
        Assert.Equal("expired-in-queue", ExportedTelemetry.Tags(missed)["reason"]);
    }

    [Fact]
    public async Task DeadLetterDrain_HitTheIntakeFiledAlready_IsNotCountedAgain()
    {
        _telemetry.Begin();
        await ScreenAsync("missed-once");
        _telemetry.Services.Time.Advance(TimeSpan.FromDays(30));
        await _telemetry.Services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);

        // The intake dead-lettered what it filed; the drain meets the same hit in the poison queue.
        var drained = await _telemetry.Services.Get<DeadLetterDrain>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        _telemetry.Flush();

        Assert.Equal((0, 1), (drained.Missed, drained.AlreadyFiled));
        Assert.Equal(1, Assert.Single(_telemetry.Points("review.missed")).GetSumLong());
    }

    [Fact]
    public async Task DeadlineGuard_WaitingCaseNearItsDeadline_CountsAnEscalation()
    {
        _telemetry.Begin();
        await ScreenAsync("escalate");
        await _telemetry.Services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        // The minor lands on 1 December at 20:00; half an hour before, nobody has taken the case.
        _telemetry.Services.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 19, 30, 0, TimeSpan.Zero));

        var result = await _telemetry.Services.Get<DeadlineGuard>().RunAsync(CancellationToken.None);
        _telemetry.Flush();

        Assert.Equal(1, result.Escalated);
        var point = Assert.Single(_telemetry.Points("review.deadline_escalated"));
        Assert.Equal(1, point.GetSumLong());
        Assert.Equal(("CW", false), ((string?)ExportedTelemetry.Tags(point)["jurisdiction"], (bool?)ExportedTelemetry.Tags(point)["overdue"]));
        Assert.Single(_telemetry.Spans("hits.deadlines"), s => (int?)s.GetTagItem("cases.escalated") == 1);
    }

    [Fact]
    public void ModelInService_Gauge_CarriesTheModelAndCatalogueVersions()
    {
        _telemetry.Begin();
        _telemetry.Flush();

        var point = Assert.Single(_telemetry.Points("model.in_service"));
        var pipeline = _telemetry.Services.Get<ScreeningPipeline>();
        Assert.Equal(1, point.GetGaugeLastValueLong());
        Assert.Equal(pipeline.ModelVersion, ExportedTelemetry.Tags(point)["model.version"]);
        Assert.Equal(pipeline.CatalogueVersion, ExportedTelemetry.Tags(point)["catalogue.version"]);
    }

    [Fact]
    public async Task RecalculateThresholds_EmitsASpan()
    {
        _telemetry.Begin();
        await ScreenAsync("thresholds");

        await _telemetry.Services.Get<ThresholdStore>().RecalculateAsync(CancellationToken.None);
        _telemetry.Flush();

        Assert.Single(_telemetry.Spans("thresholds.recalculate"));
    }

    [Fact]
    public async Task Screened_WithTheSdkListening_AllocatesNothingPerRecord()
    {
        _telemetry.Begin();
        var result = await ScreenAsync("alloc");
        var plain = result.Records[0].Assessment!;
        var hit = result.Records.Single(r => r.Assessment?.Risk.IsHit == true).Assessment!;
        var metrics = _telemetry.Services.Get<ScreeningMetrics>();
        for (var i = 0; i < 1_000; i++)
        {
            metrics.Screened(plain);
            metrics.Screened(hit);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            metrics.Screened(plain);
            metrics.Screened(hit);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The hot path (~5 µs a record) must not pay for telemetry with garbage.
        Assert.True(allocated < 1_000, $"{allocated} bytes allocated for 20,000 counted records");
    }

    [Fact]
    public async Task EveryExportedTagValue_HoldsNoPersonalValueOfTheRecords()
    {
        _telemetry.Begin();
        // The full path: screen, intake, claim, decide, relay, thresholds, a missed case.
        var result = await ScreenAsync("pii");
        var caseId = result.Records.Single(r => r.Assessment?.Risk.IsHit == true).AssessmentId!;
        await _telemetry.Services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        var review = _telemetry.Services.Get<CaseReviewService>();
        await review.ClaimAsync(Reviewer, Jurisdiction.CW, caseId, CancellationToken.None);
        await review.DecideAsync(Reviewer, Jurisdiction.CW, caseId, new DecisionRequest(OwnAssessment.Concern, ReviewOutcome.ReferVictimSupport, ["MINOR_AT_RISK"], null), CancellationToken.None);
        await _telemetry.Services.Get<OutboxRelay>().RelayPendingAsync(CancellationToken.None);
        await _telemetry.Services.Get<ThresholdStore>().RecalculateAsync(CancellationToken.None);
        await ScreenAsync("pii-late");
        _telemetry.Services.Time.Advance(TimeSpan.FromDays(30));
        await _telemetry.Services.Get<HitIntakeService>().DrainAsync(Jurisdiction.CW, 100, CancellationToken.None);
        _telemetry.Flush();

        var values = new List<string>();
        foreach (var span in _telemetry.AllSpans)
        {
            values.AddRange(span.TagObjects.Select(t => Convert.ToString(t.Value, CultureInfo.InvariantCulture) ?? ""));
            values.Add(span.DisplayName);
            values.AddRange(span.Events.Select(e => e.Name));
        }

        foreach (var metric in _telemetry.AllMetrics)
        {
            foreach (var point in metric.MetricPoints)
            {
                values.AddRange(ExportedTelemetry.Tags(point).Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""));
            }
        }

        Assert.True(_telemetry.AllSpans.Count >= 8, $"only {_telemetry.AllSpans.Count} spans were exported");
        Assert.True(values.Count > 20, $"only {values.Count} tag values were exported");
        var records = new[] { TestRecords.Traveller(), Minor("x") };
        string[] personal =
        [
            .. records.SelectMany(r => new[] { r.Name!.Surname, r.Name.GivenNames!, r.Document!.Number, r.Contact!.Phone!, r.Contact.Email! }),
            .. records.SelectMany(r => new[] { r.BirthDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.BirthDate.Value.ToString("yyMMdd", CultureInfo.InvariantCulture) }),
            "pii-1", "pii-2", "pii-3", "pii-late-3", TestRecords.Traveller().AddressAtDestination!,
        ];
        foreach (var value in personal)
        {
            Assert.DoesNotContain(values, v => v.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }
}
