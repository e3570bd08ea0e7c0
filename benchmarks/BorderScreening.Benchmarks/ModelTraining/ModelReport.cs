using System.Globalization;
using System.Text;
using BorderScreening.Benchmarks.Report;

namespace BorderScreening.Benchmarks.ModelTraining;

/// <summary>
/// Writes the model section of docs/benchmarks.md between its markers, leaving the rest of the file
/// alone: the model phase takes minutes and runs on its own (<c>scripts/bench model</c>), and the
/// full report keeps this section as it is (<see cref="MarkdownReport"/>).
/// </summary>
public static class ModelReport
{
    /// <summary>Start marker of the section.</summary>
    public const string Start = "<!-- model-bench:start -->";

    /// <summary>End marker of the section.</summary>
    public const string End = "<!-- model-bench:end -->";

    /// <summary>The section as it stands in <paramref name="docPath"/>, markers included ("" when absent).</summary>
    public static string Existing(string docPath)
    {
        var text = File.Exists(docPath) ? File.ReadAllText(docPath) : "";
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        return start >= 0 && end > start ? text[start..(end + End.Length)] + "\n" : "";
    }

    /// <summary>Replaces (or appends) the section from <c>model.json</c> in <paramref name="resultsDir"/>.</summary>
    public static void Write(string resultsDir, string docPath, string command)
    {
        var file = ResultFile.Load(Path.Combine(resultsDir, "model.json"));
        var machine = File.Exists(Path.Combine(resultsDir, "machine.txt")) ? File.ReadAllText(Path.Combine(resultsDir, "machine.txt")) : "";
        string Line(string key) => machine.Split('\n').FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..] ?? "?";

        var md = new StringBuilder();
        void L(string line = "") => md.Append(line).Append('\n');
        L(Start);
        L("## Model training and serving (one core)");
        L();
        L($"Command `{command}`, {Line("date")}, pinned to one core with `taskset -c 0` on a {Line("nproc")}-core machine " +
          $"({Line("cpu")}); load averages {Line("load")}. Written by the model phase only; the other sections come from the full run.");
        var loadBefore = double.TryParse(Line("load").Split(' ')[0], CultureInfo.InvariantCulture, out var l) ? l : 0;
        var cores = int.TryParse(Line("nproc"), CultureInfo.InvariantCulture, out var n) ? n : 1;
        if (loadBefore > 2 * cores)
        {
            L();
            L($"**The machine was overloaded during this run** (load {loadBefore.ToString("F0", CultureInfo.InvariantCulture)} on {cores} cores: other builds and tests ran): the core this " +
              "phase was pinned to was shared with many other processes, so every figure below is an upper bound, several times what an idle core " +
              "gives — compare `MlNetRiskModel.Predict` in the micro benchmarks above (same code, quieter machine). Run `scripts/bench model` again on a quiet machine.");
        }

        L();
        L("| figure | value | what |");
        L("| --- | ---: | --- |");
        foreach (var f in file.Figures)
        {
            var value = f.Unit switch
            {
                "records/s" => f.Value.ToString("N0", CultureInfo.InvariantCulture),
                "µs" => f.Value.ToString("N2", CultureInfo.InvariantCulture),
                _ => f.Value.ToString("N1", CultureInfo.InvariantCulture),
            };
            L($"| `{f.Key}` | {value} {f.Unit} | {f.Note} |");
        }

        L();
        foreach (var (k, v) in file.Facts.Where(f => f.Key != "checksum"))
        {
            L($"- {k}: {v}");
        }

        L("- Training is the real run: generated records (seed of the shipped model), train/calibration/holdout split, FastTree and LightGbm");
        L("  both trained and the better kept on the holdout, Platt calibration, holdout scoring. Data generation is timed apart.");
        L("- Load = reading model.zip and making the first prediction (engine creation), median of 7 after a warm-up; the registry adds a blob download.");
        L(End);

        var text = File.Exists(docPath) ? File.ReadAllText(docPath) : "";
        var existing = Existing(docPath);
        text = existing.Length > 0 ? text.Replace(existing, md.ToString(), StringComparison.Ordinal) : text.TrimEnd('\n') + "\n\n" + md;
        File.WriteAllText(docPath, text);
        Console.WriteLine($"wrote the model section of {docPath}");
    }
}
