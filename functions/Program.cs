using BorderScreening.Functions.Composition;
using BorderScreening.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseWhen<SecurityWorkerMiddleware>(context => context.FunctionDefinition.InputBindings.Values.Any(b => b.Type == "httpTrigger"));
// Refuses to start with Auth:Mode=LocalKey (Entra only in Azure).
builder.Services.AddFunctionsApp(builder.Configuration);
await builder.Build().RunAsync();
