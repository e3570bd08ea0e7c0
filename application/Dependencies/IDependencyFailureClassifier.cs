namespace BorderScreening.Application.Dependencies;

/// <summary>
/// Tells whether an exception thrown by a storage or queue client means the service was unreachable or
/// overloaded (worth a 503 and a retry) rather than a bug. The adapters know their SDK's exception types;
/// the HTTP layer asks through this port, so it needs no SDK itself.
/// </summary>
public interface IDependencyFailureClassifier
{
    /// <summary>True or false for an exception of the adapter's SDK; null for any other exception.</summary>
    bool? IsUnavailable(Exception exception);
}
