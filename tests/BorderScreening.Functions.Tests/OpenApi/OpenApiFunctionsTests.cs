using System.Text.Json.Nodes;
using BorderScreening.Functions.OpenApi;
using BorderScreening.Http.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using BorderScreening.Http.Api;

namespace BorderScreening.Functions.Tests.OpenApi;

public class OpenApiFunctionsTests
{
    [Fact]
    public void GetOpenApiDocument_DescribesExactlyTheRouteTablesApiRoutes()
    {
        var result = Assert.IsType<ContentResult>(new OpenApiFunctions().GetOpenApiDocument(new DefaultHttpContext().Request));
        var document = JsonNode.Parse(result.Content!)!;

        var described = new SortedSet<string>(
            from path in document["paths"]!.AsObject()
            from operation in path.Value!.AsObject()
            select $"{RouteDefinition.KeyOf(operation.Key, path.Key)} {operation.Value!["operationId"]} [{operation.Value["tags"]![0]}] {operation.Value["summary"]}",
            StringComparer.Ordinal);
        var declared = new SortedSet<string>(
            RouteTable.All.Where(r => r.Handler is not null).Select(r => $"{r.Key} {r.Name} [{r.Tag}] {r.Summary}"),
            StringComparer.Ordinal);

        Assert.Equal(declared, described);
    }
}
