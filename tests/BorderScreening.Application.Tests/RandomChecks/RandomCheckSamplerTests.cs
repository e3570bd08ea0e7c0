using System.Globalization;
using BorderScreening.Application.RandomChecks;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Tests.RandomChecks;

/// <summary>The random review sample: its share per jurisdiction, its capacity cap and its inclusion probability.</summary>
public sealed class RandomCheckSamplerTests
{
    private const int CapacityServiceMax = 10_000;

    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private sealed class CountingCounter : IRandomCheckCounter
    {
        private readonly Dictionary<(Jurisdiction, DateOnly), int> _taken = [];

        public int MaxLimitSeen { get; private set; }

        public int Taken(Jurisdiction jurisdiction, DateOnly day) => _taken.GetValueOrDefault((jurisdiction, day));

        public Task<bool> TryTakeAsync(Jurisdiction jurisdiction, DateOnly day, int limit, CancellationToken cancellationToken)
        {
            MaxLimitSeen = Math.Max(MaxLimitSeen, limit);
            var taken = Taken(jurisdiction, day);
            if (taken >= limit)
            {
                return Task.FromResult(false);
            }

            _taken[(jurisdiction, day)] = taken + 1;
            return Task.FromResult(true);
        }
    }

    private static RandomCheckSampler Sampler(double share, int dailyCases, CountingCounter counter, double maxShareOfCapacity = 1) =>
        new(
            Options.Create(new RandomCheckOptions
            {
                Share = JurisdictionCodes.All.ToDictionary(j => j.ToCode(), _ => share),
                MaxShareOfCapacity = maxShareOfCapacity,
            }),
            Options.Create(new CapacityOptions { DailyCases = JurisdictionCodes.All.ToDictionary(j => j.ToCode(), _ => dailyCases) }),
            TestKeys.Ring(),
            counter);

    // Ids as screening makes them: a hash of the source identity, per jurisdiction.
    private static IEnumerable<string> Ids(Jurisdiction jurisdiction, int count) =>
        Enumerable.Range(0, count).Select(i => AssessmentId.For(Records.Traveller(string.Create(CultureInfo.InvariantCulture, $"sample-{i}"), jurisdiction)));

    // Each record is drawn on its own (that is what makes its inclusion probability exact), so the
    // count is binomial: over 10,000 records its spread is 1/sqrt(10,000 x share) of the share — 7% at
    // 2%, 4.5% at 5%, so ±20% holds by a wide margin. At 0.5% the spread over 10,000 records is 14%
    // and ±20% would fail one jurisdiction in six; 100,000 records bring it to 4.5%.
    [Theory]
    [InlineData(0.02, 10_000)]
    [InlineData(0.05, 10_000)]
    [InlineData(0.005, 100_000)]
    public async Task DrawAsync_OverManyRecordsPerJurisdiction_DrawsTheShareWithin20Percent(double share, int records)
    {
        var counter = new CountingCounter();
        // Capacity far above the draws: this test is about the share alone.
        var sampler = Sampler(share, dailyCases: CapacityServiceMax, counter);

        foreach (var jurisdiction in JurisdictionCodes.All)
        {
            var drawn = 0;
            foreach (var id in Ids(jurisdiction, records))
            {
                if (await sampler.DrawAsync(id, jurisdiction, Now, null, CancellationToken.None) is not null)
                {
                    drawn++;
                }
            }

            var expected = share * records;
            Assert.InRange(drawn, expected * 0.8, expected * 1.2);
        }
    }

    [Fact]
    public async Task DrawAsync_WhenTheDrawsExceedTheCapacityShare_StopsAtTheCap()
    {
        var counter = new CountingCounter();
        // 5% of 10,000 records is about 500 draws; the day has room for 20% of 40 cases = 8.
        var sampler = Sampler(0.05, dailyCases: 40, counter, maxShareOfCapacity: 0.2);

        var drawn = 0;
        var wouldDraw = 0;
        foreach (var id in Ids(Jurisdiction.AW, 10_000))
        {
            wouldDraw += sampler.IsDrawn(id, Jurisdiction.AW) ? 1 : 0;
            drawn += await sampler.DrawAsync(id, Jurisdiction.AW, Now, null, CancellationToken.None) is null ? 0 : 1;
        }

        Assert.True(wouldDraw > 8, $"the test needs more draws than the cap, got {wouldDraw}");
        Assert.Equal(8, drawn);
        Assert.Equal(8, counter.Taken(Jurisdiction.AW, DateOnly.FromDateTime(Now.UtcDateTime)));
    }

    [Fact]
    public async Task DrawAsync_ANewDay_HasItsOwnCap()
    {
        var counter = new CountingCounter();
        var sampler = Sampler(0.05, dailyCases: 20, counter, maxShareOfCapacity: 0.1);
        var ids = Ids(Jurisdiction.CW, 4_000).Where(id => sampler.IsDrawn(id, Jurisdiction.CW)).Take(6).ToList();

        var first = 0;
        var second = 0;
        foreach (var id in ids[..3])
        {
            first += await sampler.DrawAsync(id, Jurisdiction.CW, Now, null, CancellationToken.None) is null ? 0 : 1;
        }

        foreach (var id in ids[3..])
        {
            second += await sampler.DrawAsync(id, Jurisdiction.CW, Now.AddDays(1), null, CancellationToken.None) is null ? 0 : 1;
        }

        Assert.Equal(2, first);
        Assert.Equal(2, second);
    }

    [Fact]
    public async Task DrawAsync_ADrawnRecord_CarriesTheShareAsInclusionProbabilityAndADeadline()
    {
        var sampler = Sampler(0.05, dailyCases: 1_000, new CountingCounter());
        var id = Ids(Jurisdiction.SX, 2_000).First(i => sampler.IsDrawn(i, Jurisdiction.SX));

        var check = await sampler.DrawAsync(id, Jurisdiction.SX, Now, null, CancellationToken.None);

        Assert.NotNull(check);
        Assert.Equal(0.05, check.InclusionProbability);
        Assert.Equal(Now.AddHours(new RandomCheckOptions().DeadlineHours), check.Deadline);
    }

    [Fact]
    public void IsDrawn_IsTheSameForTheSameRecordAndDiffersBetweenJurisdictionKeys()
    {
        var sampler = Sampler(0.5, dailyCases: 1_000, new CountingCounter());
        var ids = Ids(Jurisdiction.AW, 200).ToList();

        var once = ids.Select(id => sampler.IsDrawn(id, Jurisdiction.AW)).ToList();
        var again = ids.Select(id => sampler.IsDrawn(id, Jurisdiction.AW)).ToList();
        var otherKey = ids.Select(id => sampler.IsDrawn(id, Jurisdiction.CW)).ToList();

        Assert.Equal(once, again);
        Assert.NotEqual(once, otherKey);
    }

    [Fact]
    public async Task DrawAsync_AJurisdictionWithoutAShare_DrawsNothing()
    {
        var sampler = new RandomCheckSampler(
            Options.Create(new RandomCheckOptions { Share = new Dictionary<string, double>() }),
            Options.Create(new CapacityOptions()),
            TestKeys.Ring(),
            new CountingCounter());

        foreach (var id in Ids(Jurisdiction.AW, 1_000))
        {
            Assert.Null(await sampler.DrawAsync(id, Jurisdiction.AW, Now, null, CancellationToken.None));
        }
    }
}
