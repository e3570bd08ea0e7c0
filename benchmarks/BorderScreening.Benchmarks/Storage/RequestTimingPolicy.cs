using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace BorderScreening.Benchmarks.Storage;

/// <summary>
/// Times every storage request of the ingest by kind (sighting adds, count queries, transactions,
/// other table calls, queue calls), so the report can say where the time goes. The sums are request
/// time: with 16 calls in flight they add up to more than the wall time, but their shares compare.
/// </summary>
internal sealed class RequestTimingPolicy : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, (long Count, long Ticks)> _byKind = new(StringComparer.Ordinal);

    /// <summary>Request count and summed seconds per kind.</summary>
    public IReadOnlyDictionary<string, (long Count, double Seconds)> Totals =>
        _byKind.ToDictionary(p => p.Key, p => (p.Value.Count, p.Value.Ticks / (double)Stopwatch.Frequency), StringComparer.Ordinal);

    /// <summary>Forgets what was timed (after a warm-up).</summary>
    public void Reset() => _byKind.Clear();

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        ProcessNext(message, pipeline);
        Record(message, started);
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Record(message, started);
    }

    /// <summary>The kind of a request, from its method and path (table names carry a run prefix).</summary>
    public static string KindOf(string method, string path)
    {
        var last = path.TrimEnd('/').Split('/')[^1];
        if (last.Contains("$batch", StringComparison.Ordinal))
        {
            // A transaction's path names no table; the network counter's are its sightings with their marker.
            return TimedNetworkCounter.Recording ? "sighting transactions" : "transactions";
        }

        var sightings = last.Contains("sightings", StringComparison.Ordinal);
        return (method, sightings) switch
        {
            ("POST", true) => "sighting adds",
            ("GET", true) => "count queries",
            _ when path.Contains("/messages", StringComparison.Ordinal) => "queue calls",
            ("GET", false) => "other table reads",
            _ => "other table writes",
        };
    }

    private void Record(HttpMessage message, long started)
    {
        var ticks = Stopwatch.GetTimestamp() - started;
        var kind = KindOf(message.Request.Method.ToString().ToUpperInvariant(), message.Request.Uri.Path);
        _byKind.AddOrUpdate(kind, (1, ticks), (_, total) => (total.Count + 1, total.Ticks + ticks));
    }

    /// <summary>One line per kind, largest share first: "count queries 7,200 requests, 12.3 s (41%)".</summary>
    public string Describe()
    {
        var totals = Totals;
        var sum = totals.Values.Sum(t => t.Seconds);
        return string.Join("; ", totals.OrderByDescending(t => t.Value.Seconds).Select(t =>
            string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value.Count:N0} requests, {t.Value.Seconds:N1} s ({100 * t.Value.Seconds / Math.Max(sum, 1e-9):0}%)")));
    }
}
