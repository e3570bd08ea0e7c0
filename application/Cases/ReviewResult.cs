using BorderScreening.Application.Feeds;

namespace BorderScreening.Application.Cases;

/// <summary>How a review action ended.</summary>
public enum ReviewStatus
{
    /// <summary>Done.</summary>
    Ok,
    /// <summary>No such case visible to the actor.</summary>
    NotFound,
    /// <summary>The case's state does not allow it (claimed by someone else, already decided).</summary>
    Conflict,
    /// <summary>The request is invalid (see errors).</summary>
    Invalid,
    /// <summary>The actor's role does not allow it on a case they can see.</summary>
    Forbidden,
}

/// <summary>The result of a review action.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Factory methods read best on the result type itself.")]
public sealed record ReviewResult<T>(ReviewStatus Status, T? Value = default, string? Message = null, IReadOnlyList<FieldError>? Errors = null)
{
    /// <summary>Success.</summary>
    public static ReviewResult<T> Ok(T value) => new(ReviewStatus.Ok, value);

    /// <summary>Not found.</summary>
    public static ReviewResult<T> NotFound() => new(ReviewStatus.NotFound);

    /// <summary>Conflict with a message.</summary>
    public static ReviewResult<T> Conflict(string message) => new(ReviewStatus.Conflict, Message: message);

    /// <summary>Invalid request.</summary>
    public static ReviewResult<T> Invalid(params FieldError[] errors) => new(ReviewStatus.Invalid, Errors: errors);

    /// <summary>Not allowed for this role.</summary>
    public static ReviewResult<T> Forbidden(string message) => new(ReviewStatus.Forbidden, Message: message);
}
