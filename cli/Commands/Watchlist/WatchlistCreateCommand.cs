using System.ComponentModel;
using System.Text.Json;
using BorderScreening.Cli.Commands.Catalogue;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary><c>screening watchlist create</c>: a new list owned by a jurisdiction the token manages.</summary>
public sealed class WatchlistCreateCommand : AsyncCommand<WatchlistCreateCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CatalogueHostSettings
    {
        /// <summary>List id.</summary>
        [CommandOption("--id")]
        public string? Id { get; init; }

        /// <summary>Display name.</summary>
        [CommandOption("--name")]
        public string? Name { get; init; }

        /// <summary>EntitiesOfInterest or MissingChildren.</summary>
        [CommandOption("--purpose")]
        [Description("EntitiesOfInterest or MissingChildren")]
        public string? Purpose { get; init; }

        /// <summary>LabourExploitation or SexualExploitation.</summary>
        [CommandOption("--typology")]
        public string? Typology { get; init; }

        /// <summary>Owner jurisdiction.</summary>
        [CommandOption("--owner")]
        public string? Owner { get; init; }

        /// <summary>Name-match threshold.</summary>
        [CommandOption("--threshold")]
        public double? Threshold { get; init; }

        /// <summary>Whether a name match may make a case alone.</summary>
        [CommandOption("--fuzzy-creates-case")]
        public bool FuzzyCreatesCase { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        CatalogueClient.SendAsync(settings, HttpMethod.Post, "/api/watchlists", JsonSerializer.Serialize(new
        {
            id = settings.Id, name = settings.Name, purpose = settings.Purpose, typology = settings.Typology, owner = settings.Owner,
            threshold = settings.Threshold, fuzzyCreatesCase = settings.FuzzyCreatesCase,
        }), null, cancellationToken);
}
