using System.Text.Json;

namespace BorderScreening.Benchmarks.Report;

/// <summary>One measured figure.</summary>
public sealed record Figure(string Key, double Value, string Unit, string? Note = null);

/// <summary>The figures of one phase, saved as JSON for the report.</summary>
public sealed class ResultFile
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Figures in the order they were measured.</summary>
    public List<Figure> Figures { get; init; } = [];

    /// <summary>Free-text facts (dataset shape, hit rate, counts).</summary>
    public Dictionary<string, string> Facts { get; init; } = [];

    /// <summary>Adds a figure and echoes it on the console.</summary>
    public void Add(string key, double value, string unit, string? note = null)
    {
        Figures.Add(new Figure(key, value, unit, note));
        Console.WriteLine($"  {key} = {value:0.###} {unit}{(note is null ? "" : "  (" + note + ")")}");
    }

    /// <summary>Adds a fact.</summary>
    public void Fact(string key, string value)
    {
        Facts[key] = value;
        Console.WriteLine($"  {key}: {value}");
    }

    /// <summary>Writes the file.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Options));

    /// <summary>Reads a file; empty when it is missing.</summary>
    public static ResultFile Load(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ResultFile>(File.ReadAllText(path), Options) ?? new ResultFile() : new ResultFile();
}
