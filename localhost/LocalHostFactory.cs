using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Common;
using BorderScreening.Hosting.Composition;
using BorderScreening.Http.Api;
using BorderScreening.Http.Protocol;
using BorderScreening.Http.Security;
using Microsoft.OpenApi;

namespace BorderScreening.LocalHost;

/// <summary>
/// Builds the local host: the application services of the Functions app behind Kestrel on
/// 127.0.0.1, with the same routes. Used by <c>screening serve</c> and by the tests.
/// </summary>
public static class LocalHostFactory
{
    /// <summary>Default address: the port the Functions host uses locally, so clients need no change.</summary>
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>Creates the web application; <paramref name="settings"/> override configuration.</summary>
    public static WebApplication Create(string[] args, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? DefaultUrl);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 8 * 1024 * 1024);
        builder.Services.ConfigureHttpJsonOptions(options => ScreeningJson.Configure(options.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DependencyUnavailableExceptionHandler>();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new()
            {
                Title = "Border screening API",
                Version = "v1",
                Description = "Screens traveller and work-permit records against trafficking indicators and a model, and queues hits for human review. The same routes are served by the Azure Functions app and the local host.",
            };
            document.Servers?.Clear();
            return Task.CompletedTask;
        }).AddSchemaTransformer((schema, context, _) =>
        {
            // Enumerations are read by name only (StrictEnumJsonConverter), which the generator cannot
            // see through: it would describe them as "anything" (and drop them as list items). Values
            // the generator did list (a record's "kind" discriminator) stay as they are.
            var type = context.JsonTypeInfo.Type;
            if (StrictEnumSchema.Names(type) is { } names && schema.Enum is not { Count: > 0 })
            {
                schema.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n))];
                if (Nullable.GetUnderlyingType(type) is not null)
                {
                    schema.Enum.Add(JsonNullSentinel.JsonNull);
                }
            }
            else if (context.JsonTypeInfo.ElementType is { } element && StrictEnumSchema.Names(element) is not null && schema.Items is null)
            {
                // The generator drops list items it cannot describe; given a reference to the enumeration, it writes its names.
                schema.Items = new OpenApiSchemaReference(element.Name, context.Document);
            }

            return Task.CompletedTask;
        }));
        builder.Services.AddScreening(builder.Configuration).AddScreeningModel();
        builder.Services.AddLocalTelemetry(builder.Configuration);
        builder.Services.AddOptions<PageSignInOptions>().BindConfiguration(PageSignInOptions.SectionName)
            .Validate(o => o.IsValid, "SignIn needs Mode=Local, or Mode=Entra with an https Authority, ClientId, ApiScope and ProtocolMode AAD or OIDC.")
            .ValidateOnStart();
        // Hosted services start in this order: tables before the model registry, the model before the jobs.
        builder.Services.AddHostedService<StorageInitializer>();
        builder.Services.AddModelServingStartup();
        builder.Services.AddJobLoops();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseScreeningSecurity();
        app.MapOpenApi(RouteTable.OpenApiDocument.Path);
        app.MapScreeningApi();
        app.MapReviewerPage();
        app.MapTransparencyPage();
        return app;
    }
}
