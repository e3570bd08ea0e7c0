using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Schema;

/// <summary>
/// Generates the JSON Schemas of the feed records (docs/schemas) from the C# types with
/// <see cref="JsonSchemaExporter"/> and <see cref="ScreeningJson.Options"/>, so the published
/// schemas cannot drift from what the service reads.
/// </summary>
internal static class RecordSchemas
{
    /// <summary>The JSON Schema dialect the exporter targets.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>File name → schema text, for every published schema.</summary>
    public static IReadOnlyDictionary<string, string> All() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["traveller-record.schema.json"] = ToText(Traveller()),
        ["work-permit-record.schema.json"] = ToText(WorkPermit()),
        ["screening-batch.schema.json"] = ToText(Batch()),
    };

    /// <summary>A traveller record, with its <c>kind</c> discriminator.</summary>
    public static JsonNode Traveller() => Derived(typeof(TravellerRecord), "traveller", "Traveller record", "A traveller arriving in or departing from a jurisdiction (kind \"traveller\").");

    /// <summary>A work-permit record, with its <c>kind</c> discriminator.</summary>
    public static JsonNode WorkPermit() => Derived(typeof(WorkPermitRecord), "workPermit", "Work-permit record", "A work-permit application (kind \"workPermit\").");

    /// <summary>A batch: <c>{"records": [...]}</c> of traveller and work-permit records.</summary>
    public static JsonNode Batch()
    {
        var record = Export(typeof(ScreeningRecord));
        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = "https://schemas.border-screening.example/screening-batch.schema.json",
            ["title"] = "Screening batch",
            ["description"] = "A batch of records for screening. The body may also be a single record or a bare array of records.",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["records"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["maxItems"] = new FeedLimits().MaxRecordsPerBatch,
                    ["items"] = record,
                },
            },
            ["required"] = new JsonArray("records"),
        };
        return schema;
    }

    private static JsonNode Derived(Type type, string kind, string title, string description)
    {
        // Exported on its own, a derived type carries no discriminator; the reader requires one.
        var body = Export(type).AsObject();
        var properties = body["properties"]?.AsObject() ?? [];
        var withKind = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } };
        foreach (var (name, value) in properties.ToList())
        {
            properties.Remove(name);
            withKind[name] = value;
        }

        body["properties"] = withKind;
        var required = body["required"]?.AsArray() ?? [];
        required.Insert(0, "kind");
        body["required"] = required;

        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = $"https://schemas.border-screening.example/{FileName(kind)}",
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            schema[name] = value;
        }

        return schema;
    }

    private static string FileName(string kind) => kind == "traveller" ? "traveller-record.schema.json" : "work-permit-record.schema.json";

    private static JsonNode Export(Type type)
    {
        var node = ScreeningJson.Options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = false,
            TransformSchemaNode = static (context, node) =>
                // Jurisdictions and the other enumerations are written by custom converters the exporter cannot see through.
                context.TypeInfo.Type == typeof(Jurisdiction)
                    ? new JsonObject
                    {
                        ["description"] = "Where the screening happens: the data controller, queue and reviewers.",
                        ["enum"] = new JsonArray([.. JurisdictionCodes.All.Select(j => (JsonNode?)JsonValue.Create(j.ToCode()))]),
                    }
                    : StrictEnumSchema.For(context.TypeInfo.Type) ?? node,
        });

        // A record itself is never null, even though references are nullable inside it.
        if (node is JsonObject root)
        {
            root["type"] = "object";
        }

        return node;
    }

    private static string ToText(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
