using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Records;
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
        Jurisdiction? jurisdiction = null;
        var code = request.Query["jurisdiction"].ToString();
        if (!string.IsNullOrEmpty(code))
        {
            if (!JurisdictionCodes.TryParse(code, out var parsed))
            {
                return Problems.Validation([new FieldError("jurisdiction", "must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA")], "The export query is invalid.");
            }

            jurisdiction = parsed;
        }

        using var buffer = new MemoryStream();
        await export.WriteAsync(buffer, jurisdiction, cancellationToken);
        return Results.Bytes(buffer.ToArray(), "application/x-ndjson");
    }
}
