using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BorderScreening.Domain.Indicators.Conditions;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// Loads an indicator catalogue from JSON, validates all of it and compiles the conditions.
/// Every problem is reported, each naming the indicator and the field or property.
/// </summary>
public static partial class IndicatorCatalogueLoader
{
    /// <summary>Manifest name of the shipped catalogue.</summary>
    public const string EmbeddedResourceName = "BorderScreening.Domain.Indicators.Catalogue.catalogue.json";

    /// <summary>The largest absolute weight an indicator may have.</summary>
    public const double MaxAbsoluteWeight = 10;

    private static readonly string[] TopLevelProperties = ["$schema", "version", "description", "scoring", "minimumWages", "indicators"];

    private static readonly string[] IndicatorProperties =
    [
        "id", "appliesTo", "typology", "strength", "weight", "forcesReview", "status", "title", "explanation",
        "source", "owner", "reviewBy", "condition", "notes", "jurisdictions",
    ];

    /// <summary>Loads the catalogue shipped inside this assembly. Throws when it is invalid (a build defect).</summary>
    public static IndicatorCatalogue LoadEmbedded()
    {
        using var stream = typeof(IndicatorCatalogueLoader).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing.");
        var result = Load(stream);
        return result.Catalogue
            ?? throw new InvalidOperationException("The shipped indicator catalogue is invalid: " + string.Join("; ", result.Errors));
    }

    /// <summary>Loads a catalogue from a stream of UTF-8 JSON.</summary>
    /// <param name="json">The catalogue file.</param>
    /// <param name="asOf">When given, indicators whose review date has passed are reported as warnings.</param>
    public static CatalogueLoadResult Load(Stream json, DateOnly? asOf = null)
    {
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return Load(buffer.ToArray(), asOf);
    }

    /// <summary>Loads a catalogue from JSON text.</summary>
    public static CatalogueLoadResult Load(string json, DateOnly? asOf = null) => Load(Encoding.UTF8.GetBytes(json), asOf);

    private static CatalogueLoadResult Load(byte[] bytes, DateOnly? asOf)
    {
        var errors = new List<CatalogueError>();
        var warnings = new List<CatalogueError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return new CatalogueLoadResult { Errors = [new CatalogueError(null, "$", "not valid JSON: " + ex.Message)] };
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new CatalogueLoadResult { Errors = [new CatalogueError(null, "$", "the catalogue must be a JSON object")] };
            }

