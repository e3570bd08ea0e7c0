using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using BorderScreening.Model.Serving.Labels;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Models;

/// <summary>
/// GET /api/labels/export[?jurisdiction=CW][&amp;format=jsonl|parquet] — JSON lines (default) or one flat
/// Parquet table (<see cref="LabelledExampleParquet"/>) for data scientists (Model.Train), of the
/// jurisdictions their <c>jurisdictions</c> claim (or the all-countries grant) reaches only.
/// </summary>
public sealed class LabelExportApi(LabelExportService export, ICallerAccessor callers, JurisdictionGrantAudit grants)
{
    private static readonly IReadOnlyList<string> Exporters = [AppRoles.ModelTrain];

    /// <summary>Streams the export.</summary>
    public async Task<IResult> ExportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (callers.Caller is not { } caller)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in first", type: Problems.TypeBase + "unauthorized");
        }

        var query = new QueryValues(request);
        var jurisdiction = query.Jurisdiction("jurisdiction");
        var parquet = query.Choice("format", "jsonl", "parquet") == "parquet";
        if (query.Problem("The export query is invalid.") is { } problem)
        {
            return problem;
        }

        // A jurisdiction the caller does not reach is not found, as on the routes of one jurisdiction.
        var reached = caller.JurisdictionsFor(Exporters);
        if (jurisdiction is { } asked && !reached.Contains(asked))
        {
            return Problems.NotFound("jurisdiction");
        }

        IReadOnlyList<Jurisdiction> scope = jurisdiction is { } one ? [one] : reached;
        await grants.RecordAsync(caller, Exporters, scope, "ExportLabels", request.HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        using var buffer = new MemoryStream();
        if (parquet)
        {
            await LabelledExampleParquet.WriteAsync(buffer, Ordered(scope, cancellationToken), cancellationToken);
            return Results.Bytes(buffer.ToArray(), LabelledExampleParquet.MediaType, "labels.parquet");
        }

        // In partition order, as the single query over every jurisdiction used to return them.
        foreach (var j in scope.OrderBy(j => j.ToCode(), StringComparer.Ordinal))
        {
            await export.WriteAsync(buffer, j, cancellationToken);
        }

        return Results.Bytes(buffer.ToArray(), "application/x-ndjson");
    }

    private async IAsyncEnumerable<LabelledExample> Ordered(IReadOnlyList<Jurisdiction> scope, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var j in scope.OrderBy(j => j.ToCode(), StringComparer.Ordinal))
        {
            await foreach (var example in export.ExportAsync(j, cancellationToken))
            {
                yield return example;
            }
        }
    }
}
