using System.Text.Json.Nodes;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.TestSupport.Indicators;

/// <summary>Contexts, counts and catalogue variants shared by the indicator tests.</summary>
public static class IndicatorTestData
{
    public static readonly DateTimeOffset ScreenedAt = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Born 2012: 14 at screening.</summary>
    public static readonly DateOnly MinorBirthDate = new(2012, 1, 1);

    public static IndicatorCatalogue Shipped { get; } = IndicatorCatalogueLoader.LoadEmbedded();

    public static string ShippedJson { get; } = ReadShippedJson();

    public static Party Person { get; } = new() { Id = "P-77", Name = "J. DOE", PartyKind = PartyKind.Person };

    public static Party Company { get; } = new() { Id = "KVK-1", Name = "ACME NV", PartyKind = PartyKind.Company };

    public static Party Hotel { get; } = new() { Id = "KVK-2", Name = "HOTEL", PartyKind = PartyKind.Hotel };

    public static Party Public { get; } = new() { Id = "GOV-1", Name = "MINISTRY", PartyKind = PartyKind.Public };

    /// <summary>Counts of 1 (only this record) for every entity and window: network indicators evaluate to "not fired".</summary>
    public static NetworkCounts Quiet(params (NetworkEntityType Type, int Window, int Count)[] overrides)
    {
        var counts = new NetworkCounts();
        foreach (var type in Enum.GetValues<NetworkEntityType>())
        {
            foreach (var window in NetworkCounts.Windows)
            {
                counts.Set(type, window, 1);
            }
        }

        foreach (var (type, window, count) in overrides)
        {
            counts.Set(type, window, count);
        }

        return counts;
    }

    public static ScreeningContext Context(ScreeningRecord record, NetworkCounts? counts = null) =>
        new(record, new Pseudonyms(), counts ?? Quiet(), ScreenedAt);

    public static ScreeningContext Context(ScreeningRecord record, params (NetworkEntityType Type, int Window, int Count)[] overrides) =>
        Context(record, Quiet(overrides));

    public static IndicatorOutcome Evaluate(ScreeningContext context) => CatalogueIndicatorEvaluator.Evaluate(Shipped, context);

    public static IndicatorOutcome Evaluate(ScreeningRecord record) => Evaluate(Context(record));

    /// <summary>The shipped catalogue's JSON, changed by <paramref name="edit"/>.</summary>
    public static string EditShipped(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(ShippedJson)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    public static JsonObject Indicator(JsonObject root, string id) =>
        root["indicators"]!.AsArray().Select(n => n!.AsObject()).Single(o => (string?)o["id"] == id);

    /// <summary>A minimal valid catalogue around the given indicator objects (JSON text of each).</summary>
    public static string CatalogueWith(params string[] indicators) => $$"""
        {
          "version": "2026.11.9",
          "scoring": { "k": 3 },
          "minimumWages": [
            { "jurisdiction": "AW", "hourly": 11.58, "currency": "AWG", "effectiveFrom": "2026-01-01", "adultAge": 18, "source": "test" },
            { "jurisdiction": "CW", "hourly": 11.72, "currency": "XCG", "effectiveFrom": "2025-01-01", "adultAge": 21, "source": "test" },
            { "jurisdiction": "SX", "hourly": 10.40, "currency": "XCG", "effectiveFrom": "2024-04-01", "adultAge": 21, "source": "test" },
            { "jurisdiction": "BQ-BO", "hourly": 10.69, "currency": "USD", "effectiveFrom": "2026-01-01", "adultAge": 21, "source": "test" },
            { "jurisdiction": "BQ-SE", "hourly": 10.61, "currency": "USD", "effectiveFrom": "2026-01-01", "adultAge": 21, "source": "test" },
            { "jurisdiction": "BQ-SA", "hourly": 10.66, "currency": "USD", "effectiveFrom": "2026-01-01", "adultAge": 21, "source": "test" }
          ],
          "indicators": [ {{string.Join(",\n", indicators)}} ]
        }
        """;

    /// <summary>A valid traveller indicator; <paramref name="condition"/> and other parts can be swapped.</summary>
    public static string TestIndicator(
        string id = "TST-ONE",
        string condition = """{ "op": "networkCount", "entity": "Sponsor", "windowDays": 30, "min": 5 }""",
        string weight = "2",
        string forcesReview = "false",
        string typology = "\"SexualExploitation\"",
        string status = "\"active\"",
        string appliesTo = "\"traveller\"",
        string title = """{ "nl": "Sponsor", "en": "Sponsor" }""",
        string explanation = """{ "nl": "{count} reizigers in {window} dagen", "en": "{count} travellers in {window} days" }""",
        string reviewBy = "\"2027-05-31\"") => $$"""
        {
          "id": "{{id}}", "appliesTo": {{appliesTo}}, "typology": {{typology}}, "strength": "medium",
          "weight": {{weight}}, "forcesReview": {{forcesReview}}, "status": {{status}},
          "title": {{title}}, "explanation": {{explanation}},
          "condition": {{condition}},
          "source": "UNODC Human trafficking indicators", "owner": "test", "reviewBy": {{reviewBy}}
        }
        """;

    private static string ReadShippedJson()
    {
        using var stream = typeof(IndicatorCatalogueLoader).Assembly.GetManifestResourceStream(IndicatorCatalogueLoader.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
