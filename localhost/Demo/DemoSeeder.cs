using BorderScreening.Application.Feeds;
using BorderScreening.Application.Screening;

namespace BorderScreening.LocalHost.Demo;

/// <summary>Screens the demo records through the real service when the local host starts.</summary>
public sealed class DemoSeeder(ScreeningService screening, TimeProvider time, ILogger<DemoSeeder> logger)
{
    /// <summary>Screens the demo set; records screened before come back as duplicates.</summary>
    public async Task<BatchResult> SeedAsync(CancellationToken cancellationToken)
    {
        var records = DemoRecords.Create(time.GetUtcNow());
        var batch = new ParsedBatch(records.Select((r, i) => ParsedRecord.Valid(i, r)).ToList(), []);
        var result = await screening.ScreenAsync(batch, cancellationToken);
        logger.LogInformation(
            "Demo data: {Screened} records screened, {Duplicates} already there, {Hits} hits",
            result.Records.Count(r => r.Status == "screened"),
            result.Records.Count(r => r.Status == "duplicate"),
            result.Records.Count(r => r.Assessment?.Risk.IsHit == true));
        return result;
    }
}
