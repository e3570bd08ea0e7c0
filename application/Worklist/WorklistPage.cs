using BorderScreening.Application.Cases;

namespace BorderScreening.Application.Worklist;

/// <summary>A page of a worklist.</summary>
/// <param name="Items">The cases of this page.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Page size asked for.</param>
/// <param name="Total">Number of cases matching the filters.</param>
/// <param name="Continuation">Pass as <c>continuation</c> for the next page; null on the last page (and for decided or missed lists).</param>
public sealed record WorklistPage(IReadOnlyList<WorklistItem> Items, int Page, int PageSize, int Total, string? Continuation = null);
