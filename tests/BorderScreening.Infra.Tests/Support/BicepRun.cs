using System.Text.RegularExpressions;

namespace BorderScreening.Infra.Tests.Support;

/// <summary>Result of one Bicep CLI invocation.</summary>
internal sealed partial record BicepRun(string Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// Diagnostic lines of level Warning or Error, e.g. "x.bicep(3,7) : Warning BCP081: ...".
    /// Compiler (BCP) findings are warnings with exit code 0, so the exit code alone is not enough.
    /// </summary>
    public IReadOnlyList<string> Findings =>
        (StandardError + "\n" + StandardOutput)
            .Split('\n')
            .Where(line => FindingPattern().IsMatch(line))
            .Select(line => line.Trim())
            .ToList();

    public IReadOnlyList<string> FindingsFor(string file) =>
        Findings.Where(f => f.Contains(file, StringComparison.Ordinal)).ToList();

    public override string ToString() =>
        $"bicep {Arguments} -> exit {ExitCode}\n{StandardError}\n{StandardOutput}";

    [GeneratedRegex(@"\)\s*:\s*(Warning|Error)\s", RegexOptions.CultureInvariant)]
    private static partial Regex FindingPattern();
}
