namespace BorderScreening.Application.Feeds.Json;

/// <summary>
/// Leaves a property out of the JSON answer when the object being written has a true boolean
/// property named <see cref="Flag"/>. Types without that property write the value as usual, so the
/// same record travels in full on queues and into storage, and only the copies an API prepares for a
/// particular reader (a reviewer before their own assessment) drop it. The property is left out
/// rather than zeroed, because a zero score would read as a real (low) score.
/// </summary>
/// <param name="flag">Name of the boolean property that conceals the value when true.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class ConcealedWhenAttribute(string flag) : Attribute
{
    /// <summary>Name of the boolean property that conceals the value when true.</summary>
    public string Flag { get; } = flag;
}
