using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// Turns the JSON of one indicator's condition into a tree of <see cref="ConditionNode"/>s, checking
/// operators, fields, literal types and value names, and recording every problem it finds.
/// </summary>
internal sealed class ConditionCompiler(string indicatorId, RecordKind kind, List<CatalogueError> errors)
{
    /// <summary>The closed set of operators, with the properties each accepts.</summary>
    internal static readonly FrozenDictionary<string, string[]> Operators = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["eq"] = ["field", "value", "as"],
        ["ne"] = ["field", "value", "as"],
        ["lt"] = ["field", "value", "as"],
        ["le"] = ["field", "value", "as"],
        ["gt"] = ["field", "value", "as"],
        ["ge"] = ["field", "value", "as"],
        ["in"] = ["field", "values", "as"],
        ["notIn"] = ["field", "values", "as"],
        ["between"] = ["field", "min", "max", "as"],
        ["present"] = ["field", "as"],
        ["absent"] = ["field"],
        ["ageYears"] = ["field", "cmp", "value", "min", "max", "as"],
        ["daysBetween"] = ["from", "to", "cmp", "value", "min", "max", "as"],
        ["networkCount"] = ["entity", "windowDays", "min", "as"],
        ["wageBelowMinimum"] = ["field", "factor"],
        ["hasObservation"] = ["codes", "as"],
        ["watchlist"] = ["purpose", "typology", "createsCase"],
        ["all"] = ["conditions"],
        ["any"] = ["conditions"],
        ["not"] = ["condition"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ComparisonOperator> Comparators = new Dictionary<string, ComparisonOperator>(StringComparer.Ordinal)
    {
        ["eq"] = ComparisonOperator.Eq,
        ["ne"] = ComparisonOperator.Ne,
        ["lt"] = ComparisonOperator.Lt,
        ["le"] = ComparisonOperator.Le,
        ["gt"] = ComparisonOperator.Gt,
        ["ge"] = ComparisonOperator.Ge,
        ["in"] = ComparisonOperator.In,
        ["notIn"] = ComparisonOperator.NotIn,
        ["between"] = ComparisonOperator.Between,
        ["present"] = ComparisonOperator.Present,
        ["absent"] = ComparisonOperator.Absent,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int MaxDepth = 8;

    public ConditionNode? Compile(JsonElement element, string path) => Compile(element, path, 0);

    private ConditionNode? Compile(JsonElement element, string path, int depth)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(path, "a condition must be an object with an \"op\"");
        }

        if (depth > MaxDepth)
        {
            return Fail(path, $"conditions nest deeper than {MaxDepth} levels");
        }

        if (!element.TryGetProperty("op", out var opElement) || opElement.ValueKind != JsonValueKind.String)
        {
            return Fail(path + ".op", "missing operator");
        }

        var op = opElement.GetString()!;
        if (!Operators.TryGetValue(op, out var allowed))
        {
            return Fail(path + ".op", $"unknown operator '{op}' (allowed: {string.Join(", ", Operators.Keys.Order(StringComparer.Ordinal))})");
        }

        var ok = true;
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != "op" && !allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                ok = Fail(path + "." + property.Name, $"operator '{op}' does not take \"{property.Name}\"") is not null;
            }
        }

        var node = op switch
        {
            "all" or "any" => CompileCombinator(op, element, path, depth),
            "not" => CompileNot(element, path, depth),
            "ageYears" => CompileAge(element, path),
            "daysBetween" => CompileDays(element, path),
            "networkCount" => CompileNetwork(element, path),
            "wageBelowMinimum" => CompileWage(element, path),
            "hasObservation" => CompileObservation(element, path),
            "watchlist" => WatchlistNode.Compile(element, out var problem) ?? Fail(path + "." + problem.Property, problem.Message),
            _ => CompileComparison(Comparators[op], op, element, path),
        };
        return ok ? node : null;
    }

    private ConditionNode? CompileCombinator(string op, JsonElement element, string path, int depth)
    {
        if (!element.TryGetProperty("conditions", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return Fail(path + ".conditions", $"'{op}' needs a non-empty array \"conditions\"");
        }

        var children = new List<ConditionNode?>();
        var index = 0;
        foreach (var child in list.EnumerateArray())
        {
            children.Add(Compile(child, $"{path}.conditions[{index++}]", depth + 1));
        }

        if (children.Any(c => c is null))
        {
            return null;
        }

        var nodes = children.Select(c => c!).ToArray();
        return op == "all" ? new AllNode(nodes) : new AnyNode(nodes);
    }

    private ConditionNode? CompileNot(JsonElement element, string path, int depth)
    {
        if (!element.TryGetProperty("condition", out var child))
        {
            return Fail(path + ".condition", "'not' needs a \"condition\"");
        }

        var node = Compile(child, path + ".condition", depth + 1);
        return node is null ? null : new NotNode(node);
    }

    private ConditionNode? CompileComparison(ComparisonOperator op, string opName, JsonElement element, string path)
    {
        var field = ResolveField(element, "field", path);
        if (field is null)
        {
            return null;
        }

        // A presence check needs no value; leaving it out keeps clear identifiers (sponsor ids, phone numbers)
        // out of the assessment unless a template asks for them with "as".
        var presence = op is ComparisonOperator.Present or ComparisonOperator.Absent;
        var valueName = presence && !element.TryGetProperty("as", out _) ? "" : ValueName(element, path, field.Name);
        var comparison = ParseComparison(op, opName, element, path, field);
        return comparison is null || valueName is null ? null : new FieldComparisonNode(field, comparison, valueName);
    }

    private ConditionNode? CompileAge(JsonElement element, string path)
    {
        var field = ResolveField(element, "field", path);
        if (field is not null && field.Type != IndicatorFieldType.Date)
        {
            return Fail(path + ".field", $"ageYears needs a date field; '{field.Name}' is {field.Type}");
        }

        var comparison = ParseDerivedComparison(element, path);
        var valueName = ValueName(element, path, "age");
        return field is null || comparison is null || valueName is null ? null : new AgeYearsNode(field, comparison, valueName);
    }

    private ConditionNode? CompileDays(JsonElement element, string path)
    {
        var from = ResolveField(element, "from", path);
        var to = ResolveField(element, "to", path);
        foreach (var (field, name) in new[] { (from, "from"), (to, "to") })
        {
            if (field is not null && field.Type != IndicatorFieldType.Date)
            {
                Fail(path + "." + name, $"daysBetween needs date fields; '{field.Name}' is {field.Type}");
                return null;
            }
        }

        var comparison = ParseDerivedComparison(element, path);
        var valueName = ValueName(element, path, "days");
        return from is null || to is null || comparison is null || valueName is null ? null : new DaysBetweenNode(from, to, comparison, valueName);
    }

    private ConditionNode? CompileNetwork(JsonElement element, string path)
    {
        var ok = true;
        NetworkEntityType entity = default;
        if (!element.TryGetProperty("entity", out var entityElement) || entityElement.ValueKind != JsonValueKind.String
            || !Enum.TryParse(entityElement.GetString(), ignoreCase: false, out entity) || !Enum.IsDefined(entity))
        {
            ok = Fail(path + ".entity", $"networkCount needs an \"entity\", one of {string.Join(", ", Enum.GetNames<NetworkEntityType>())}") is not null;
        }
        else if (!IndicatorFieldRegistry.EntitiesFor(kind).Contains(entity))
        {
            ok = Fail(path + ".entity", $"{kind} records name no {entity}") is not null;
        }

        var window = 0;
        if (!element.TryGetProperty("windowDays", out var windowElement) || !(windowElement.ValueKind == JsonValueKind.Number && windowElement.TryGetInt32(out window)) || !NetworkCounts.Windows.Contains(window))
        {
            ok = Fail(path + ".windowDays", $"windowDays must be one of {string.Join(", ", NetworkCounts.Windows)}") is not null;
        }

        var min = 0;
        if (!element.TryGetProperty("min", out var minElement) || !(minElement.ValueKind == JsonValueKind.Number && minElement.TryGetInt32(out min)) || min < 2)
        {
            ok = Fail(path + ".min", "min must be a whole number of at least 2 (the record itself is counted)") is not null;
        }

        var valueName = ValueName(element, path, "count");
        return ok && valueName is not null ? new NetworkCountNode(entity, window, min, valueName) : null;
    }

    private ConditionNode? CompileWage(JsonElement element, string path)
    {
        if (kind != RecordKind.WorkPermit)
        {
            return Fail(path + ".op", "wageBelowMinimum applies to workPermit records only");
        }

        var field = element.TryGetProperty("field", out _)
            ? ResolveField(element, "field", path)
            : IndicatorFieldRegistry.For(kind)["offeredHourlyWage"];
        if (field is not null && field.Type != IndicatorFieldType.Number)
        {
            return Fail(path + ".field", $"wageBelowMinimum needs a number field; '{field.Name}' is {field.Type}");
        }

        var factor = 1m;
        if (element.TryGetProperty("factor", out var factorElement)
            && (!(factorElement.ValueKind == JsonValueKind.Number && factorElement.TryGetDecimal(out factor)) || factor <= 0 || factor > 3))
        {
            return Fail(path + ".factor", "factor must be a number in (0, 3]");
        }

        return field is null ? null : new WageBelowMinimumNode(field, factor);
    }

    private ConditionNode? CompileObservation(JsonElement element, string path)
    {
        if (kind != RecordKind.Traveller)
        {
            return Fail(path + ".op", "hasObservation applies to traveller records only");
        }

        if (!element.TryGetProperty("codes", out var codes) || codes.ValueKind != JsonValueKind.Array || codes.GetArrayLength() == 0)
        {
            return Fail(path + ".codes", "hasObservation needs a non-empty array \"codes\"");
        }

        var list = new List<string>();
        var ok = true;
        var index = 0;
        foreach (var code in codes.EnumerateArray())
        {
            var text = code.ValueKind == JsonValueKind.String ? code.GetString()! : "";
            if (!ObservationCodes.All.Contains(text))
            {
                ok = Fail($"{path}.codes[{index}]", $"unknown observation code '{code}' (known: {string.Join(", ", ObservationCodes.All.Order(StringComparer.Ordinal))})") is not null;
            }

            list.Add(text);
            index++;
        }

        var valueName = ValueName(element, path, "observation");
        return ok && valueName is not null ? new HasObservationNode([.. list], valueName) : null;
    }

    private Comparison? ParseDerivedComparison(JsonElement element, string path)
    {
        if (!element.TryGetProperty("cmp", out var cmpElement) || cmpElement.ValueKind != JsonValueKind.String
            || !Comparators.TryGetValue(cmpElement.GetString()!, out var cmp)
            || cmp is ComparisonOperator.In or ComparisonOperator.NotIn or ComparisonOperator.Present or ComparisonOperator.Absent)
        {
            return FailC(path + ".cmp", "cmp must be one of eq, ne, lt, le, gt, ge, between");
        }

        var number = new IndicatorField("(derived)", kind, IndicatorFieldType.Number, "", [], _ => default);
        return ParseComparison(cmp, cmpElement.GetString()!, element, path, number);
    }

    private Comparison? ParseComparison(ComparisonOperator op, string opName, JsonElement element, string path, IndicatorField field)
    {
        var type = field.Type;
        switch (op)
        {
            case ComparisonOperator.Present or ComparisonOperator.Absent:
                return new Comparison { Operator = op };
            case ComparisonOperator.Lt or ComparisonOperator.Le or ComparisonOperator.Gt or ComparisonOperator.Ge or ComparisonOperator.Between
                when type is not (IndicatorFieldType.Number or IndicatorFieldType.Date):
                return FailC(path + ".op", $"'{opName}' needs a number or date field; '{field.Name}' is {type}");
            case ComparisonOperator.In or ComparisonOperator.NotIn when type is not (IndicatorFieldType.Text or IndicatorFieldType.Choice):
                return FailC(path + ".op", $"'{opName}' needs a text or choice field; '{field.Name}' is {type}");
            case ComparisonOperator.In or ComparisonOperator.NotIn:
                return ParseSet(op, element, path, field);
            case ComparisonOperator.Between:
                return ParseBetween(element, path, field);
        }

        if (!element.TryGetProperty("value", out var value))
        {
            return FailC(path + ".value", $"'{opName}' needs a \"value\"");
        }

        return type switch
        {
            IndicatorFieldType.Number when value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var n) => new Comparison { Operator = op, Number = n },
            IndicatorFieldType.Date when TryDate(value, out var d) => new Comparison { Operator = op, Date = d },
            IndicatorFieldType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False => new Comparison { Operator = op, Flag = value.GetBoolean() },
            IndicatorFieldType.Text when value.ValueKind == JsonValueKind.String => new Comparison { Operator = op, Text = value.GetString() },
            IndicatorFieldType.Choice when Canonical(field, value) is { } c => new Comparison { Operator = op, Text = c },
            _ => FailC(path + ".value", LiteralError(field, value)),
        };
    }

    private Comparison? ParseSet(ComparisonOperator op, JsonElement element, string path, IndicatorField field)
    {
        if (!element.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            return FailC(path + ".values", "needs a non-empty array \"values\"");
        }

        var set = new List<string>();
        var ok = true;
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            var text = field.Type == IndicatorFieldType.Choice ? Canonical(field, value)
                : value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (text is null)
            {
                ok = FailC($"{path}.values[{index}]", LiteralError(field, value)) is not null;
            }
            else
            {
                set.Add(text);
            }

            index++;
        }

        return ok ? new Comparison { Operator = op, Set = set.ToFrozenSet(StringComparer.OrdinalIgnoreCase) } : null;
    }

    private Comparison? ParseBetween(JsonElement element, string path, IndicatorField field)
    {
        if (!element.TryGetProperty("min", out var min) || !element.TryGetProperty("max", out var max))
        {
            return FailC(path, "'between' needs \"min\" and \"max\"");
        }

        if (field.Type == IndicatorFieldType.Date)
        {
            if (TryDate(min, out var dMin) && TryDate(max, out var dMax) && dMin <= dMax)
            {
                return new Comparison { Operator = ComparisonOperator.Between, Date = dMin, DateMax = dMax };
            }
        }
        else if (min.ValueKind == JsonValueKind.Number && min.TryGetDecimal(out var nMin) && max.ValueKind == JsonValueKind.Number && max.TryGetDecimal(out var nMax) && nMin <= nMax)
        {
            return new Comparison { Operator = ComparisonOperator.Between, Number = nMin, NumberMax = nMax };
        }

        return FailC(path, $"'between' on '{field.Name}' needs min ≤ max of type {field.Type}");
    }

    private IndicatorField? ResolveField(JsonElement element, string property, string path)
    {
        if (!element.TryGetProperty(property, out var nameElement) || nameElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            Fail(path + "." + property, $"needs a field name in \"{property}\"");
            return null;
        }

        var name = nameElement.GetString()!;
        if (ProtectedFieldNames.Reason(name) is { } why)
        {
            Fail(path + "." + property, $"field '{name}' is a protected attribute ({why}); no condition may use it (DESIGN §5)");
            return null;
        }

        if (IndicatorFieldRegistry.For(kind).TryGetValue(name, out var field))
        {
            return field;
        }

        var other = kind == RecordKind.Traveller ? RecordKind.WorkPermit : RecordKind.Traveller;
        Fail(path + "." + property, IndicatorFieldRegistry.For(other).ContainsKey(name)
            ? $"field '{name}' exists for {other} records, not for {kind} records"
            : $"unknown field '{name}'");
        return null;
    }

    private string? ValueName(JsonElement element, string path, string fallback)
    {
        if (!element.TryGetProperty("as", out var asElement))
        {
            return fallback;
        }

        var name = asElement.ValueKind == JsonValueKind.String ? asElement.GetString() : null;
        if (string.IsNullOrEmpty(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_'))
        {
            Fail(path + ".as", "\"as\" must be a simple value name (letters, digits, '.', '_')");
            return null;
        }

        return name;
    }

    private static string? Canonical(IndicatorField field, JsonElement value) =>
        value.ValueKind == JsonValueKind.String
            ? field.AllowedValues.FirstOrDefault(a => string.Equals(a, value.GetString(), StringComparison.OrdinalIgnoreCase))
            : null;

    private static string LiteralError(IndicatorField field, JsonElement value) => field.Type == IndicatorFieldType.Choice
        ? $"value {value.GetRawText()} is not one of {string.Join(", ", field.AllowedValues)} for '{field.Name}'"
        : $"value {value.GetRawText()} is not a {field.Type} for '{field.Name}'";

    private static bool TryDate(JsonElement value, out DateOnly date)
    {
        date = default;
        return value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private ConditionNode? Fail(string path, string message)
    {
        errors.Add(new CatalogueError(indicatorId, path, message));
        return null;
    }

    private Comparison? FailC(string path, string message)
    {
        errors.Add(new CatalogueError(indicatorId, path, message));
        return null;
    }
}
