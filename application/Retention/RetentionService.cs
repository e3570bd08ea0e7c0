using BorderScreening.Domain.Records;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Retention;

/// <summary>
/// The scheduled retention job: deletes non-hit assessments and network sightings past their period
/// and depersonalises decided or missed cases (names, document, contact, addresses and party names
/// removed; the circumstances a label needs are kept). Audit entries and labels stay: they hold no
/// clear personal data. Runs daily (timer function; a loop in the local host).
/// </summary>
public sealed class RetentionService(
    IRetentionStore store,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger)
{
    /// <summary>What one run did.</summary>
    public sealed record RetentionResult(int AssessmentsDeleted, int SightingsDeleted, int CasesDepersonalised);

    /// <summary>Runs once.</summary>
    public async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var assessments = await store.DeleteNonHitAssessmentsAsync(now.AddDays(-o.NonHitAssessmentDays), cancellationToken);
        var sightings = await store.DeleteSightingsAsync(now.AddDays(-o.SightingDays), cancellationToken);
        var cases = await DepersonaliseCasesAsync(now.AddDays(-o.CaseDepersonaliseDays), cancellationToken);
        logger.LogInformation("Retention: {Assessments} assessments and {Sightings} sightings deleted, {Cases} cases depersonalised", assessments, sightings, cases);
        return new RetentionResult(assessments, sightings, cases);
    }

    /// <summary>The record without what identifies the person; circumstances stay.</summary>
    public static ScreeningRecord Depersonalise(ScreeningRecord record) => record switch
    {
        TravellerRecord t => t with
        {
            Name = new PersonName { Surname = "(removed)" },
            BirthDate = t.BirthDate is { } b ? new DateOnly(b.Year, 1, 1) : null,
            Document = null,
            Contact = null,
            AddressAtDestination = null,
            Sponsor = t.Sponsor is null ? null : new Party { PartyKind = t.Sponsor.PartyKind },
            Booking = t.Booking is null ? null : t.Booking with { PayerId = null, GroupReference = null },
            Audit = null,
        },
        WorkPermitRecord p => p with
        {
            Applicant = new PersonName { Surname = "(removed)" },
            BirthDate = p.BirthDate is { } b ? new DateOnly(b.Year, 1, 1) : null,
            Document = null,
            Contact = null,
            HousingAddress = null,
            Audit = null,
        },
        _ => record,
    };

    private async Task<int> DepersonaliseCasesAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var done = 0;
        await foreach (var closed in store.ClosedCasesAsync(before, cancellationToken))
        {
            if (!await store.DepersonaliseCaseAsync(closed.CaseId, reviewCase => reviewCase with { Record = Depersonalise(reviewCase.Record) }, cancellationToken))
            {
                continue;
            }

            // The assessment of a hit outlives the non-hits and keeps its scores, but the audit-only
            // group (nationality group, sex, age band) and the feature vector kept for monitoring go
            // with the clear record: the daily monitoring used them long before.
            await store.ClearMonitoringFactsAsync(closed.CaseId, cancellationToken);

            // A referred case's stored signal names the person too; it was delivered long before and
            // goes with the clear record (docs/signals.md). Re-sending is no longer possible after this.
            await store.DeleteSignalAsync(closed.Jurisdiction, closed.CaseId, cancellationToken);
            done++;
        }

        return done;
    }
}
