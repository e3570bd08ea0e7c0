using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Http.Watchlists;

/// <summary>An entry as the API shows it: no keyed hashes, the masked hint for identifiers.</summary>
public sealed record WatchlistEntryView(
    string ListId, string EntryId, WatchlistEntryKind Kind, string Display, string? BirthDate,
    string Reason, string Source, string AddedBy, DateTimeOffset AddedAt, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>The view of a stored entry.</summary>
    public static WatchlistEntryView Of(WatchlistEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var listed = entry.Listed;
        return new(listed.ListId, listed.EntryId, listed.Kind, entry.Display, listed.BirthDate?.ToString(), entry.Reason, entry.Source, entry.AddedBy, entry.AddedAt, listed.ValidFrom, listed.ValidTo);
    }
}
