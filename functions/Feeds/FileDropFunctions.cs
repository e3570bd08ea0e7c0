using BorderScreening.Application.Drops;
using BorderScreening.Domain.Records;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.Feeds;

/// <summary>
/// Blob triggers for the six drop containers. A trigger's path must name its container, hence one
/// method per jurisdiction; each hands the file to the same service, which reads it through the
/// SDK client under a lease (so a second firing for the same file does nothing).
/// </summary>
public sealed class FileDropFunctions(FileDropService drops)
{
    private const string Connection = "AzureWebJobsStorage";

    /// <summary>drops-aw.</summary>
    [Function(nameof(DropAw))]
    public Task DropAw([BlobTrigger("drops-aw/{name}", Connection = Connection)] Stream blob, string name, CancellationToken ct) =>
        drops.ProcessAsync(Jurisdiction.AW, name, ct);

    /// <summary>drops-cw.</summary>
    [Function(nameof(DropCw))]
    public Task DropCw([BlobTrigger("drops-cw/{name}", Connection = Connection)] Stream blob, string name, CancellationToken ct) =>
        drops.ProcessAsync(Jurisdiction.CW, name, ct);

    /// <summary>drops-sx.</summary>
    [Function(nameof(DropSx))]
    public Task DropSx([BlobTrigger("drops-sx/{name}", Connection = Connection)] Stream blob, string name, CancellationToken ct) =>
        drops.ProcessAsync(Jurisdiction.SX, name, ct);

    /// <summary>drops-bq-bo.</summary>
    [Function(nameof(DropBqBo))]
    public Task DropBqBo([BlobTrigger("drops-bq-bo/{name}", Connection = Connection)] Stream blob, string name, CancellationToken ct) =>
        drops.ProcessAsync(Jurisdiction.BQ_BO, name, ct);

    /// <summary>drops-bq-se.</summary>
    [Function(nameof(DropBqSe))]
    public Task DropBqSe([BlobTrigger("drops-bq-se/{name}", Connection = Connection)] Stream blob, string name, CancellationToken ct) =>
        drops.ProcessAsync(Jurisdiction.BQ_SE, name, ct);

    /// <summary>drops-bq-sa.</summary>
    [Function(nameof(DropBqSa))]
    public Task DropBqSa([BlobTrigger("drops-bq-sa/{name}", Connection = Connection)] Stream blob, string name, CancellationToken ct) =>
        drops.ProcessAsync(Jurisdiction.BQ_SA, name, ct);
}
