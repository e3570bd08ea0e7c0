using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Oversight.Transparency;
using BorderScreening.Application.Retention;
using BorderScreening.Domain.Indicators;
using BorderScreening.LocalHost;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening transparency [--out docs/transparency.md]</c>: regenerates the public transparency page
/// from the catalogue in service, the shipped model card and the retention and monitoring settings
/// (configuration sections Retention and Monitoring, defaults when absent). A test fails when the
/// committed page is stale.
/// </summary>
public sealed class TransparencyCommand : Command<TransparencyCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Output file (default docs/transparency.md in the repository).</summary>
        [CommandOption("--out")]
        public string? Out { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var retention = configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        var monitoring = configuration.GetSection(MonitoringOptions.SectionName).Get<MonitoringOptions>() ?? new MonitoringOptions();
        var markdown = TransparencyPage.RenderMarkdown(
            IndicatorCatalogueLoader.LoadEmbedded(), ModelCardSummary.Load(TransparencyEndpoint.ModelCardPath), retention, monitoring);
        var output = settings.Out ?? Path.Combine(RepositoryRoot.Find(), "docs", "transparency.md");
        File.WriteAllText(output, markdown);
        AnsiConsole.MarkupLine($"Transparency page written to {Markup.Escape(output)}.");
        return 0;
    }
}
