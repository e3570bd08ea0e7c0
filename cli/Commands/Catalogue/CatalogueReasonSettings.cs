using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary>Options of the commands that change the catalogue in force: a reason is required (it is audited).</summary>
public class CatalogueReasonSettings : CatalogueHostSettings
{
    /// <summary>Why.</summary>
    [CommandOption("--reason")]
    [Description("why the rules change (required; written to the audit log)")]
    public string Reason { get; init; } = "";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Reason) ? ValidationResult.Error("--reason is required") : ValidationResult.Success();
}
