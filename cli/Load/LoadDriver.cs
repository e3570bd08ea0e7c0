using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BorderScreening.Application.Security;
using BorderScreening.Http.Security;

namespace BorderScreening.Cli.Load;

/// <summary>
/// Sends the burst: every flight at once, each retried with its Idempotency-Key until answered (after
/// a client-side timeout, a 429/5xx or a broken connection), some re-sent whole after their answer,
/// and some travellers posted again on their own while their flight is still being screened.
/// </summary>
internal sealed class LoadDriver(Uri baseAddress, LocalTokenIssuer tokens, LoadRunOptions options, TrafficCounts counts)
{
    private const int MaxAttempts = 10;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(3);

    private readonly Random _random = new(options.Seed + 1);
    private readonly Lock _gate = new();

    /// <summary>Runs every flight concurrently and returns when each has its answers.</summary>
    public async Task RunAsync(IReadOnlyList<Flight> flights, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 256 };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        await Task.WhenAll(flights.Select(f => RunFlightAsync(http, f, cancellationToken)));
    }

    private async Task RunFlightAsync(HttpClient http, Flight flight, CancellationToken cancellationToken)
    {
        var token = tokens.Issue(flight.Subject, [AppRoles.FeedSubmit], TimeSpan.FromHours(2), ["AW", "CW", "SX", "BQ"]);
        // Evenly spread, so even a small run has its share of timeouts and re-sends.
        var timeoutFirst = Picked(flight.Number, options.ClientTimeoutShare, 0.5);
        var resend = Picked(flight.Number, options.ResendShare, 0);
        int duplicateDelayMs, clientTimeoutMs;
        lock (_gate)
        {
            duplicateDelayMs = _random.Next(0, 1500);
            clientTimeoutMs = _random.Next(100, 800);
        }

        var duplicates = Task.Run(
            async () =>
            {
                await Task.Delay(duplicateDelayMs, cancellationToken);
                foreach (var (body, _) in flight.Duplicates)
                {
                    counts.Duplicate();
                    await SendUntilAnsweredAsync(http, token, "/api/screenings", "application/json", body, 1, idempotencyKey: null, firstTimeout: null, cancellationToken);
                }
            },
            cancellationToken);

        await SendUntilAnsweredAsync(
            http, token, flight.Path, flight.ContentType, flight.Body, flight.ExpectedIds.Count, flight.IdempotencyKey,
            timeoutFirst ? TimeSpan.FromMilliseconds(clientTimeoutMs) : null, cancellationToken);
        if (resend)
        {
            counts.Resend();
            await SendUntilAnsweredAsync(http, token, flight.Path, flight.ContentType, flight.Body, flight.ExpectedIds.Count, flight.IdempotencyKey, null, cancellationToken);
        }

        await duplicates;
    }

    private async Task SendUntilAnsweredAsync(
        HttpClient http, string token, string path, string contentType, byte[] body, int records, string? idempotencyKey, TimeSpan? firstTimeout, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            var timeout = attempt == 1 && firstTimeout is { } t ? t : RequestTimeout;
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            counts.Sent(records);
            counts.Opened();
            try
            {
                using var response = await http.SendAsync(request, timer.Token);
                var status = (int)response.StatusCode;
                counts.Status(status);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    if (response.Headers.Contains("Idempotent-Replayed"))
                    {
                        counts.WasReplayed();
                    }

                    await ReadAnswerAsync(response, timer.Token);
                    return;
                }

                if (status is 429 or >= 500)
                {
                    counts.ErrorRetry();
                    await Task.Delay(Backoff(attempt), cancellationToken);
                    continue;
                }

                // Anything else (a 400 for a record the generator should have made valid) is a failure.
                counts.Failed();
                return;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                counts.TimeoutRetry();
            }
            catch (HttpRequestException)
            {
                counts.ErrorRetry();
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
            finally
            {
                counts.Closed();
            }
        }

        counts.Failed();
    }

    private async Task ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var answer = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        foreach (var result in answer.RootElement.GetProperty("results").EnumerateArray())
        {
            if (result.TryGetProperty("assessmentId", out var id) && id.ValueKind == JsonValueKind.String
                && result.TryGetProperty("assessment", out var assessment) && assessment.ValueKind == JsonValueKind.Object
                && assessment.TryGetProperty("screenedAt", out var at))
            {
                counts.Answered(id.GetString()!, at.GetDateTimeOffset());
            }
        }
    }

    private static bool Picked(int n, double share, double offset) => Math.Floor((n + 1 + offset) * share) > Math.Floor((n + offset) * share);

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(5000, 250 * Math.Pow(2, attempt - 1)));
}
