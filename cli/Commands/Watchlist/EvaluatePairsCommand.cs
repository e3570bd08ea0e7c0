using System.ComponentModel;
using System.Globalization;
using BorderScreening.Domain.Watchlists;
using Spectre.Console.Cli;

namespace BorderScreening.Cli.Commands.Watchlist;

/// <summary>
/// <c>screening watchlist evaluate-pairs FILE.csv</c>: scores each name pair as the person matcher
/// does at the default threshold (or <c>--threshold</c>) and writes one CSV line per pair to stdout
/// (<c>line,score,verdict,matched</c>), ending with <c>precision P, recall R</c> when labels are given.
/// Lines that cannot be read go to stderr with their number; exit code 2 when there were any.
/// </summary>
public sealed class EvaluatePairsCommand : Command<EvaluatePairsCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The pair file.</summary>
        [CommandArgument(0, "<file>")]
        [Description("CSV with the header given_a,surname_a,birth_a,given_b,surname_b,birth_b,match")]
        public string File { get; init; } = "";

        /// <summary>Threshold; the default of a list when absent.</summary>
        [CommandOption("--threshold")]
        [Description("match threshold in (0, 1] (default: the lists' default)")]
        public double? Threshold { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!System.IO.File.Exists(settings.File))
        {
            Console.Error.WriteLine($"{settings.File} does not exist");
            return 1;
        }

        using var reader = new StreamReader(settings.File);
        return Run(reader, Console.Out, Console.Error, settings.Threshold ?? NameSimilarity.DefaultThreshold);
    }

    /// <summary>Evaluates the pairs of <paramref name="input"/>; the exit code.</summary>
    public static int Run(TextReader input, TextWriter output, TextWriter errors, double threshold)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (threshold is <= 0 or > 1)
        {
            errors.WriteLine("--threshold must lie in (0, 1]");
            return 1;
        }

        var (pairs, problems) = NamePairFile.Read(input);
        foreach (var problem in problems)
        {
            errors.WriteLine(problem);
        }

        output.WriteLine("line,score,verdict,matched");
        var scored = new List<(double, bool?)>(pairs.Count);
        foreach (var pair in pairs)
        {
            var match = pair.Score();
            scored.Add((match.Score, pair.Match));
            output.WriteLine(CsvLine.Join(
            [
                pair.Line.ToString(CultureInfo.InvariantCulture),
                match.Score.ToString("0.000", CultureInfo.InvariantCulture),
                match.Score >= threshold ? "match" : "no match",
                match.Explain(),
            ]));
        }

        if (pairs.Any(p => p.Match is not null))
        {
            var result = PrecisionRecall.At(threshold, scored);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {result.Precision:0.000}, recall {result.Recall:0.000}"));
        }

        return problems.Count > 0 ? 2 : 0;
    }
}
