using BorderScreening.Application.Security;

namespace BorderScreening.TestSupport;

/// <summary>A caller accessor that always answers the same caller (tests without the HTTP pipeline).</summary>
public sealed class FixedCallerAccessor(Caller? caller) : ICallerAccessor
{
    /// <inheritdoc />
    public Caller? Caller { get; } = caller;
}
