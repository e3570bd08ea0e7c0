using System.Net.Sockets;
using BorderScreening.Application.Dependencies;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>
/// A storage or queue service that stays unreachable after the Azure SDK's retries is the service's
/// trouble, not the caller's mistake and not a bug: the caller gets a 503 problem with Retry-After
/// instead of a bare 500, and can retry the same request safely (screening is idempotent per record
/// and per Idempotency-Key). Both hosts use this: the local host as an exception handler, the Functions
/// app in its worker middleware.
/// </summary>
public static class DependencyUnavailable
{
    /// <summary>Seconds a caller is asked to wait before retrying.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>True when <paramref name="exception"/> means a dependency was unreachable or overloaded.</summary>
    /// <param name="exception">What the request threw.</param>
    /// <param name="sdk">Classifies the storage and queue SDK's own exceptions.</param>
    /// <param name="requestAborted">The request's own cancellation: a cancellation it asked for is not an outage.</param>
    public static bool Matches(Exception exception, IDependencyFailureClassifier sdk, CancellationToken requestAborted) => sdk.IsUnavailable(exception) ?? exception switch
    {
        // The SDK's network timeout surfaces as a cancellation the caller did not ask for.
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        TimeoutException or IOException or SocketException or HttpRequestException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => Matches(e, sdk, requestAborted)),
        _ => exception.InnerException is { } inner && Matches(inner, sdk, requestAborted),
    };

    /// <summary>Writes the 503 problem, unless the response has started already.</summary>
    public static async Task<bool> TryWriteAsync(HttpContext http)
    {
        if (http.Response.HasStarted)
        {
            return false;
        }

        http.Response.Clear();
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Results.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "A storage or queue service is unavailable",
            detail: $"Retry the same request after {RetryAfterSeconds} seconds (with the same Idempotency-Key for a batch). Records stored before the failure are answered as duplicates; nothing is screened twice.",
            type: Problems.TypeBase + "dependency-unavailable").ExecuteAsync(http);
        return true;
    }
}
