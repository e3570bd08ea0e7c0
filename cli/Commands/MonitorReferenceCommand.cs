using System.ComponentModel;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Domain.Indicators;
using BorderScreening.LocalHost;
using BorderScreening.Model.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Training;
using BorderScreening.Model.Training.Monitoring;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening monitor-reference [--model DIR] [--seed N] [--count N] [--out FILE]</c>: computes the
/// training reference distributions monitoring compares with (generated records from the model's
/// seed, scored with the catalogue in service) and writes them next to the model — by default
/// the shipped model's <c>model/shipped/monitoring-reference.json</c>.
/// </summary>
public sealed class MonitorReferenceCommand : Command<MonitorReferenceCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Model folder holding model.zip.</summary>
        [CommandOption("--model")]
        [Description("model folder with model.zip (default model/shipped)")]
        public string? Model { get; init; }

        /// <summary>Seed.</summary>
        [CommandOption("--seed")]
        public int Seed { get; init; } = DefaultModelBuilder.ShippedSeed;

        /// <summary>Generated records.</summary>
        [CommandOption("--count")]
        public int Count { get; init; } = MonitoringReferenceBuilder.DefaultCount;

        /// <summary>Output file (default: monitoring-reference.json in the model folder).</summary>
        [CommandOption("--out")]
        public string? Out { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.Model ?? Path.Combine(RepositoryRoot.Find(), "model", "shipped");
        var model = MlNetRiskModel.Load(Path.Combine(folder, ModelMetadata.ModelFileName));
        var reference = MonitoringReferenceBuilder.Build(model, IndicatorCatalogueLoader.LoadEmbedded(), settings.Seed, settings.Count);
        var output = settings.Out ?? Path.Combine(folder, MonitoringReference.FileName);
        File.WriteAllText(output, reference.ToJson() + "\n");
        AnsiConsole.MarkupLine($"Reference of {Markup.Escape(reference.Source)} written to {Markup.Escape(output)}.");
        return 0;
    }
}
