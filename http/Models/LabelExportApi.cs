using BorderScreening.Http.Protocol;
using BorderScreening.Model.Serving.Labels;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Models;

/// <summary>GET /api/labels/export[?jurisdiction=CW] — JSON lines for data scientists (Model.Train).</summary>
public sealed class LabelExportApi(LabelExportService export)
{
    /// <summary>Streams the export.</summary>
    public async Task<IResult> ExportAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var query = new QueryValues(request);
        var jurisdiction = query.Jurisdiction("jurisdiction");
        if (query.Problem("The export query is invalid.") is { } problem)
        {
            return problem;
        }

        using var buffer = new MemoryStream();
        await export.WriteAsync(buffer, jurisdiction, cancellationToken);
        return Results.Bytes(buffer.ToArray(), "application/x-ndjson");
    }
}
