using System.Globalization;
using System.Text;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Records;

namespace BorderScreening.Cli.Load;

/// <summary>
/// The outcome of a load run: what was sent, what the store holds, and what was lost or doubled.
/// Lost: a distinct record without an assessment, or a hit without its case or worklist entry.
/// Doubled: an assessment, case or worklist entry that no sent record accounts for, a worklist entry
/// twice, or a record answered with two different assessments (screened twice).
/// </summary>
public sealed record LoadReport
{
    /// <summary>Flights in the burst.</summary>
    public int Flights { get; init; }

    /// <summary>Travellers per flight.</summary>
    public int TravellersPerFlight { get; init; }

    /// <summary>Injected fault rate.</summary>
    public double FaultRate { get; init; }

    /// <summary>Azurite restarts during the burst.</summary>
    public int AzuriteRestarts { get; init; }

    /// <summary>Seconds into the burst when Azurite was stopped (null without a restart).</summary>
    public double? RestartAtSeconds { get; init; }

    /// <summary>Requests in flight when Azurite was stopped.</summary>
    public int OpenRequestsAtRestart { get; init; }

    /// <summary>HTTP requests, every attempt counted.</summary>
    public int Requests { get; init; }

    /// <summary>Records in all requests sent (attempts, re-sends and duplicates included).</summary>
    public int RecordsSent { get; init; }

    /// <summary>Distinct records (distinct assessment ids expected).</summary>
    public int Distinct { get; init; }

    /// <summary>Single records posted again.</summary>
    public int Duplicates { get; init; }

    /// <summary>Batches re-sent whole with the same Idempotency-Key after their answer.</summary>
    public int Resends { get; init; }

    /// <summary>Answers replayed from the idempotency store.</summary>
    public int Replayed { get; init; }

    /// <summary>Attempts given up by the client and retried.</summary>
    public int TimeoutRetries { get; init; }

    /// <summary>Attempts answered 429/5xx or broken in transport, and retried.</summary>
    public int ErrorRetries { get; init; }

    /// <summary>Requests never answered well.</summary>
    public int FailedRequests { get; init; }

    /// <summary>HTTP statuses seen, e.g. "200×60, 500×2".</summary>
    public string Statuses { get; init; } = "";

    /// <summary>Stored assessments of the distinct records.</summary>
    public int Assessments { get; init; }

    /// <summary>Stored assessments that are hits.</summary>
    public int Hits { get; init; }

    /// <summary>Stored review cases.</summary>
    public int Cases { get; init; }

    /// <summary>Worklist entries.</summary>
    public int WorklistEntries { get; init; }

    /// <summary>Outbox entries left after settling.</summary>
    public int OutboxLeft { get; init; }

    /// <summary>Hit messages left in the queues after settling.</summary>
    public int QueuedLeft { get; init; }

    /// <summary>Messages set aside as poison: still in a poison queue, or recorded as unreadable.</summary>
    public int Poison { get; init; }

    /// <summary>
    /// Hits filed as missed cases (expired, undeliverable or dead-lettered before review). Accounted
    /// for, not lost, but a run without an intake outage should have none.
    /// </summary>
    public int Missed { get; init; }

    /// <summary>Distinct records without an assessment.</summary>
    public int LostAssessments { get; init; }

    /// <summary>Hits without a case or without a worklist entry.</summary>
    public int LostHits { get; init; }

    /// <summary>Assessments nobody sent, and records answered with two different assessments.</summary>
    public int DoubledAssessments { get; init; }

    /// <summary>Cases or worklist entries without a hit, or a worklist entry twice.</summary>
    public int DoubledHits { get; init; }

    /// <summary>Everything lost.</summary>
    public int Lost => LostAssessments + LostHits;

    /// <summary>Everything doubled.</summary>
    public int Doubled => DoubledAssessments + DoubledHits;

    /// <summary>Seconds from the first request to the last answer.</summary>
    public double BurstSeconds { get; init; }

    /// <summary>Seconds until outbox and queues were empty after the burst.</summary>
    public double SettleSeconds { get; init; }

    /// <summary>Whether the pipeline settled (outbox and queues empty, every hit in the worklist) in time.</summary>
    public bool Settled { get; init; }

    /// <summary>Distinct records screened per second of burst.</summary>
    public double RecordsPerSecond => BurstSeconds > 0 ? Distinct / BurstSeconds : 0;

    /// <summary>Seconds the hit intake was down from the host's start; null without a staged outage.</summary>
    public double? IntakeOutageSeconds { get; init; }

    /// <summary>
    /// Nothing lost, nothing doubled, nothing left over, every request answered; nothing missed unless
    /// an intake outage was staged (then every hit is in a worklist, a missed one as a missed case).
    /// </summary>
    public bool Passed => Lost == 0 && Doubled == 0 && OutboxLeft == 0 && QueuedLeft == 0 && Poison == 0
        && (Missed == 0 || IntakeOutageSeconds is not null) && FailedRequests == 0 && Settled;

