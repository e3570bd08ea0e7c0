namespace BorderScreening.Application.Cases;

/// <summary>Free text a reviewer gives with an action, bounded before it reaches the audit log.</summary>
internal static class ReviewText
{
    /// <summary>The text cut to 500 characters.</summary>
    public static string? Limit(string? text) => text is null ? null : text.Length <= 500 ? text : text[..500];
}
