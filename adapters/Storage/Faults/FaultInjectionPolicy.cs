using System.Diagnostics.Metrics;
using System.Net.Sockets;
using Azure.Core;
using Azure.Core.Pipeline;

namespace BorderScreening.Adapters.Storage.Faults;

/// <summary>
/// An Azure SDK pipeline policy that fails a chosen share of storage calls with a 503, a timeout or a
/// connection reset — half of them (by default) after storage has done the work, so the caller sees
/// a failure for a write that happened. Placed per retry, inside the SDK's retry loop, so the
/// configured retry options meet the faults exactly as they would meet real ones.
/// </summary>
public sealed class FaultInjectionPolicy : HttpPipelinePolicy
{
    /// <summary>Meter name for the injected-fault counter.</summary>
    public const string MeterName = "BorderScreening.Faults";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Injected = Meter.CreateCounter<long>("screening.faults.injected", description: "Storage calls failed on purpose");

    private readonly FaultOptions _options;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private long _count;

    /// <summary>Creates the policy.</summary>
    public FaultInjectionPolicy(FaultOptions options)
    {
        _options = options;
        _random = options.Seed == 0 ? new Random() : new Random(options.Seed);
    }

    /// <summary>Faults injected so far by this policy.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: false).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline, async: true);

    private async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline, bool async)
    {
        var (fail, after, kind) = Draw();
        if (fail && !after)
        {
            await FailAsync(message, kind, async);
            return;
        }

        if (async)
        {
            await ProcessNextAsync(message, pipeline);
        }
        else
        {
            ProcessNext(message, pipeline);
        }

        if (fail)
        {
            // The work is done in storage; the caller only learns that "something went wrong".
            message.Response.Dispose();
            await FailAsync(message, kind, async);
        }
    }

    private (bool Fail, bool After, FaultKind Kind) Draw()
    {
        lock (_gate)
        {
            if (_random.NextDouble() >= _options.Rate)
            {
                return (false, false, default);
            }

            return (true, _random.NextDouble() < _options.AfterShare, (FaultKind)_random.Next(3));
        }
    }

    private async ValueTask FailAsync(HttpMessage message, FaultKind kind, bool async)
    {
        Interlocked.Increment(ref _count);
        Injected.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));
        switch (kind)
        {
            case FaultKind.ServiceUnavailable:
                message.Response = new InjectedFaultResponse(message.Request.ClientRequestId);
                return;
            case FaultKind.Timeout:
                // A short wait stands in for the network timeout so a run is not dominated by waiting;
                // the SDK treats a cancellation it did not ask for as a timeout and retries.
                if (async)
                {
                    await Task.Delay(50, message.CancellationToken);
                }
                else
                {
                    Thread.Sleep(50);
                }

                throw new TaskCanceledException("Injected fault: the storage call timed out.", new TimeoutException("Injected timeout."));
            default:
                throw new IOException("Injected fault: the connection was reset.", new SocketException((int)SocketError.ConnectionReset));
        }
    }
}
