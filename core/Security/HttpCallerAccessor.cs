using Microsoft.AspNetCore.Http;

namespace BorderScreening.Core.Security;

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

    /// <summary>Makes <paramref name="caller"/> the caller of this request and of the code it calls.</summary>
    public static void Set(HttpContext context, Caller caller)
    {
        context.Items[ItemKey] = caller;
        Current.Value = caller;
    }
}
