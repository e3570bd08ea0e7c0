namespace BorderScreening.Infra.Tests.Support;

/// <summary>Current copy-loop indexes: named loops, plus the unnamed index of a resource loop.</summary>
internal sealed class ArmLoops
{
    public static readonly ArmLoops None = new(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase), null);

    private readonly Dictionary<string, int> _named;
    private readonly int? _resourceIndex;

    private ArmLoops(Dictionary<string, int> named, int? resourceIndex)
    {
        _named = named;
        _resourceIndex = resourceIndex;
    }

    public ArmLoops With(string name, int index) =>
        new(new Dictionary<string, int>(_named, StringComparer.OrdinalIgnoreCase) { [name] = index }, _resourceIndex);

    public ArmLoops WithResourceIndex(string name, int index) =>
        new(new Dictionary<string, int>(_named, StringComparer.OrdinalIgnoreCase) { [name] = index }, index);

    public long Index(string? name)
    {
        if (name is null)
        {
            return _resourceIndex ?? throw new InvalidOperationException("copyIndex() outside a resource loop.");
        }

        return _named.TryGetValue(name, out var index)
            ? index
            : throw new InvalidOperationException($"copyIndex('{name}') outside that loop.");
    }
}
