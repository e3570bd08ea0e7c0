using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Application.Feeds;

/// <summary>The input formats the service reads.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<FeedFormat>))]
public enum FeedFormat
{
    /// <summary>Our own JSON schema: one record, an array, or <c>{"records": [...]}</c>.</summary>
    Json,
    /// <summary>JSON lines: one record per line (file drops).</summary>
    JsonLines,
    /// <summary>UN/EDIFACT PAXLST advance passenger information.</summary>
    Paxlst,
    /// <summary>CSV work-permit batch (RFC 4180, header-mapped).</summary>
    Csv,
    /// <summary>ICAO Doc 9303 machine readable zone lines.</summary>
    Mrz,
    /// <summary>UN/EDIFACT PNRGOV passenger name records pushed by carriers (versions 11.1 to 15.1).</summary>
    Pnrgov,
}
