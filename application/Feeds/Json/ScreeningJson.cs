using System.Text.Json;
using System.Text.Json.Serialization;

namespace BorderScreening.Application.Feeds.Json;

/// <summary>The one set of JSON options for records, assessments and API responses.</summary>
public static class ScreeningJson
{
    /// <summary>camelCase, strict about unknown members where it matters, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the shared settings to options owned by a host (ASP.NET Core, Functions).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNameCaseInsensitive = true;
        options.MaxDepth = 32;
        options.AllowOutOfOrderMetadataProperties = true;
        options.RespectNullableAnnotations = false;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
