using System.Text.Json;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(Conceal);
    }

    // Properties marked [ConcealedWhen(flag)] are written only while the object's flag is false.
    private static void Conceal(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider is MemberInfo member
                && member.GetCustomAttribute<ConcealedWhenAttribute>(inherit: true) is { } concealed
                && typeInfo.Type.GetProperty(concealed.Flag, BindingFlags.Public | BindingFlags.Instance) is { } flag
                && flag.PropertyType == typeof(bool))
            {
                var previous = property.ShouldSerialize;
                property.ShouldSerialize = (owner, value) => !(bool)flag.GetValue(owner)! && (previous is null || previous(owner, value));
            }
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
