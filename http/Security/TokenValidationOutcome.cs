using BorderScreening.Application.Security;
namespace BorderScreening.Http.Security;

/// <summary>The result of checking a bearer token: a caller, or why there is none.</summary>
/// <param name="Caller">The authenticated caller, or null.</param>
/// <param name="Failure">A short reason for logs and tests (an exception type name, never token content).</param>
public sealed record TokenValidationOutcome(Caller? Caller, string? Failure)
{
    /// <summary>Whether the token was accepted.</summary>
    public bool IsValid => Caller is not null;

    /// <summary>A refusal.</summary>
    public static TokenValidationOutcome Refused(string reason) => new(null, reason);
}
