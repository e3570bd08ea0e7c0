using BorderScreening.Domain.Records;

namespace BorderScreening.Cli.Load;

/// <summary>
/// One flight's passenger list as a feed sends it (a JSON batch or a PAXLST interchange), with the
/// assessment ids the service must end up with, and the single records to post again as duplicates.
/// </summary>
/// <param name="Number">Position in the burst.</param>
/// <param name="Format">"json" or "paxlst".</param>
/// <param name="Jurisdiction">Where it lands.</param>
/// <param name="Subject">The feed's token subject (one caller per carrier feed).</param>
/// <param name="Path">Route and query.</param>
/// <param name="ContentType">Media type of the body.</param>
/// <param name="Body">The request body.</param>
/// <param name="IdempotencyKey">Sent with every attempt and every re-send of this batch.</param>
/// <param name="ExpectedIds">Assessment ids of the travellers, as the service derives them.</param>
/// <param name="Duplicates">Single-record JSON bodies of travellers posted again, with their ids.</param>
internal sealed record Flight(
    int Number,
    string Format,
    Jurisdiction Jurisdiction,
    string Subject,
    string Path,
    string ContentType,
    byte[] Body,
    string IdempotencyKey,
    IReadOnlyList<string> ExpectedIds,
    IReadOnlyList<(byte[] Body, string Id)> Duplicates);
