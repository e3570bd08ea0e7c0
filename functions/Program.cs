using BorderScreening.Core.Composition;
using BorderScreening.Core.Feeds.Json;
using BorderScreening.Model.Composition;
using BorderScreening.Functions.Http;
using BorderScreening.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseWhen<SecurityWorkerMiddleware>(context => context.FunctionDefinition.InputBindings.Values.Any(b => b.Type == "httpTrigger"));
builder.Services.ConfigureHttpJsonOptions(options => ScreeningJson.Configure(options.SerializerOptions));
builder.Services.AddScreening(builder.Configuration).AddScreeningModel();
builder.Services.AddHostedService<BorderScreening.Functions.Model.ModelServingStartup>();
builder.Services.AddFunctionsTelemetry(builder.Configuration);
await builder.Build().RunAsync();
