using BorderScreening.Application.Feeds.Json;
using BorderScreening.Functions.Http;
using BorderScreening.Functions.Telemetry;
using BorderScreening.Hosting.Composition;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseWhen<SecurityWorkerMiddleware>(context => context.FunctionDefinition.InputBindings.Values.Any(b => b.Type == "httpTrigger"));
builder.Services.ConfigureHttpJsonOptions(options => ScreeningJson.Configure(options.SerializerOptions));
builder.Services.AddScreening(builder.Configuration).AddScreeningModel();
builder.Services.AddModelServingStartup();
builder.Services.AddFunctionsTelemetry(builder.Configuration);
await builder.Build().RunAsync();
