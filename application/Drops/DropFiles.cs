namespace BorderScreening.Application.Drops;

/// <summary>Names in the drop folders that feeds rely on.</summary>
public static class DropFiles
{
    /// <summary>Suffix of result files: "batch.jsonl" is answered in "batch.jsonl.result.json".</summary>
    public const string ResultSuffix = ".result.json";

    /// <summary>Whether a name is a result file rather than a file to screen.</summary>
    public static bool IsResult(string name) => name.EndsWith(ResultSuffix, StringComparison.OrdinalIgnoreCase);
}
