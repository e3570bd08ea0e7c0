using System.Runtime.CompilerServices;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Capacity;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Thresholds;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Application.Tests.Capacity;

/// <summary>Capacity per jurisdiction and day, set by supervisors (on Azurite), and used by the threshold.</summary>
public sealed class CapacityServiceTests : IAsyncLifetime
{
    private ScreeningServices _services = null!;

    public async Task InitializeAsync() => _services = await ScreeningServices.CreateAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private static readonly Actor SupervisorCw = new("supervisor-cw", "Review.Supervisor", new HashSet<Jurisdiction> { Jurisdiction.CW }, new HashSet<Jurisdiction> { Jurisdiction.CW });

    private CapacityService Capacity => _services.Get<CapacityService>();

    private DateOnly Today => DateOnly.FromDateTime(_services.Time.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Set_ShowsOnTheListAndIsAudited_OtherDaysKeepTheDefault()
    {
        var set = await Capacity.SetAsync(SupervisorCw, Jurisdiction.CW, new CapacityRequest(Today.AddDays(1), 12, "Two reviewers on leave"), CancellationToken.None);

        var days = (await Capacity.ListAsync(SupervisorCw, Jurisdiction.CW, CancellationToken.None)).Value!;

        Assert.Equal(ReviewStatus.Ok, set.Status);
        Assert.Equal(CapacityService.DaysShown, days.Count);
        Assert.Equal(60, days[0].Cases);
        Assert.Null(days[0].SetBy);
        Assert.Equal((12, "supervisor-cw"), (days[1].Cases, days[1].SetBy));
        Assert.Equal(12, await Capacity.CasesAsync(Jurisdiction.CW, Today.AddDays(1), CancellationToken.None));
        Assert.Null(await Capacity.CasesAsync(Jurisdiction.AW, Today.AddDays(1), CancellationToken.None));
        var audit = await _services.Get<IAuditLog>().QueryAsync(null, "supervisor-cw", _services.Time.GetUtcNow().AddHours(-1), _services.Time.GetUtcNow().AddMinutes(1), [Jurisdiction.CW], false, 10, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "capacity.set" && e.Detail!.Contains(": 12 cases", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1, 10, "leave", "day")]
    [InlineData(61, 10, "leave", "day")]
    [InlineData(0, -1, "leave", "cases")]
    [InlineData(0, 10001, "leave", "cases")]
    [InlineData(0, 10, " ", "reason")]
    public async Task Set_BadInput_NamesTheField(int daysAhead, int cases, string reason, string field)
    {
        var result = await Capacity.SetAsync(SupervisorCw, Jurisdiction.CW, new CapacityRequest(Today.AddDays(daysAhead), cases, reason), CancellationToken.None);

        Assert.Equal(field, Assert.Single(result.Errors!).Path);
    }

    [Fact]
    public async Task Set_NotASupervisorOfTheJurisdiction_IsNotFound()
    {
        var reviewer = new Actor("reviewer-cw", "Review.CW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.CW });

        Assert.Equal(ReviewStatus.NotFound, (await Capacity.SetAsync(reviewer, Jurisdiction.CW, new CapacityRequest(Today, 1, "x"), CancellationToken.None)).Status);
        Assert.Equal(ReviewStatus.NotFound, (await Capacity.ListAsync(reviewer, Jurisdiction.CW, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Recalculate_UsesTheCapacitySetForToday_InsteadOfTheStaticDefault()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var storage = new UniformScores(time.GetUtcNow());
        var options = Options.Create(new CapacityOptions { Floor = 0.01, Ceiling = 0.99 });
        var withDefault = await new ThresholdStore(storage, options, time, NullLogger<ThresholdStore>.Instance).RecalculateAsync(CancellationToken.None);
        var fewer = await new ThresholdStore(storage, options, time, NullLogger<ThresholdStore>.Instance, new FixedCapacity(5)).RecalculateAsync(CancellationToken.None);
        var more = await new ThresholdStore(storage, options, time, NullLogger<ThresholdStore>.Instance, new FixedCapacity(200)).RecalculateAsync(CancellationToken.None);

        // 100 records a day: a capacity of 60 (CW's default) needs a lower bar than 5 and a higher one than 200.
        Assert.True(fewer[Jurisdiction.CW] > withDefault[Jurisdiction.CW], $"{fewer[Jurisdiction.CW]} vs {withDefault[Jurisdiction.CW]}");
        Assert.True(more[Jurisdiction.CW] < withDefault[Jurisdiction.CW], $"{more[Jurisdiction.CW]} vs {withDefault[Jurisdiction.CW]}");
    }

    private sealed class FixedCapacity(int cases) : IDailyCapacity
    {
        public Task<int?> CasesAsync(Jurisdiction jurisdiction, DateOnly day, CancellationToken cancellationToken) => Task.FromResult<int?>(cases);
    }

    // 14 days of 100 scores a day, spread evenly over (0, 1).
    private sealed class UniformScores(DateTimeOffset now) : IThresholdStorage
    {
        public Task<IReadOnlyDictionary<Jurisdiction, double>> LoadAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<Jurisdiction, double>>(new Dictionary<Jurisdiction, double>());

        public Task SaveAsync(ThresholdChange change, CancellationToken cancellationToken) => Task.CompletedTask;

        public async IAsyncEnumerable<RecentScore> RecentScoresAsync(Jurisdiction jurisdiction, DateTimeOffset from, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            for (var i = 0; i < 1400; i++)
            {
                yield return new RecentScore((i % 100 + 0.5) / 100, now.AddDays(-14).AddMinutes(i * 14.4), false);
            }
        }
    }
}
