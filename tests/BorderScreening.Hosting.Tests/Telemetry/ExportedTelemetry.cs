using System.Diagnostics;
using BorderScreening.Application.Telemetry;
using BorderScreening.Hosting.Telemetry;
using BorderScreening.TestSupport;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BorderScreening.Hosting.Tests.Telemetry;

/// <summary>
/// The real object graph on Azurite with OpenTelemetry's in-memory exporters. Spans are kept only
/// when they belong to the test's own root span, so nothing from elsewhere in the process counts.
/// </summary>
internal sealed class ExportedTelemetry : IAsyncDisposable
{
    private static readonly ActivitySource TestSource = new("BorderScreening.Tests");

    private readonly List<Activity> _activities = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private Activity? _root;

    public ScreeningServices Services { get; private set; } = null!;

    public static async Task<ExportedTelemetry> CreateAsync()
    {
        var telemetry = new ExportedTelemetry();
        telemetry.Services = await ScreeningServices.CreateAsync(services => services.AddScreeningTelemetry("tests")
            .WithTracing(t => t.AddSource(TestSource.Name).AddInMemoryExporter(telemetry._activities))
            .WithMetrics(m => m.AddInMemoryExporter(telemetry._metrics)));
        // No host here: resolving the providers starts them, and the metrics create the gauges.
        telemetry.Services.Get<TracerProvider>();
        telemetry.Services.Get<MeterProvider>();
        telemetry.Services.Get<ScreeningMetrics>();
        return telemetry;
    }

    /// <summary>
    /// Starts the test's root span. Synchronous on purpose: Activity.Current set inside an async
    /// method does not flow back to its caller, so the test itself must call this.
    /// </summary>
    public void Begin() => _root = TestSource.StartActivity("test");

    /// <summary>Ends the test's root span and collects the metrics.</summary>
    public void Flush()
    {
        _root?.Stop();
        Services.Get<TracerProvider>().ForceFlush();
        Services.Get<MeterProvider>().ForceFlush();
    }

    public IReadOnlyList<Activity> Spans(string name) =>
        _activities.Where(a => a.OperationName == name && a.TraceId == _root!.TraceId).ToList();

    public IReadOnlyList<Activity> AllSpans => _activities.Where(a => a.TraceId == _root!.TraceId).ToList();

    /// <summary>The metric's points of the last collection (cumulative).</summary>
    public IReadOnlyList<MetricPoint> Points(string name) =>
        _metrics.LastOrDefault(m => m.Name == name)?.MetricPoints ?? [];

    public IEnumerable<MetricSnapshot> AllMetrics => _metrics;

    public static IReadOnlyDictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    public async ValueTask DisposeAsync()
    {
        _root?.Dispose();
        await Services.DisposeAsync();
    }
}
