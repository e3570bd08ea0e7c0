using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BorderScreening.Functions.OpenApi;

/// <summary>
/// Serves the OpenAPI document generated from the route table: the local host maps every entry of
/// <c>RouteTable</c> with its metadata, Microsoft.AspNetCore.OpenApi describes those endpoints, and
/// the result is committed as docs/openapi.json (a test keeps it current) and embedded here at build,
/// so both hosts describe themselves identically. A test checks it lists exactly the table's routes.
/// </summary>
public sealed class OpenApiFunctions
{
    private static readonly Lazy<string> Document = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>GET /api/openapi.json.</summary>
    [Function(nameof(GetOpenApiDocument))]
    public IActionResult GetOpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ContentResult { Content = Document.Value, ContentType = "application/json;charset=utf-8", StatusCode = StatusCodes.Status200OK };
}
