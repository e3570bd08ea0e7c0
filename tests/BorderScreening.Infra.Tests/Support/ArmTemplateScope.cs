using System.Globalization;
using System.Text.Json;

namespace BorderScreening.Infra.Tests.Support;

/// <summary>
/// One compiled template (main or a module's nested template) with the parameter values it was
/// given. Evaluates the template's expressions as far as they can be known before deployment, so
/// tests can check what a parameter file really deploys (loops expanded, conditions decided).
/// Deployment context functions (subscription, resourceGroup, tenant, environment, uniqueString) get
/// fixed stand-in values; functions whose result only Azure knows (reference, guid, list*, ...)
/// evaluate to <see cref="ArmUnknown"/>.
/// </summary>
internal sealed class ArmTemplateScope
{
    private readonly IReadOnlyDictionary<string, object?> _provided;
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, object?> _variables = new(StringComparer.OrdinalIgnoreCase);

    public ArmTemplateScope(JsonElement template, IReadOnlyDictionary<string, object?> provided)
    {
        Template = template;
        _provided = provided;
    }

    public JsonElement Template { get; }

    public object? Parameter(string name)
    {
        if (_parameters.TryGetValue(name, out var cached))
        {
            return cached;
        }

        object? value;
        if (_provided.TryGetValue(name, out var given))
        {
            value = given;
        }
        else if (Template.TryGetProperty("parameters", out var declared)
            && declared.TryGetProperty(name, out var declaration)
            && declaration.TryGetProperty("defaultValue", out var defaultValue))
        {
            value = Evaluate(defaultValue, ArmLoops.None);
        }
        else
        {
            throw new InvalidOperationException($"Parameter '{name}' has neither a value nor a default.");
        }

        _parameters[name] = value;
        return value;
    }

    public object? Variable(string name)
    {
        if (_variables.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var variables = Template.GetProperty("variables");
        object? value = null;
        var found = false;
        if (variables.TryGetProperty("copy", out var loops))
        {
            foreach (var loop in loops.EnumerateArray())
            {
                if (string.Equals(loop.GetProperty("name").GetString(), name, StringComparison.OrdinalIgnoreCase))
                {
                    value = EvaluateCopy(loop, ArmLoops.None);
                    found = true;
                }
            }
        }

        if (!found)
        {
            value = Evaluate(variables.GetProperty(name), ArmLoops.None);
        }

        _variables[name] = value;
        return value;
    }

    /// <summary>Evaluates a JSON value: strings in brackets are expressions; objects and arrays recursively.</summary>
    public object? Evaluate(JsonElement element, ArmLoops loops)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (text.StartsWith("[[", StringComparison.Ordinal))
                {
                    return text[1..];
                }

                if (text.Length >= 2 && text[0] == '[' && text[^1] == ']')
                {
                    return Evaluate(ArmExpression.Parse(text[1..^1]), loops);
                }

                return text;
            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            case JsonValueKind.Array:
                return element.EnumerateArray().Select(item => Evaluate(item, loops)).ToList();
            default:
                var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in element.EnumerateObject())
                {
                    // Property loops: "copy": [{ name, count, input }] produce one array property each.
                    if (property.NameEquals("copy") && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var loop in property.Value.EnumerateArray())
                        {
                            result[loop.GetProperty("name").GetString()!] = EvaluateCopy(loop, loops);
                        }

                        continue;
                    }

