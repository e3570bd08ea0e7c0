using System.Globalization;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Cli.Commands;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Synthetic;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Cli;

using TestRecords = BorderScreening.TestSupport.Records;

namespace BorderScreening.Cli.Tests.Oversight;

/// <summary>
/// A generated month of data screened and partly decided through the real services of a local host
/// (on Azurite, with a fake clock), then <c>screening report</c> against its API: the report's figures
/// agree with what the test itself screened and decided.
/// </summary>
public sealed class ReportCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset October = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReviewOutcome[] Rotation = Enum.GetValues<ReviewOutcome>();

    private readonly FakeTimeProvider _time = new(October);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "screening-report-tests", Guid.NewGuid().ToString("N"));
    private LocalHostServer _server = null!;

    // What the test did, counted on its own.
    private int _screenedCw;
    private int _hitsCw;
    private readonly List<string> _undecidedCw = [];
    private readonly Dictionary<ReviewOutcome, int> _decidedCw = Enum.GetValues<ReviewOutcome>().ToDictionary(o => o, _ => 0);

    public async Task InitializeAsync()
    {
        _server = await LocalHostServer.StartAsync(configure: services => services.AddSingleton<TimeProvider>(_time));
        await GenerateMonthAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task GenerateMonthAsync()
    {
        var generated = new SyntheticDataGenerator(new SyntheticOptions { Seed = 7, Count = 620, RecordsPerDay = 20, Start = October }).Generate();
        var screening = _server.Get<ScreeningService>();
        var intake = _server.Get<HitIntakeService>();
        var review = _server.Get<CaseReviewService>();
        var reviewer = new Actor("reviewer-cw", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });
        var decisions = 0;
        for (var day = 0; day < 31; day++)
        {
            var morning = October.AddDays(day).AddHours(8);
            _time.SetUtcNow(morning);
            var records = generated.Where(g => g.ScreenedAt.Date == morning.Date).Select(g => g.Record).ToList();
            // Forced-review minors so every day has CW hits to decide.
            records.Add(TestRecords.Traveller($"report-minor-{day}", Jurisdiction.CW) with { BirthDate = new DateOnly(2014, 1, 1), TravellingWithGuardian = false });
            var hitsToday = new List<string>();
            foreach (var record in records)
            {
                var result = await screening.ScreenOneAsync(ParsedRecord.Valid(0, record), CancellationToken.None);
                if (record.Jurisdiction == Jurisdiction.CW && result.Status == "screened")
                {
                    _screenedCw++;
                    if (result.Assessment!.Risk.IsHit)
                    {
                        _hitsCw++;
                        hitsToday.Add(result.AssessmentId!);
                    }
                }
            }

            await intake.DrainAllAsync(1000, CancellationToken.None);

            // Two hours later, the reviewer decides two of every three hits, rotating through the outcomes.
            _time.SetUtcNow(morning.AddHours(2));
            for (var i = 0; i < hitsToday.Count; i++)
            {
                if (i % 3 == 2)
                {
                    _undecidedCw.Add(hitsToday[i]);
                    continue;
                }

                var outcome = Rotation[decisions++ % Rotation.Length];
                Assert.Equal(ReviewStatus.Ok, (await review.ClaimAsync(reviewer, Jurisdiction.CW, hitsToday[i], CancellationToken.None)).Status);
                var decided = await review.DecideAsync(reviewer, Jurisdiction.CW, hitsToday[i], new DecisionRequest(OwnAssessment.Unsure, outcome, ["OTHER"], null), CancellationToken.None);
                Assert.Equal(ReviewStatus.Ok, decided.Status);
                _decidedCw[outcome]++;
            }
        }

        // Well after the October deadlines.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    }

    private async Task<string> RunReportAsync(string format, bool publication)
    {
        var output = Path.Combine(_folder, $"report-{(publication ? "pub" : "exact")}.{format}");
        var token = _server.Tokens.Issue("auditor", ["Audit.Read"], TimeSpan.FromHours(1), ["CW"]);
        string[] args =
        [
            "--from", "2026-10-01", "--to", "2026-11-01", "-j", "CW", "--format", format, "--out", output,
            "--url", _server.BaseAddress.ToString(), "--token", token, .. (publication ? new[] { "--publication" } : []),
        ];

        var exit = await new CommandApp<ReportCommand>().RunAsync(args);

        Assert.Equal(0, exit);
        return await File.ReadAllTextAsync(output);
    }

    private static string Words(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.NoConcern => "no concern",
        ReviewOutcome.ReferCriminalInvestigation => "refer criminal investigation",
        ReviewOutcome.ReferVictimSupport => "refer victim support",
        ReviewOutcome.ReferLabourInspection => "refer labour inspection",
        _ => "insufficient information",
    };

    private static string Row(string label, object value) => $"| {label} | {Convert.ToString(value, CultureInfo.InvariantCulture)} |";

    [Fact]
    public async Task Report_MonthOfData_FiguresAgreeWithWhatWasScreenedAndDecided()
    {
        var markdown = await RunReportAsync("md", publication: false);

        var decided = _decidedCw.Values.Sum();
        Assert.True(_hitsCw >= 31 && decided >= 20, $"the generated month should give enough to count ({_hitsCw} hits, {decided} decided)");
        Assert.Contains(Row("Records screened", _screenedCw), markdown, StringComparison.Ordinal);
        Assert.Contains(Row("Hits", _hitsCw), markdown, StringComparison.Ordinal);
        Assert.Contains(Row("Decided hits", decided), markdown, StringComparison.Ordinal);
        Assert.Contains(Row("Decided: no concern", _decidedCw[ReviewOutcome.NoConcern]), markdown, StringComparison.Ordinal);
        Assert.Contains(Row("Decided: insufficient information", _decidedCw[ReviewOutcome.InsufficientInformation]), markdown, StringComparison.Ordinal);
        Assert.Contains(Row("Referred to criminal investigation", _decidedCw[ReviewOutcome.ReferCriminalInvestigation]), markdown, StringComparison.Ordinal);
        Assert.Contains(Row("Referred to victim support", _decidedCw[ReviewOutcome.ReferVictimSupport]), markdown, StringComparison.Ordinal);
        Assert.Contains(Row("Referred to labour inspection", _decidedCw[ReviewOutcome.ReferLabourInspection]), markdown, StringComparison.Ordinal);
        // An undecided hit is missed once its deadline has passed, pending before.
        var missed = 0;
        foreach (var caseId in _undecidedCw)
        {
            var item = await _server.Get<IWorklistStore>().GetAsync(Jurisdiction.CW, caseId, CancellationToken.None);
            missed += item is not null && (item.Status == CaseStatus.Missed || item.Deadline <= _time.GetUtcNow()) ? 1 : 0;
        }

        Assert.True(markdown.Contains(Row("Missed deadlines", missed), StringComparison.Ordinal), markdown);
        Assert.True(markdown.Contains(Row("Pending", _undecidedCw.Count - missed), StringComparison.Ordinal), markdown);
        // Every decision came two hours after screening.
        Assert.Contains(Row("Median time to decision", "2.0 h"), markdown, StringComparison.Ordinal);
        var precision = (double)(decided - _decidedCw[ReviewOutcome.NoConcern]) / decided;
        Assert.Contains(Row("Precision of hits", precision.ToString("P1", CultureInfo.InvariantCulture)), markdown, StringComparison.Ordinal);

        // The charts are written next to the report and linked from it.
        foreach (var chart in new[] { "funnel", "outcomes", "referrals" })
        {
            var file = Path.Combine(_folder, $"report-exact-cw-{chart}.svg");
            Assert.True(File.Exists(file), $"{file} is missing");
            Assert.Contains($"](report-exact-cw-{chart}.svg)", markdown, StringComparison.Ordinal);
            Assert.StartsWith("<svg", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_ForPublication_SuppressesSmallCountsAndRoundsTheRest()
    {
        var html = await RunReportAsync("html", publication: true);

        var rounded = (int)Math.Round(_screenedCw / 5.0, MidpointRounding.AwayFromZero) * 5;
        Assert.Contains($"<tr><td>Records screened</td><td align=\"right\">{rounded}</td></tr>", html, StringComparison.Ordinal);
        foreach (var (outcome, count) in _decidedCw)
        {
            var expected = count == 0 ? "0" : count < 10 ? "&lt;10" : ((int)Math.Round(count / 5.0, MidpointRounding.AwayFromZero) * 5).ToString(CultureInfo.InvariantCulture);
            Assert.Contains($"<tr><td>Decided: {Words(outcome)}</td><td align=\"right\">{expected}</td></tr>", html, StringComparison.Ordinal);
        }

        if (_screenedCw % 5 != 0)
        {
            Assert.DoesNotContain($"<td align=\"right\">{_screenedCw}</td>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("For publication", html, StringComparison.Ordinal);
    }
}
