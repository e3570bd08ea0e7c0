using System.Globalization;
using System.Text;
using BorderScreening.Benchmarks.Report;

namespace BorderScreening.Benchmarks.Watchlists;

/// <summary>The watchlist section of docs/benchmarks.md, written by <c>scripts/bench watchlist</c> and kept by the full report.</summary>
public static class WatchlistReport
{
    /// <summary>Start marker of the section.</summary>
    public const string Start = "<!-- watchlist-bench:start -->";

    /// <summary>End marker of the section.</summary>
    public const string End = "<!-- watchlist-bench:end -->";

    /// <summary>The section as it stands in <paramref name="docPath"/> (empty when absent).</summary>
    public static string Existing(string docPath)
    {
        var text = File.Exists(docPath) ? File.ReadAllText(docPath) : "";
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        return start >= 0 && end > start ? text[start..(end + End.Length)] + "\n" : "";
    }

    /// <summary>Replaces (or appends) the section from <c>watchlist.json</c> in <paramref name="resultsDir"/>.</summary>
    public static void Write(string resultsDir, string docPath, string command)
    {
        var file = ResultFile.Load(Path.Combine(resultsDir, "watchlist.json"));
        var machine = File.Exists(Path.Combine(resultsDir, "machine.txt")) ? File.ReadAllText(Path.Combine(resultsDir, "machine.txt")) : "";
        string Line(string key) => machine.Split('\n').FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..] ?? "?";
        Figure? F(string key) => file.Figures.FirstOrDefault(f => f.Key == key);
        string Value(string key, string format) => F(key) is { } f ? f.Value.ToString(format, CultureInfo.InvariantCulture) + " " + f.Unit : "not measured";
        string Verdict(string key, double limit) => F(key) is { } f ? (f.Value <= limit ? "PASS" : "MISS") : "n/a";

        var md = new StringBuilder();
        void L(string line = "") => md.Append(line).Append('\n');
        L(Start);
        L("## Watchlists (issue 19)");
        L();
        L($"`{command}`, {Line("date")}, load average {Line("load")}; one core (taskset). {string.Join("; ", file.Facts.Select(f => f.Value))}.");
        L();
        L("| target | measured | verdict | method |");
        L("| --- | --- | --- | --- |");
        L($"| screening against 100,000 entries ≤ 20 µs a record extra, one core | {Value("watchlist.match.us", "0.0")} | {Verdict("watchlist.match.us", 20)} | {F("watchlist.match.us")?.Note} |");
        L($"| loading of 100,000 entries ≤ 2 s (an instance starting) | {Value("watchlist.start.snapshot.ms", "N0")} | {Verdict("watchlist.start.snapshot.ms", 2_000)} | {F("watchlist.start.snapshot.ms")?.Note} |");
        L($"| refresh with 100,000 entries ≤ 2 s (one entry changed elsewhere) | {Value("watchlist.refresh.entry.ms", "N0")} | {Verdict("watchlist.refresh.entry.ms", 2_000)} | {F("watchlist.refresh.entry.ms")?.Note} |");
        L($"| refresh with 100,000 entries ≤ 2 s (1,000 imported elsewhere) | {Value("watchlist.refresh.import.ms", "N0")} | {Verdict("watchlist.refresh.import.ms", 2_000)} | {F("watchlist.refresh.import.ms")?.Note} |");
        L($"| first start with no snapshot yet | {Value("watchlist.start.table.ms", "N0")} | – | {F("watchlist.start.table.ms")?.Note} |");
        L($"| index build alone | {Value("watchlist.build.ms", "N0")} | – | {F("watchlist.build.ms")?.Note} |");
        L($"| bulk write of the lists | {Value("watchlist.store.s", "0.0")} | – | {F("watchlist.store.s")?.Note} |");
        L();
        L("An instance pages the table only on the very first start; it then writes the whole state as one gzip'd JSON blob");
        L("(`watchlists/snapshot.json.gz`), which later starts download instead, applying the change log after it. A refresh");
        L("reads the change log since its last look and only what changed (one entry, or the one list a bulk import touched),");
        L("then rebuilds the index, whose build time above is most of a refresh. Azurite 3.35 keeps tables in LokiJS collections:");
        L("each insert first looks the row up within its partition and each query page filters and sorts the whole table");
        L("(`LokiTableMetadataStore.queryTableEntities`), so the first start's table paging and the bulk writes are slower");
        L("there than on Azure Tables, where a page is a range read of the partition.");
        L(End);
        var text = File.Exists(docPath) ? File.ReadAllText(docPath) : "";
        var existing = Existing(docPath);
        text = existing.Length > 0 ? text.Replace(existing, md.ToString(), StringComparison.Ordinal) : text.TrimEnd('\n') + "\n\n" + md;
        File.WriteAllText(docPath, text);
        Console.WriteLine($"wrote the watchlist section of {docPath}");
    }
}
