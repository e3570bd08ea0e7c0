using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Extensions;

namespace BorderScreening.Architecture.Tests.Features;

/// <summary>
/// Dependencies between the feature folders of one project: a type in
/// <c>Root.Feature[.Sub…]</c> belongs to <c>Feature</c>; sub-folders of one feature may use each other.
/// </summary>
internal sealed class FeatureGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = [];

    private FeatureGraph(string root) => Root = root;

    public string Root { get; }

    public static FeatureGraph For(ArchUnitNET.Domain.Architecture architecture, string root)
    {
        var graph = new FeatureGraph(root);
        foreach (var type in architecture.Types)
        {
            var from = graph.FeatureOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var target in type.GetTypeDependencies())
            {
                var to = graph.FeatureOf(target);
                if (to is not null && to != from)
                {
                    graph.Add(from, to, $"{type.FullName} -> {target.FullName}");
                }
            }
        }

        return graph;
    }

    /// <summary>Groups of features that reach each other (strongly connected components larger than one).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges.GetValueOrDefault(node, []).Keys)
            {
                if (!index.TryGetValue(next, out var visited))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], visited);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }

    /// <summary>One type-level dependency behind each edge inside <paramref name="cycle"/>, to say where to cut.</summary>
    public IEnumerable<string> Explain(IReadOnlyList<string> cycle) =>
        cycle.SelectMany(from => _edges.GetValueOrDefault(from, [])
            .Where(edge => cycle.Contains(edge.Key))
            .Select(edge => $"{from} -> {edge.Key}: {edge.Value}"));

    private void Add(string from, string to, string example)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = [];
        }

        targets.TryAdd(to, example);
    }

    private string? FeatureOf(IType type)
    {
        var ns = type.Namespace?.FullName ?? string.Empty;
        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return ns[(Root.Length + 1)..].Split('.')[0];
    }
}
