using System.ComponentModel;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Security;
using BorderScreening.LocalHost;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands;

/// <summary>
/// <c>screening token --role Review.CW [--role ...] [--subject demo-reviewer-cw] [--minutes 480]
/// [--jurisdictions AW,CW]</c>: prints a bearer token for the local host, signed with the local key
/// file (the one <c>serve</c> uses). Only the token goes to stdout, so <c>$(screening token ...)</c> works.
/// Review.Supervisor, Audit.Read and Model.Train reach only the jurisdictions of <c>--jurisdictions</c>
/// (none without it) unless the token also carries <c>--role Jurisdictions.All</c>.
/// </summary>
public sealed class TokenCommand : Command<TokenCommand.Settings>
{
    /// <summary>Options of the token command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>App roles (repeat the option).</summary>
        [CommandOption("-r|--role <ROLE>")]
        [Description("App role: Feed.Submit, Review.AW, Review.CW, Review.SX, Review.BQ, Review.Supervisor, Model.Train, Model.Promote, Rules.Manage, Audit.Read, Jurisdictions.All (repeatable)")]
        public string[] Roles { get; init; } = [];

        /// <summary>Subject: a pseudonymous id, not a name.</summary>
        [CommandOption("-s|--subject <SUBJECT>")]
        [Description("Subject of the token (a pseudonymous id such as demo-reviewer-cw; not a name)")]
        public string Subject { get; init; } = "demo-user";

        /// <summary>Lifetime in minutes.</summary>
        [CommandOption("-m|--minutes <MINUTES>")]
        [Description("Lifetime in minutes (1 to 1440)")]
        public int Minutes { get; init; } = 480;

        /// <summary>The jurisdictions claim, which scopes Review.Supervisor, Audit.Read and Model.Train.</summary>
        [CommandOption("-j|--jurisdictions <CODES>")]
        [Description("Jurisdictions claim for Review.Supervisor, Audit.Read and Model.Train, e.g. AW,CW or BQ (none when left out; --role Jurisdictions.All for every jurisdiction)")]
        public string? Jurisdictions { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Roles.Length == 0)
            {
                return ValidationResult.Error("Give at least one --role.");
            }

            if (Roles.FirstOrDefault(r => !AppRoles.IsKnown(r)) is { } unknown)
            {
                return ValidationResult.Error($"Unknown role '{unknown}'. Roles: {string.Join(", ", AppRoles.All)}.");
            }

            if (Minutes is < 1 or > 1440)
            {
                return ValidationResult.Error("--minutes must lie between 1 and 1440.");
            }

            var codes = JurisdictionCodesOf(Jurisdictions);
            if (codes?.FirstOrDefault(c => c != "BQ" && !JurisdictionCodes.TryParse(c, out _)) is { } bad)
            {
                return ValidationResult.Error($"Unknown jurisdiction '{bad}'. Use AW, CW, SX, BQ, BQ-BO, BQ-SE, BQ-SA.");
            }

            return ValidationResult.Success();
        }

        internal static IReadOnlyList<string>? JurisdictionCodesOf(string? value) =>
            value?.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToList();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        options.LocalKeyFile = configuration[$"{AuthOptions.SectionName}:LocalKeyFile"] ?? DefaultKeyFile();
        if (!options.IsLocalKey)
        {
            AnsiConsole.MarkupLine("[red]Auth:Mode is not LocalKey: in Entra mode tokens come from Entra ID.[/]");
            return 1;
        }

        var token = new LocalTokenIssuer(options, TimeProvider.System)
            .Issue(settings.Subject, settings.Roles, TimeSpan.FromMinutes(settings.Minutes), Settings.JurisdictionCodesOf(settings.Jurisdictions));
        if (ScopedWithoutJurisdictions(settings) is { } role)
        {
            // A warning, not an error: a token that reaches nothing is useful to try the refusals. On
            // stderr, so $(screening token ...) still captures the token alone.
            Console.Error.WriteLine($"Note: {role} without --jurisdictions (or --role {AppRoles.JurisdictionsAll}) reaches no jurisdiction.");
        }

        Console.Out.WriteLine(token);
        return 0;
    }

    /// <summary>A jurisdiction-scoped role the token holds without any jurisdiction to reach, or null.</summary>
    internal static string? ScopedWithoutJurisdictions(Settings settings) =>
        settings.Roles.Contains(AppRoles.JurisdictionsAll, StringComparer.Ordinal) || Settings.JurisdictionCodesOf(settings.Jurisdictions) is { Count: > 0 }
            ? null
            : settings.Roles.FirstOrDefault(r => AppRoles.JurisdictionScoped.Contains(r, StringComparer.Ordinal));

    /// <summary>The key file <c>serve</c> uses: .data/token-signing.key in the repository root.</summary>
    internal static string DefaultKeyFile() => Path.Combine(RepositoryRoot.Find(), ".data", "token-signing.key");
}
