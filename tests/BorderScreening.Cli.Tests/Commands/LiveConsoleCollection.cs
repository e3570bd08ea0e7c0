namespace BorderScreening.Cli.Tests.Commands;

/// <summary>
/// Commands that draw a live display (progress bars) share Spectre's static console, which refuses
/// a second live display while one runs ("interactive functions concurrently"), and the CLI then
/// exits with -1. Classes that run such commands join this collection so they never overlap.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveConsoleCollection
{
    /// <summary>The collection name used by <c>[Collection]</c>.</summary>
    public const string Name = "live console";
}
