using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Screening;

/// <summary>
/// Turns an authenticated <c>Feed.Submit</c> caller into the <see cref="FeedSource"/> it may send as:
/// the binding that names its subject (an exact match wins over the local wildcard), limited further
/// by the jurisdictions of its token. The caller's subject becomes part of each record identity.
/// </summary>
public sealed class FeedSources(IOptions<FeedBindingOptions> options)
{
    /// <summary>The source for <paramref name="caller"/>; null when no binding names it (it may send nothing).</summary>
    public FeedSource? For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var bindings = options.Value.Bindings.Values;
        var binding = bindings.FirstOrDefault(b => b.Principals.Contains(caller.Subject, StringComparer.Ordinal))
            ?? bindings.FirstOrDefault(b => b.Principals.Contains(FeedBindingOptions.AnyPrincipal, StringComparer.Ordinal));
        if (binding is null)
        {
            return null;
        }

        var jurisdictions = Jurisdictions(binding.Jurisdictions).Where(caller.CanSubmitFor).ToHashSet();
        var sources = binding.SourceSystems.Contains("*", StringComparer.Ordinal)
            ? null
            : binding.SourceSystems.Select(s => s.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        return new FeedSource(caller.Subject, jurisdictions, sources);
    }

    private static IEnumerable<Jurisdiction> Jurisdictions(IEnumerable<string> codes) =>
        codes.SelectMany(code => string.Equals(code.Trim(), "BQ", StringComparison.OrdinalIgnoreCase)
            ? JurisdictionCodes.All.Where(j => j.ReviewArea() == "BQ")
            : JurisdictionCodes.TryParse(code.Trim(), out var j) ? [j] : []);
}
