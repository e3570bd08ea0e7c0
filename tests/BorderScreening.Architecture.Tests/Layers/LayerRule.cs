namespace BorderScreening.Architecture.Tests.Layers;

/// <summary>
/// What one product assembly must not depend on: other product assemblies (by name) and outside
/// namespaces (by prefix, e.g. <c>Azure</c> or <c>Microsoft.AspNetCore</c>).
/// </summary>
public sealed record LayerRule(string Assembly, IReadOnlyList<string> ForbiddenAssemblies, IReadOnlyList<string> ForbiddenNamespaces)
{
    public override string ToString() => Assembly;
}
