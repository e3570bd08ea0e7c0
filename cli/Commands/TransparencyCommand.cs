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
/// committed page is stale. An output ending in <c>.html</c> gets the HTML page the local host serves
/// at /transparency: the deploy writes it into the static web app (scripts/build-web.mjs). The static
/// page follows the active model when built with <c>--model-card</c> (the promoted run's card; the
/// deploy passes TRANSPARENCY_MODEL_CARD): the local host's page follows promotions by itself.
/// </summary>
public sealed class TransparencyCommand : Command<TransparencyCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Output file (default docs/transparency.md in the repository).</summary>
        [CommandOption("--out")]
        public string? Out { get; init; }

        /// <summary>The model card to describe (default: the shipped model's).</summary>
        [CommandOption("--model-card")]
        [System.ComponentModel.Description("model-card.json of the active model (default: the shipped model's); after a promotion, the promoted run's card")]
        public string? ModelCard { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var retention = configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions();
        var monitoring = configuration.GetSection(MonitoringOptions.SectionName).Get<MonitoringOptions>() ?? new MonitoringOptions();
        var output = settings.Out ?? Path.Combine(RepositoryRoot.Find(), "docs", "transparency.md");
        var catalogue = IndicatorCatalogueLoader.LoadEmbedded();
        var card = ModelCardSummary.Load(string.IsNullOrEmpty(settings.ModelCard) ? TransparencyEndpoint.ModelCardPath : settings.ModelCard);
        File.WriteAllText(output, output.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            ? TransparencyPage.RenderHtml(catalogue, card, retention, monitoring)
            : TransparencyPage.RenderMarkdown(catalogue, card, retention, monitoring));
        AnsiConsole.MarkupLine($"Transparency page written to {Markup.Escape(output)}.");
        return 0;
    }
}
