namespace BorderScreening.Cli.Load;

/// <summary>What one load run sends and how hard it pushes.</summary>
public sealed record LoadRunOptions
{
    /// <summary>Flights arriving together.</summary>
    public int Flights { get; init; } = 50;

    /// <summary>Travellers per flight.</summary>
    public int TravellersPerFlight { get; init; } = 300;

    /// <summary>Share of storage calls the host fails on purpose (0 = no faults).</summary>
    public double FaultRate { get; init; } = 0.1;

    /// <summary>Stop and restart Azurite this long after the burst starts; null = no restart.</summary>
    public TimeSpan? RestartAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Share of travellers also posted again on their own (a feed re-sending a record).</summary>
    public double DuplicateShare { get; init; } = 0.02;

    /// <summary>Share of flights re-sent whole with the same Idempotency-Key after their answer.</summary>
    public double ResendShare { get; init; } = 0.2;

    /// <summary>Share of flights whose first send gives up early on the client side and is retried.</summary>
    public double ClientTimeoutShare { get; init; } = 0.2;

    /// <summary>Share of flights sent as UN/EDIFACT PAXLST (the rest as JSON batches).</summary>
    public double PaxlstShare { get; init; } = 0.5;

    /// <summary>How long to wait for relay and intake to empty the outbox and queues.</summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Seed of the traffic (records, which are duplicated, re-sent, timed out).</summary>
    public int Seed { get; init; } = 20261128;

    /// <summary>
    /// Hit intake (the hit-queue drain) is down this long from the host's start; null = no outage.
    /// Every third flight then arrives halfway through it, so review deadlines pass while nobody takes
    /// hits off the queues: those hits must end as missed cases, none silently gone.
    /// </summary>
    public TimeSpan? IntakeOutage { get; init; }

    /// <summary>Folder for Azurite's data and the host's log; a fresh temporary folder when null.</summary>
    public string? WorkFolder { get; init; }
}
