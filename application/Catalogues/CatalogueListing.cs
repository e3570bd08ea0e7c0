namespace BorderScreening.Application.Catalogues;

/// <summary>What the operator sees before acting: the version in force, this instance's, and the stored candidates.</summary>
/// <param name="ActiveVersion">The version the stored pointer names (the shipped one when nothing was activated yet).</param>
/// <param name="InServiceHere">The version the answering instance scores with (equal to the active one once it followed the pointer).</param>
/// <param name="History">Versions in force before the active one, oldest first (rollback goes to the last).</param>
/// <param name="ChangedBy">Who set the active version (null when nothing was activated yet).</param>
/// <param name="ChangedAt">When.</param>
/// <param name="Reason">Why.</param>
/// <param name="Candidates">Stored catalogues, the shipped one included, by version.</param>
public sealed record CatalogueListing(
    string ActiveVersion,
    string InServiceHere,
    IReadOnlyList<string> History,
    string? ChangedBy,
    DateTimeOffset? ChangedAt,
    string? Reason,
    IReadOnlyList<StoredCatalogue> Candidates);
