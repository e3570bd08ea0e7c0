using System.Text.Json;

namespace BorderScreening.Infra.Tests.Support;

/// <summary>
/// What a compiled template would deploy for given parameter values, as far as that is known
/// before deployment: all resources of main and of every nested module, loops unrolled.
/// </summary>
internal static class ArmDeployment
{
    private static readonly string[] EvaluatedKeys = ["properties", "identity", "sku", "kind", "scope", "tags", "location"];

    public static IReadOnlyList<ArmResource> Expand(JsonElement template, IReadOnlyDictionary<string, object?> parameters)
    {
        var resources = new List<ArmResource>();
        Expand(new ArmTemplateScope(template, parameters), deployed: true, module: string.Empty, resources);
        return resources;
    }

    /// <summary>Reads the "parameters" of an ARM parameters file into evaluated values.</summary>
    public static Dictionary<string, object?> ReadParameterFile(JsonElement parametersFile)
    {
        var scope = new ArmTemplateScope(parametersFile, new Dictionary<string, object?>());
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parametersFile.GetProperty("parameters").EnumerateObject())
        {
            values[parameter.Name] = scope.Evaluate(parameter.Value.GetProperty("value"), ArmLoops.None);
        }

        return values;
    }

    private static void Expand(ArmTemplateScope scope, bool? deployed, string module, List<ArmResource> sink)
    {
        var resources = scope.Template.GetProperty("resources");

        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name.
        var declarations = resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray().ToList()
            : resources.EnumerateObject().Select(p => p.Value).ToList();

        foreach (var declaration in declarations)
        {
            if (declaration.TryGetProperty("copy", out var copy))
            {
                var loopName = copy.GetProperty("name").GetString()!;
                if (scope.Evaluate(copy.GetProperty("count"), ArmLoops.None) is not long count)
                {
                    throw new InvalidOperationException($"Loop '{loopName}' has a count only known at deployment.");
                }

                for (var i = 0; i < count; i++)
                {
                    ExpandOne(scope, declaration, ArmLoops.None.WithResourceIndex(loopName, i), deployed, module, sink);
                }
            }
            else
            {
                ExpandOne(scope, declaration, ArmLoops.None, deployed, module, sink);
            }
        }
    }

    private static void ExpandOne(
        ArmTemplateScope scope,
        JsonElement declaration,
        ArmLoops loops,
        bool? parentDeployed,
        string module,
        List<ArmResource> sink)
    {
        var type = declaration.GetProperty("type").GetString()!;
        var condition = declaration.TryGetProperty("condition", out var c) ? scope.Evaluate(c, loops) : true;
        bool? deployed = (parentDeployed, condition) switch
        {
            (false, _) or (_, false) => false,
            (true, true) => true,
            _ => null,
        };
        var existing = declaration.TryGetProperty("existing", out var e) && e.ValueKind == JsonValueKind.True;
        var name = scope.Evaluate(declaration.GetProperty("name"), loops);
        var rawName = declaration.GetProperty("name").GetString()!;
        var isDeployment = string.Equals(type, "Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase);

        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in EvaluatedKeys)
        {
            if (isDeployment && key == "properties")
            {
                continue;
            }

            if (declaration.TryGetProperty(key, out var value))
            {
                values[key] = scope.Evaluate(value, loops);
            }
        }

        sink.Add(new ArmResource(type, name, rawName, deployed, existing, module, values));

        if (isDeployment)
        {
            var properties = declaration.GetProperty("properties");
            var childParameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            if (properties.TryGetProperty("parameters", out var given))
            {
                foreach (var parameter in given.EnumerateObject())
                {
                    childParameters[parameter.Name] = scope.Evaluate(parameter.Value.GetProperty("value"), loops);
                }
            }

            var childModule = module.Length == 0 ? $"{name}" : $"{module}/{name}";
            Expand(new ArmTemplateScope(properties.GetProperty("template"), childParameters), deployed, childModule, sink);
        }
    }
}
