namespace BorderScreening.Infra.Tests.Support;

/// <summary>
/// One resource instance of an expanded template: copy loops unrolled, values evaluated.
/// </summary>
/// <param name="Type">Resource type, e.g. Microsoft.Storage/storageAccounts.</param>
/// <param name="Name">Evaluated name (for child resources "parent/child").</param>
/// <param name="RawName">Name as written in the template (expression text).</param>
/// <param name="Deployed">True when its condition and every enclosing module's condition hold; null when unknown.</param>
/// <param name="Existing">A reference to an existing resource, not something this template deploys.</param>
/// <param name="Module">Path of module deployment names, e.g. "rbac" ("" for main).</param>
/// <param name="Values">Evaluated top-level values (properties, identity, sku, kind, scope, tags).</param>
internal sealed record ArmResource(
    string Type,
    object? Name,
    string RawName,
    bool? Deployed,
    bool Existing,
    string Module,
    IReadOnlyDictionary<string, object?> Values)
{
    public IDictionary<string, object?> Properties =>
        Values.TryGetValue("properties", out var p) && p is IDictionary<string, object?> map
            ? map
            : new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

    public string? LastNameSegment => Name is string s ? s[(s.LastIndexOf('/') + 1)..] : null;

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    public object? Get(string path)
    {
        object? current = Values;
        foreach (var segment in path.Split('.'))
        {
            current = current is IDictionary<string, object?> map && map.TryGetValue(segment, out var v) ? v : null;
        }

        return current;
    }
}
