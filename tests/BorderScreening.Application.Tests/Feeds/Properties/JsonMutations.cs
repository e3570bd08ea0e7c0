using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace BorderScreening.Application.Tests.Feeds.Properties;

/// <summary>
/// Structure-aware mutations of a valid JSON document: values swapped for other types, extremes and
/// deep nesting, properties dropped or invented, arrays emptied or doubled, and the text cut short.
/// Random bytes rarely get past a JSON parser; these reach the code that reads the parsed document.
/// </summary>
public static class JsonMutations
{
    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => null,
        () => JsonValue.Create(true),
        () => JsonValue.Create(0),
        () => JsonValue.Create(-1),
        () => JsonValue.Create(long.MaxValue),
        () => JsonValue.Create(1e308),
        () => JsonValue.Create(-0.5),
        () => JsonValue.Create(""),
        () => JsonValue.Create(" "),
        () => JsonValue.Create(new string('x', 5000)),
        () => JsonValue.Create("2026-13-45"),
        () => JsonValue.Create("9999-12-31T23:59:59Z"),
        () => JsonValue.Create("\u0000\uFFFF\uD800"),
        () => JsonValue.Create("CW"),
        () => new JsonArray(),
        () => new JsonObject(),
        () => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        () => Nested(40),
    ];

    /// <summary>Mutations of <paramref name="document"/> as UTF-8 text.</summary>
    public static Gen<string> Of(string document) =>
        from seed in Gen.Choose(0, int.MaxValue)
        from count in Gen.Choose(1, 6)
        from truncate in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select Mutate(document, seed, count, truncate);

    private static string Mutate(string document, int seed, int count, bool truncate)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(document)!;
        for (var i = 0; i < count; i++)
        {
            var nodes = Walk(root).Where(n => n.Parent is not null).ToList();
            if (nodes.Count == 0)
            {
                break;
            }

            var node = nodes[random.Next(nodes.Count)];
            var parent = node.Parent!;
            switch (random.Next(4))
            {
                case 0 when parent is JsonObject obj:
                    obj.Remove(node.GetPropertyName());
                    break;
                case 1 when parent is JsonObject obj:
                    obj["unexpected" + random.Next(100)] = Replacements[random.Next(Replacements.Length)]();
                    break;
                case 2 when parent is JsonArray array:
                    array.Add(node.DeepClone());
                    break;
                default:
                    node.ReplaceWith(Replacements[random.Next(Replacements.Length)]());
                    break;
            }
        }

        var text = root.ToJsonString();
        return truncate ? text[..random.Next(text.Length)] : text;
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["a"] = node };
        }

        return node;
    }
}