                    result[property.Name] = Evaluate(property.Value, loops);
                }

                return result;
        }
    }

    public object? Evaluate(ArmExpression expression, ArmLoops loops) => expression switch
    {
        ArmLiteral literal => literal.Value,
        ArmProperty property => Evaluate(property.Target, loops) switch
        {
            ArmUnknown => ArmUnknown.Value,
            IDictionary<string, object?> map => map.TryGetValue(property.Name, out var v)
                ? v
                : throw new InvalidOperationException($"Property '{property.Name}' not found."),
            var other => throw new InvalidOperationException($"Cannot read '{property.Name}' of {other}."),
        },
        ArmIndex index => IndexInto(Evaluate(index.Target, loops), Evaluate(index.Index, loops)),
        ArmCall call => Call(call, loops),
        _ => throw new InvalidOperationException($"Unsupported expression {expression}."),
    };

    private List<object?>? EvaluateCopy(JsonElement loop, ArmLoops loops)
    {
        var name = loop.GetProperty("name").GetString()!;
        if (Evaluate(loop.GetProperty("count"), loops) is not long count)
        {
            return null;
        }

        var items = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            items.Add(Evaluate(loop.GetProperty("input"), loops.With(name, i)));
        }

        return items;
    }

    private static object? IndexInto(object? target, object? index) => (target, index) switch
    {
        (ArmUnknown, _) or (_, ArmUnknown) => ArmUnknown.Value,
        (IList<object?> list, long i) => i >= 0 && i < list.Count
            ? list[(int)i]
            : throw new InvalidOperationException($"Index {i} outside an array of {list.Count}."),
        (IDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? v : null,
        _ => throw new InvalidOperationException($"Cannot index {target} with {index}."),
    };

    private object? Call(ArmCall call, ArmLoops loops)
    {
        var name = call.Name.ToLowerInvariant();

        // Lazy: only the taken branch of if() is evaluated, as ARM does.
        if (name == "if")
        {
            return Evaluate(call.Arguments[0], loops) switch
            {
                true => Evaluate(call.Arguments[1], loops),
                false => Evaluate(call.Arguments[2], loops),
                _ => ArmUnknown.Value,
            };
        }

        var args = call.Arguments.Select(a => Evaluate(a, loops)).ToList();
        switch (name)
        {
            case "parameters":
                return Parameter((string)args[0]!);
            case "variables":
                return Variable((string)args[0]!);
            case "copyindex":
                return loops.Index(args.OfType<string>().FirstOrDefault()) + args.OfType<long>().FirstOrDefault();
            case "null":
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case "createarray":
                return args;
            case "createobject":
                var created = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i + 1 < args.Count; i += 2)
                {
                    if (args[i] is not string key)
                    {
                        // A key known only at deployment (an id in a tag name): the object is unknown.
                        return ArmUnknown.Value;
                    }

                    created[key] = args[i + 1];
                }

                return created;
            case "coalesce":
                foreach (var arg in args)
                {
                    if (arg is ArmUnknown)
                    {
                        return ArmUnknown.Value;
                    }

                    if (arg is not null)
                    {
                        return arg;
                    }
                }

                return null;
            case "tryget":
                var current = args[0];
                foreach (var key in args.Skip(1))
                {
                    current = (current, key) switch
                    {
                        (ArmUnknown, _) or (_, ArmUnknown) => ArmUnknown.Value,
                        (null, _) => null,
                        (IDictionary<string, object?> map, string k) => map.TryGetValue(k, out var v) ? v : null,
                        (IList<object?> list, long i) => i >= 0 && i < list.Count ? list[(int)i] : null,
                        _ => null,
                    };
                }

                return current;
        }

        // Everything below is strict: an unknown argument makes the result unknown.
        if (args.Any(a => a is ArmUnknown))
        {
            return ArmUnknown.Value;
        }

        switch (name)
        {
            case "format":
                var format = (string)args[0]!;
                var values = args.Skip(1).Select(ToArmString).ToArray<object?>();
                return string.Format(CultureInfo.InvariantCulture, format, values);
            case "concat":
                return args.All(a => a is IList<object?>)
                    ? args.Cast<IList<object?>>().SelectMany(l => l).ToList()
                    : string.Concat(args.Select(ToArmString));
            case "string":
                return ToArmString(args[0]);
            case "tolower":
                return ((string)args[0]!).ToLowerInvariant();
            case "toupper":
                return ((string)args[0]!).ToUpperInvariant();
            case "length":
                return args[0] switch
                {
                    string chars => (long)chars.Length,
                    ICollection<object?> list => (long)list.Count,
                    IDictionary<string, object?> map => (long)map.Count,
                    _ => throw new InvalidOperationException($"length() of {args[0]}."),
                };
            case "empty":
                return args[0] switch
                {
                    null => true,
                    string chars => chars.Length == 0,
                    ICollection<object?> list => list.Count == 0,
                    IDictionary<string, object?> map => map.Count == 0,
                    _ => false,
                };
            case "equals":
                return Equals(args[0], args[1]);
            case "not":
                return !(bool)args[0]!;
            case "add":
                return (long)args[0]! + (long)args[1]!;
            case "and":
                return args.All(a => (bool)a!);
            case "or":
                return args.Any(a => (bool)a!);
            case "union":
                if (args.All(a => a is IDictionary<string, object?>))
                {
                    var merged = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                    foreach (var map in args.Cast<IDictionary<string, object?>>())
                    {
                        foreach (var (k, v) in map)
                        {
                            merged[k] = v;
                        }
                    }

                    return merged;
                }

                return args.Cast<IList<object?>>().SelectMany(l => l).Distinct().ToList();
            case "items":
                return ((IDictionary<string, object?>)args[0]!)
                    .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(p => (object?)new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase) { ["key"] = p.Key, ["value"] = p.Value })
                    .ToList();
            case "indexof":
                return args[0] is string text
                    ? (long)text.IndexOf((string)args[1]!, StringComparison.OrdinalIgnoreCase)
                    : (long)((IList<object?>)args[0]!).IndexOf(args[1]);
            case "take":
                return args[0] is string str
                    ? str[..(int)Math.Min(str.Length, (long)args[1]!)]
                    : ((IList<object?>)args[0]!).Take((int)(long)args[1]!).ToList();
            case "replace":
                return ((string)args[0]!).Replace((string)args[1]!, (string)args[2]!, StringComparison.Ordinal);
            case "split":
                return ((string)args[0]!).Split((string)args[1]!).Cast<object?>().ToList();
            case "resourceid":
                // Stand-in id that keeps the type and names readable for assertions.
                return $"/resourceId/{string.Join('/', args.Select(ToArmString))}";
            case "subscriptionresourceid":
                return $"/subscriptionResourceId/{string.Join('/', args.Select(ToArmString))}";
            case "uniquestring":
                // Azure's hash is not reproduced; a stable 13-character stand-in keeps names readable and comparable.
                var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('|', args.Select(ToArmString))));
                return Convert.ToHexStringLower(hash)[..13];
            case "subscription":
                return Map(("id", $"/subscriptions/{StandInSubscriptionId}"), ("subscriptionId", StandInSubscriptionId), ("tenantId", StandInTenantId));
            case "resourcegroup":
                return Map(("id", $"/subscriptions/{StandInSubscriptionId}/resourceGroups/rg-test"), ("name", "rg-test"), ("location", StandInLocation));
            case "tenant":
                return Map(("tenantId", StandInTenantId));
            case "environment":
                return Map(("name", "AzureCloud"), ("suffixes", Map(("storage", "core.windows.net"), ("keyvaultDns", ".vault.azure.net"))));
            default:
                // reference, guid, list*, ...
                return ArmUnknown.Value;
        }
    }

    /// <summary>Stand-ins for deployment context functions (subscription(), resourceGroup(), tenant()).</summary>
    public const string StandInSubscriptionId = "00000000-0000-0000-0000-00000000aaaa";

    public const string StandInTenantId = "00000000-0000-0000-0000-00000000bbbb";

    public const string StandInLocation = "westeurope";

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }

    private static string ToArmString(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value),
    };
}
