using BorderScreening.Application.Dependencies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Http.Protocol;

/// <summary>The local host's mapping of an unreachable dependency to a 503 problem (see <see cref="DependencyUnavailable"/>).</summary>
public sealed partial class DependencyUnavailableExceptionHandler(IDependencyFailureClassifier sdk, ILogger<DependencyUnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DependencyUnavailable.Matches(exception, sdk, httpContext.RequestAborted))
        {
            return false;
        }

        // The exception type only: messages of storage errors can carry request URLs.
        LogUnavailable(logger, exception.GetType().Name);
        return await DependencyUnavailable.TryWriteAsync(httpContext);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A dependency was unavailable after retries ({ExceptionType}); answered 503")]
    private static partial void LogUnavailable(ILogger logger, string exceptionType);
}
