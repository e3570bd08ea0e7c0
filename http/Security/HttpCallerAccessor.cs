using BorderScreening.Application.Security;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Security;

/// <summary>
/// Holds the caller set by <see cref="ScreeningAuthMiddleware"/> in <see cref="HttpContext.Items"/>
/// and in an async-local, so that it reaches the API classes in both hosts (in the Functions worker
/// an <c>IHttpContextAccessor</c> does not flow into the function invocation; the async-local does).
/// </summary>
public sealed class HttpCallerAccessor : ICallerAccessor
{
    /// <summary>Key of the caller in <see cref="HttpContext.Items"/>.</summary>
    public const string ItemKey = "BorderScreening.Caller";

    private static readonly AsyncLocal<Caller?> Current = new();

    /// <inheritdoc />
    public Caller? Caller => Current.Value;

    /// <summary>The caller stored on a request, if any.</summary>
    public static Caller? From(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as Caller : null;

    /// <summary>Stores <paramref name="caller"/> as the caller of the request.</summary>
    public static void Set(HttpContext context, Caller caller) => context.Items[ItemKey] = caller;

    /// <summary>
    /// Makes the request's caller current for the code called next. Must be called from the frame that
    /// calls the next middleware or the function: a value set inside an awaited async method does not
    /// flow back to its caller (this method is synchronous on purpose).
    /// </summary>
    public static void Flow(HttpContext context) => Current.Value = From(context);
}
