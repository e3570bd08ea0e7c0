namespace BorderScreening.Application.Screening;

/// <summary>What one feed may send: its principals, source systems and jurisdictions.</summary>
public sealed class FeedBinding
{
    /// <summary>
    /// Token subjects of the feed's principals (in Entra the object id of the app's service
    /// principal, the <c>oid</c> of its app-only tokens). "*" matches every caller; it is refused in
    /// Entra mode and meant for the local host only.
    /// </summary>
    public IList<string> Principals { get; set; } = [];

    /// <summary>Source systems it may send as (compared case-insensitively); "*" for any.</summary>
    public IList<string> SourceSystems { get; set; } = [];

    /// <summary>Jurisdiction codes it may send for ("BQ" stands for its three islands).</summary>
    public IList<string> Jurisdictions { get; set; } = [];
}