            CheckProperties(root, TopLevelProperties, null, "$", errors);
            var version = ReadVersion(root, errors);
            var scale = ReadScale(root, errors);
            var wages = ReadMinimumWages(root, errors);
            var indicators = ReadIndicators(root, errors, warnings, asOf);
            if (errors.Count > 0)
            {
                return new CatalogueLoadResult { Errors = errors, Warnings = warnings };
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
            return new CatalogueLoadResult
            {
                Catalogue = new IndicatorCatalogue(version!, scale, hash, indicators, wages),
                Warnings = warnings,
            };
        }
    }

    private static string? ReadVersion(JsonElement root, List<CatalogueError> errors)
    {
        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version is null || !VersionPattern().IsMatch(version))
        {
            errors.Add(new CatalogueError(null, "version", "version must look like \"2026.11.1\" (year.month.sequence)"));
            return null;
        }

        return version;
    }

    private static double ReadScale(JsonElement root, List<CatalogueError> errors)
    {
        if (root.TryGetProperty("scoring", out var scoring) && scoring.ValueKind == JsonValueKind.Object
            && scoring.TryGetProperty("k", out var k) && k.ValueKind == JsonValueKind.Number && k.TryGetDouble(out var scale) && double.IsFinite(scale) && scale > 0 && scale <= 100)
        {
            CheckProperties(scoring, ["k", "description"], null, "scoring", errors);
            return scale;
        }

        errors.Add(new CatalogueError(null, "scoring.k", "scoring.k must be a number in (0, 100]"));
        return 1;
    }

    private static List<IndicatorDefinition> ReadIndicators(JsonElement root, List<CatalogueError> errors, List<CatalogueError> warnings, DateOnly? asOf)
    {
        var indicators = new List<IndicatorDefinition>();
        if (!root.TryGetProperty("indicators", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            errors.Add(new CatalogueError(null, "indicators", "indicators must be a non-empty array"));
            return indicators;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            var path = $"indicators[{index++}]";
            if (ReadIndicator(element, path, errors, warnings, asOf, seen) is { } indicator)
            {
                indicators.Add(indicator);
            }
        }

        return indicators;
    }

    private static IndicatorDefinition? ReadIndicator(JsonElement element, string path, List<CatalogueError> errors, List<CatalogueError> warnings, DateOnly? asOf, HashSet<string> seen)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new CatalogueError(null, path, "an indicator must be an object"));
            return null;
        }

        var before = errors.Count;
        var id = Text(element, "id");
        if (id is null || !IdPattern().IsMatch(id))
        {
            errors.Add(new CatalogueError(id, path + ".id", "id must be upper-case words joined by '-', e.g. TRV-MINOR-UNACCOMPANIED"));
        }
        else if (!seen.Add(id))
        {
            errors.Add(new CatalogueError(id, path + ".id", $"duplicate id {id}"));
        }

        id ??= path;
        CheckProperties(element, IndicatorProperties, id, path, errors);

        var appliesTo = Text(element, "appliesTo") switch
        {
            "traveller" => RecordKind.Traveller,
            "workPermit" => RecordKind.WorkPermit,
            _ => (RecordKind?)null,
        };
        if (appliesTo is null)
        {
            Add(errors, id, path + ".appliesTo", "appliesTo must be \"traveller\" or \"workPermit\"");
        }

        var typology = ParseEnum<Typology>(element, "typology", id, path, errors);
        var strength = ParseEnum<IndicatorStrength>(element, "strength", id, path, errors);
        var status = ParseEnum<IndicatorStatus>(element, "status", id, path, errors);

        var forcesReview = false;
        if (element.TryGetProperty("forcesReview", out var fr))
        {
            if (fr.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                forcesReview = fr.GetBoolean();
            }
            else
            {
                Add(errors, id, path + ".forcesReview", "forcesReview must be true or false");
            }
        }

        var weight = ReadWeight(element, id, path, forcesReview, errors);

        foreach (var property in new[] { "source", "owner" })
        {
            if (string.IsNullOrWhiteSpace(Text(element, property)))
            {
                Add(errors, id, path + "." + property, $"{property} is required");
            }
        }

        if (!TryDate(Text(element, "reviewBy"), out var reviewBy))
        {
            Add(errors, id, path + ".reviewBy", $"reviewBy must be a date yyyy-MM-dd, got {Raw(element, "reviewBy")}");
        }
        else if (asOf is { } today && reviewBy < today && status != IndicatorStatus.Retired)
        {
            warnings.Add(new CatalogueError(id, path + ".reviewBy", $"review date {reviewBy:yyyy-MM-dd} has passed"));
        }

        var jurisdictions = ReadJurisdictions(element, id, path, errors);
        var title = ReadTemplate(element, "title", id, path, errors, out var titleNl, out var titleEn);
        var explanation = ReadTemplate(element, "explanation", id, path, errors, out var explNl, out var explEn);

        ConditionNode? condition = null;
        if (!element.TryGetProperty("condition", out var conditionElement))
        {
            Add(errors, id, path + ".condition", "condition is required");
        }
        else if (appliesTo is { } kind)
        {
            condition = new ConditionCompiler(id, kind, errors).Compile(conditionElement, path + ".condition");
        }

        if (condition is not null)
        {
            CheckPlaceholders(id, path + ".title", condition, titleNl, titleEn, errors);
            CheckPlaceholders(id, path + ".explanation", condition, explNl, explEn, errors);
        }

        if (errors.Count > before || condition is null || title is null || explanation is null)
        {
            return null;
        }

        return new IndicatorDefinition(condition)
        {
            Id = id,
            AppliesTo = appliesTo!.Value,
            Typology = typology!.Value,
            Strength = strength!.Value,
            Weight = weight,
            ForcesReview = forcesReview,
            Status = status!.Value,
            Title = title,
            Explanation = explanation,
            Source = Text(element, "source")!,
            Owner = Text(element, "owner")!,
            ReviewBy = reviewBy,
            Notes = Text(element, "notes"),
            Jurisdictions = jurisdictions,
        };
    }

    private static HashSet<Jurisdiction>? ReadJurisdictions(JsonElement element, string id, string path, List<CatalogueError> errors)
    {
        if (!element.TryGetProperty("jurisdictions", out var list))
        {
            return null;
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            Add(errors, id, path + ".jurisdictions", "jurisdictions must be a non-empty array of codes (leave it out where the indicator applies everywhere)");
            return null;
        }

        var set = new HashSet<Jurisdiction>();
        var index = 0;
        foreach (var code in list.EnumerateArray())
        {
            var at = $"{path}.jurisdictions[{index++}]";
            if (!JurisdictionCodes.TryParse(code.ValueKind == JsonValueKind.String ? code.GetString() : null, out var jurisdiction))
            {
                Add(errors, id, at, "must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA");
            }
            else if (!set.Add(jurisdiction))
            {
                Add(errors, id, at, $"{jurisdiction.ToCode()} is listed twice");
            }
        }

        return set;
    }

    private static double ReadWeight(JsonElement element, string id, string path, bool forcesReview, List<CatalogueError> errors)
    {
        // NaN and Infinity cannot be written as JSON numbers; a string "NaN" or an overflowing 1e400 lands here.
        if (!element.TryGetProperty("weight", out var w) || w.ValueKind != JsonValueKind.Number || !w.TryGetDouble(out var weight) || !double.IsFinite(weight))
        {
            Add(errors, id, path + ".weight", $"weight must be a finite number, got {Raw(element, "weight")}");
            return 0;
        }

        if (Math.Abs(weight) > MaxAbsoluteWeight)
        {
            Add(errors, id, path + ".weight", $"weight {w.GetRawText()} is outside [-{MaxAbsoluteWeight}, {MaxAbsoluteWeight}]");
        }
        else if (forcesReview && weight < 0)
        {
            Add(errors, id, path + ".weight", "an indicator that forces review cannot have a negative (exonerating) weight");
        }
        else if (weight == 0)
        {
            Add(errors, id, path + ".weight", "weight 0 has no effect; use status shadow to record without scoring");
        }

        return weight;
    }

    private static LocalizedTemplate? ReadTemplate(JsonElement element, string property, string id, string path, List<CatalogueError> errors, out string? nl, out string? en)
    {
        nl = en = null;
        if (!element.TryGetProperty(property, out var template) || template.ValueKind != JsonValueKind.Object)
        {
            Add(errors, id, path + "." + property, $"{property} must be an object with \"nl\" and \"en\" texts");
            return null;
        }

        CheckProperties(template, ["nl", "en"], id, path + "." + property, errors);
        nl = Text(template, "nl");
        en = Text(template, "en");
        var ok = true;
        foreach (var (language, text) in new[] { ("nl", nl), ("en", en) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                ok = Add(errors, id, $"{path}.{property}.{language}", $"{property} text in '{language}' is missing");
            }
            else
            {
                LocalizedTemplate.Placeholders(text, out var error);
                if (error is not null)
                {
                    ok = Add(errors, id, $"{path}.{property}.{language}", error);
                }
            }
        }

        return ok ? new LocalizedTemplate(nl!, en!) : null;
    }

    private static void CheckPlaceholders(string id, string path, ConditionNode condition, string? nl, string? en, List<CatalogueError> errors)
    {
        foreach (var (language, text) in new[] { ("nl", nl), ("en", en) })
        {
            if (text is null)
            {
                continue;
            }

            foreach (var name in LocalizedTemplate.Placeholders(text, out _).Distinct(StringComparer.Ordinal))
            {
                if (!condition.Produces.Contains(name))
                {
                    var produced = condition.Produces.Count == 0 ? "none" : string.Join(", ", condition.Produces.Order(StringComparer.Ordinal));
                    errors.Add(new CatalogueError(id, $"{path}.{language}", $"placeholder {{{name}}} is not produced by the condition (it produces: {produced})"));
                }
            }
        }
    }

    private static TEnum? ParseEnum<TEnum>(JsonElement element, string property, string id, string path, List<CatalogueError> errors) where TEnum : struct, Enum
    {
        var text = Text(element, property);
        if (text is not null && !text.Any(char.IsDigit) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        errors.Add(new CatalogueError(id, path + "." + property, $"unknown {property} {Raw(element, property)} (allowed: {allowed})"));
        return null;
    }

    private static void CheckProperties(JsonElement element, string[] allowed, string? id, string path, List<CatalogueError> errors)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add(new CatalogueError(id, path + "." + property.Name, $"unknown property \"{property.Name}\""));
            }
        }
    }

    private static bool Add(List<CatalogueError> errors, string? id, string path, string message)
    {
        errors.Add(new CatalogueError(id, path, message));
        return false;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Raw(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetRawText() : "nothing";

    private static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        return text is not null
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^\d{4}\.\d{1,2}\.\d{1,3}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
