using BorderScreening.Application.Catalogues.Backtest;

namespace BorderScreening.Application.Catalogues.Replay;

/// <summary>
/// A replay's answer: the backtest of the candidate against the catalogue in service on the stored
/// records of the period (with what reviewers decided as the outcome), and what was concluded when
/// the records were screened.
/// </summary>
public sealed record ReplayReport
{
    /// <summary>The comparison, per indicator, typology and jurisdiction.</summary>
    public BacktestReport Backtest { get; init; } = null!;

    /// <summary>Start of the period (inclusive).</summary>
    public DateTimeOffset From { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public DateTimeOffset To { get; init; }

    /// <summary>Records that were hits when screened (rules and model together).</summary>
    public int HitsWhenScreened { get; init; }

    /// <summary>Of those, decided with a referral.</summary>
    public int Referred { get; init; }

    /// <summary>Of those, decided with no concern.</summary>
    public int Cleared { get; init; }

    /// <summary>Shard-days read.</summary>
    public int Parts { get; init; }

    /// <summary>Wall time of the replay, in seconds.</summary>
    public double Seconds { get; init; }

    /// <summary>Records judged per second.</summary>
    public double RecordsPerSecond => Seconds > 0 ? Backtest.Records / Seconds : 0;

    /// <summary>The report as Markdown (the backtest's, with the period and the screened outcome first).</summary>
    public string ToMarkdown() =>
        $"""
        # Replay of stored records, {From:yyyy-MM-dd} to {To:yyyy-MM-dd}

        {Backtest.Records} records replayed in event time from {Parts} shard-days in {Seconds:0.0} s ({RecordsPerSecond:0} records/s).
        When screened, {HitsWhenScreened} were hits; reviewers referred {Referred} and cleared {Cleared}.

        """ + Backtest.ToMarkdown();
}
