namespace BorderScreening.Adapters.Storage.Faults;

/// <summary>The failures the fault policy injects: the ones storage clients meet in production.</summary>
internal enum FaultKind
{
    /// <summary>HTTP 503 Server Busy.</summary>
    ServiceUnavailable,

    /// <summary>No answer in time (the client gives up).</summary>
    Timeout,

    /// <summary>The TCP connection is reset.</summary>
    ConnectionReset,
}