    /// <summary>Compares what was sent and answered with what the store holds.</summary>
    internal static LoadReport Build(LoadRunOptions options, IReadOnlyList<Flight> flights, TrafficCounts traffic, StoreState store, RunTimes times)
    {
        var expected = flights.SelectMany(f => f.ExpectedIds.Concat(f.Duplicates.Select(d => d.Id))).ToHashSet(StringComparer.Ordinal);
        var hits = store.Assessments.Where(a => a.Value.IsHit && expected.Contains(a.Key)).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var worklist = store.WorklistEntries
            .Where(w => AssessmentId.TryParse(w.CaseId, out var j, out _) && j.ToCode() == w.Jurisdiction)
            .GroupBy(w => w.CaseId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var misfiled = store.WorklistEntries.Count - worklist.Values.Sum();

        var screenedTwice = traffic.AnsweredScreenedAt.Count(a =>
            a.Value.Count > 1 || (store.Assessments.TryGetValue(a.Key, out var stored) && stored.ScreenedAt is { } at && !a.Value.ContainsKey(at)));

        return new LoadReport
        {
            Flights = options.Flights,
            TravellersPerFlight = options.TravellersPerFlight,
            FaultRate = options.FaultRate,
            AzuriteRestarts = times.RestartAt is null ? 0 : 1,
            RestartAtSeconds = times.RestartAt?.TotalSeconds,
            OpenRequestsAtRestart = times.OpenRequestsAtRestart,
            Requests = traffic.Requests,
            RecordsSent = traffic.RecordsSent,
            Distinct = expected.Count,
            Duplicates = traffic.Duplicates,
            Resends = traffic.Resends,
            Replayed = traffic.Replayed,
            TimeoutRetries = traffic.TimeoutRetries,
            ErrorRetries = traffic.ErrorRetries,
            FailedRequests = traffic.FailedRequests,
            Statuses = string.Join(", ", traffic.Statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}×{s.Value}"))),
            Assessments = expected.Count(store.Assessments.ContainsKey),
            Hits = hits.Count,
            Cases = store.Cases.Count,
            WorklistEntries = store.WorklistEntries.Count,
            OutboxLeft = store.OutboxLeft,
            QueuedLeft = store.QueuedHits,
            Poison = store.PoisonMessages,
            Missed = store.MissedCases,
            IntakeOutageSeconds = options.IntakeOutage?.TotalSeconds,
            LostAssessments = expected.Count(id => !store.Assessments.ContainsKey(id)),
            LostHits = hits.Count(id => !store.Cases.Contains(id)) + hits.Count(id => !worklist.ContainsKey(id)),
            DoubledAssessments = store.Assessments.Keys.Count(id => !expected.Contains(id)) + screenedTwice,
            DoubledHits = store.Cases.Count(id => !hits.Contains(id))
                + worklist.Keys.Count(id => !hits.Contains(id))
                + worklist.Values.Sum(n => n - 1)
                + misfiled,
            BurstSeconds = times.Burst.TotalSeconds,
            SettleSeconds = times.Settle.TotalSeconds,
            Settled = times.Settled,
        };
    }

    /// <summary>The report as text (also the shape recorded in docs/benchmarks.md).</summary>
    public string ToText()
    {
        var s = new StringBuilder();
        void Line(string name, object value) => s.AppendLine(CultureInfo.InvariantCulture, $"{name,-26} {value}");
        Line("flights × travellers", $"{Flights} × {TravellersPerFlight}");
        Line("fault rate", FaultRate.ToString("P0", CultureInfo.InvariantCulture));
        Line("azurite restarts", RestartAtSeconds is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"{AzuriteRestarts} (at {at:0.0} s, {OpenRequestsAtRestart} requests open)")
            : "0");
        Line("requests", $"{Requests} ({Statuses})");
        Line("records sent", RecordsSent);
        Line("distinct records", Distinct);
        Line("duplicates posted", Duplicates);
        Line("retries", string.Create(CultureInfo.InvariantCulture, $"{Resends + TimeoutRetries + ErrorRetries} (re-sent with same key {Resends}, after client timeout {TimeoutRetries}, after 429/5xx/reset {ErrorRetries}; replayed answers {Replayed})"));
        Line("failed requests", FailedRequests);
        Line("assessments", Assessments);
        Line("hits", Hits);
        Line("cases", Cases);
        Line("worklist entries", WorklistEntries);
        Line("outbox left", OutboxLeft);
        Line("queued left / poison", $"{QueuedLeft} / {Poison}");
        Line("missed", IntakeOutageSeconds is { } down ? string.Create(CultureInfo.InvariantCulture, $"{Missed} (intake down for {down:0} s)") : Missed.ToString(CultureInfo.InvariantCulture));
        Line("lost", string.Create(CultureInfo.InvariantCulture, $"{Lost} (assessments {LostAssessments}, hits {LostHits})"));
        Line("doubled", string.Create(CultureInfo.InvariantCulture, $"{Doubled} (assessments {DoubledAssessments}, hits {DoubledHits})"));
        Line("burst", string.Create(CultureInfo.InvariantCulture, $"{BurstSeconds:0.0} s ({RecordsPerSecond:0} distinct records/s)"));
        Line("settle", string.Create(CultureInfo.InvariantCulture, $"{SettleSeconds:0.0} s{(Settled ? "" : " (did not settle)")}"));
        Line("result", Passed ? "PASS: nothing lost, nothing doubled" : "FAIL");
        return s.ToString();
    }
}

/// <summary>Timings of one run.</summary>
internal sealed record RunTimes(TimeSpan Burst, TimeSpan Settle, bool Settled, TimeSpan? RestartAt, int OpenRequestsAtRestart);
