using BorderScreening.Functions.Composition;
using BorderScreening.Http.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BorderScreening.Functions.Tests.Composition;

/// <summary>
/// What <c>Program.cs</c> registers (<see cref="FunctionsServiceCollectionExtensions.AddFunctionsApp"/>),
/// validated as the host does at start (<see cref="IStartupValidator"/>): the Functions app refuses
/// local keys.
/// </summary>
public sealed class FunctionsServiceCollectionExtensionsTests
{
    private static void Start(string mode)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:Mode"] = mode,
            ["Auth:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Auth:Audience"] = "api://border-screening-test",
            ["Auth:LocalKeyFile"] = Path.Combine(Path.GetTempPath(), "screening-tests", "never-created.key"),
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddFunctionsApp(configuration);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddFunctionsApp_LocalKeyMode_RefusesToStart()
    {
        var error = Assert.ThrowsAny<OptionsValidationException>(() => Start(AuthOptions.LocalKeyMode));

        Assert.Contains(FunctionsServiceCollectionExtensions.LocalKeyRefusal, error.Failures);
    }

    [Fact]
    public void AddFunctionsApp_LocalKeyModeInAnotherCase_RefusesToStart()
    {
        var error = Assert.ThrowsAny<OptionsValidationException>(() => Start("localkey"));

        Assert.Contains(FunctionsServiceCollectionExtensions.LocalKeyRefusal, error.Failures);
    }

    [Fact]
    public void AddFunctionsApp_EntraMode_Starts()
    {
        var exception = Record.Exception(() => Start(AuthOptions.EntraMode));

        Assert.Null(exception);
    }
}
