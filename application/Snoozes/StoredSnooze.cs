namespace BorderScreening.Application.Snoozes;

/// <summary>A snooze as read, and the store's version of it for a conditional change.</summary>
public sealed record StoredSnooze(Snooze Snooze, string ConcurrencyToken);
