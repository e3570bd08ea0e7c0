namespace BorderScreening.Application.Security;

/// <summary>The caller of the request being handled, for application services.</summary>
public interface ICallerAccessor
{
    /// <summary>The authenticated caller; null outside an authenticated request.</summary>
    Caller? Caller { get; }
}
