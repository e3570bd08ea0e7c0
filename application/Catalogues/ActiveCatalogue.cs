namespace BorderScreening.Application.Catalogues;

/// <summary>
/// The active pointer every instance follows: the version in force and the versions that were in
/// force before it (oldest first), so a rollback knows where to go back to.
/// </summary>
/// <param name="Version">The version in force.</param>
/// <param name="History">Earlier versions in force, oldest first (at most <see cref="MaxHistory"/>).</param>
/// <param name="ChangedBy">Subject of whoever set it.</param>
/// <param name="ChangedAt">When it was set.</param>
/// <param name="Reason">Why.</param>
/// <param name="ConcurrencyToken">The store's version of the pointer as read, for a conditional replace (null when nothing is stored yet).</param>
public sealed record ActiveCatalogue(string Version, IReadOnlyList<string> History, string ChangedBy, DateTimeOffset ChangedAt, string Reason, string? ConcurrencyToken)
{
    /// <summary>How many earlier versions the pointer remembers.</summary>
    public const int MaxHistory = 20;
}
