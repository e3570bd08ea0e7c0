using System.Text.RegularExpressions;

namespace BorderScreening.Http.Protocol;

/// <summary>
/// Identifiers in paths (case, assessment, snooze, catalogue and model versions) are letters, digits,
/// '.', '-' and '_', at most 100 characters. Anything else cannot name a stored thing, so the route
/// answers 404 as for an unknown id, before storage sees a key Azure Tables would refuse (longer than
/// 1 KiB, or holding '/', '\', '#', '?' or control characters, which a percent-encoded path can carry).
/// </summary>
internal static partial class RouteIds
{
    /// <summary>Whether <paramref name="id"/> could be an id at all.</summary>
    public static bool IsPlausible(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
