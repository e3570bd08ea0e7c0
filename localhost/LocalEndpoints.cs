using System.Globalization;
using System.Text.Json.Nodes;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using Microsoft.OpenApi;

namespace BorderScreening.LocalHost;

/// <summary>
/// The local host's API routes: every entry of <see cref="RouteTable"/> with a handler, mapped with
/// its method, path and OpenAPI metadata (which feed the OpenAPI document). Nothing is mapped by
/// hand here; the Functions app serves the same entries (a test checks its attributes).
/// </summary>
public static class LocalEndpoints
{
    /// <summary>Maps every API route of the table.</summary>
    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        foreach (var route in RouteTable.All.Where(r => r.Handler is not null && r.Hosts.HasFlag(RouteHosts.LocalHost)))
        {
            Describe(app.MapMethods(route.Path, [route.Method], route.Handler!), route);
        }

        return app;
    }

    private static void Describe(RouteHandlerBuilder endpoint, RouteDefinition route)
    {
        endpoint.WithName(route.Name);
        if (route.Tag is not null)
        {
            endpoint.WithTags(route.Tag);
        }

        if (route.Summary is not null)
        {
            endpoint.WithSummary(route.Summary);
        }

        if (route.Description is not null)
        {
            endpoint.WithDescription(route.Description);
        }

        if (route.Request is not null)
        {
            endpoint.Accepts(route.Request.Type, route.Request.ContentType);
        }

        if (route.Query.Count > 0)
        {
            // The handlers read the query from the request themselves, so the generator sees no
            // parameters: the table's declarations describe them.
            endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                foreach (var query in route.Query)
                {
                    operation.Parameters.Add(Parameter(query));
                }

                return Task.CompletedTask;
            });
        }

        foreach (var response in route.Responses)
        {
            if (response.IsProblem)
            {
                endpoint.ProducesProblem(response.Status);
            }
            else
            {
                endpoint.Produces(response.Status, response.Body, response.ContentType);
            }
        }
    }

    private static OpenApiParameter Parameter(RouteQuery query) => new()
    {
        Name = query.Name,
        In = ParameterLocation.Query,
        Required = query.Required,
        Description = query.Description,
        Schema = query.Kind switch
        {
            QueryValueKind.Integer => new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = query.Minimum?.ToString(CultureInfo.InvariantCulture),
                Maximum = query.Maximum?.ToString(CultureInfo.InvariantCulture),
            },
            QueryValueKind.Boolean => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            QueryValueKind.Date => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            QueryValueKind.DateTime => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            QueryValueKind.Jurisdiction => Choice(["AW", "CW", "SX", "BQ-BO", "BQ-SE", "BQ-SA"]),
            QueryValueKind.Choice => Choice(query.Values),
            _ => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = query.MaxLength },
        },
    };

    private static OpenApiSchema Choice(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
    };
}
