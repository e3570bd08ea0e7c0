namespace BorderScreening.Application.Screening;

/// <summary>
/// The feeds and what each may send (configuration section "Feeds"), keyed by a name for people
/// (e.g. "klm-api"). A <c>Feed.Submit</c> caller without a binding sends nothing (fail closed).
/// </summary>
public sealed class FeedBindingOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Feeds";

    /// <summary>The principal wildcard, allowed for the local host only.</summary>
    public const string AnyPrincipal = "*";

    /// <summary>Bindings by feed name.</summary>
    public IDictionary<string, FeedBinding> Bindings { get; set; } = new Dictionary<string, FeedBinding>(StringComparer.Ordinal);

    /// <summary>Whether any binding matches every caller (refused outside the local host).</summary>
    public bool HasWildcardPrincipal => Bindings.Values.Any(b => b.Principals.Contains(AnyPrincipal));
}
