using System.Globalization;

namespace BorderScreening.Application.Cases;

/// <summary>
/// Row keys of the worklist's sort indexes. Each case of the working set (open, claimed, escalated)
/// has one index row per sort order in its jurisdiction's partition, next to the case row, so the
/// first page of a worklist is one range query with a small <c>take</c> instead of a read of the
/// whole partition. Keys start with "~", which sorts after every case id ("cw-…"), so a query for
/// case rows (<c>RowKey lt "~"</c>) never sees them.
/// </summary>
public static class WorklistIndex
{
    /// <summary>First character of every non-case row in a worklist partition.</summary>
    public const string Marker = "~";

    /// <summary>The sort orders a worklist offers, each with its own index.</summary>
    public static IReadOnlyList<string> Sorts { get; } = ["deadline", "priority", "score"];

    /// <summary>Whether a status keeps a case in the sort indexes.</summary>
    public static bool InWorkingSet(CaseStatus status) => status is CaseStatus.Open or CaseStatus.Claimed or CaseStatus.Escalated;

    /// <summary>Lowest row key of a sort's index (exclusive bound).</summary>
    public static string Start(string sort) => $"{Marker}{Code(sort)}|";

    /// <summary>Row key just past a sort's index (exclusive bound; "}" follows "|").</summary>
    public static string End(string sort) => $"{Marker}{Code(sort)}}}";

    /// <summary>The index row key of a case in one sort order.</summary>
    public static string RowKey(string sort, WorklistItem item) => RowKey(sort, SortInputs.Of(item), item.CaseId);

    /// <summary>
    /// The row key for a deadline-sorted index that every case due at or before <paramref name="deadline"/>
    /// sorts below (an exclusive upper bound for "deadlineBefore").
    /// </summary>
    public static string DeadlineBound(DateTimeOffset deadline) =>
        string.Create(CultureInfo.InvariantCulture, $"{Start("deadline")}{deadline.UtcTicks + 1:D19}");

    /// <summary>Whether a row key belongs to a sort's index (continuation tokens are checked with it).</summary>
    public static bool Belongs(string sort, string rowKey) =>
        rowKey.StartsWith(Start(sort), StringComparison.Ordinal) && rowKey.Length < 200 && rowKey.All(c => c >= ' ' && c < 127 && c is not ('/' or '\\' or '#' or '?'));

    /// <summary>The index key of a case in one sort order, from the values it was indexed with.</summary>
    public static string RowKey(string sort, SortInputs inputs, string caseId) => sort switch
    {
        // Same orders as the worklist always had: deadline then priority; priority then deadline;
        // score (highest first) then deadline. Fixed-width numbers so text order is numeric order.
        "priority" => string.Create(CultureInfo.InvariantCulture, $"{Start(sort)}{inputs.Priority:D1}|{inputs.DeadlineTicks:D19}|{caseId}"),
        "score" => string.Create(CultureInfo.InvariantCulture, $"{Start(sort)}{MaxScaledScore - inputs.ScaledScore:D16}|{inputs.DeadlineTicks:D19}|{caseId}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start("deadline")}{inputs.DeadlineTicks:D19}|{inputs.Priority:D1}|{caseId}"),
    };

    private const long MaxScaledScore = 9_999_999_999_999_999;

    private static string Code(string sort) => sort switch
    {
        "priority" => "p",
        "score" => "s",
        _ => "d",
    };

    /// <summary>
    /// The values the index keys are made of. The case row stores them (property "IndexedAs") while
    /// its index rows exist, so a later change knows which rows to delete even if a value changed.
    /// </summary>
    /// <param name="Priority">Priority, 0–9.</param>
    /// <param name="DeadlineTicks">The deadline in UTC ticks.</param>
    /// <param name="ScaledScore">The score in billionths, so it sorts as a whole number.</param>
    public readonly record struct SortInputs(int Priority, long DeadlineTicks, long ScaledScore)
    {
        /// <summary>The values of a case as it is now.</summary>
        public static SortInputs Of(WorklistItem item) => new(
            Math.Clamp(item.Priority, 0, 9),
            item.Deadline.UtcTicks,
            double.IsFinite(item.Score) ? (long)Math.Round(Math.Clamp(item.Score, 0, 1_000_000) * 1_000_000_000) : 0);

        /// <summary>The stored form, read back by <see cref="Parse"/>.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Priority}|{DeadlineTicks}|{ScaledScore}");

        /// <summary>Reads the stored form; null when absent or malformed.</summary>
        public static SortInputs? Parse(string? text)
        {
            var parts = text?.Split('|');
            return parts is { Length: 3 }
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var p)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                ? new SortInputs(p, d, s)
                : null;
        }
    }
}
