namespace BorderScreening.Application.Cases;

/// <summary>A case as read from a sort index, with the index row key (the continuation point after it).</summary>
public sealed record IndexedCase(string RowKey, WorklistItem Item);
