using System.Text.Json.Nodes;
using BorderScreening.Domain.Indicators;

namespace BorderScreening.TestSupport.Catalogues;

/// <summary>Candidate catalogues made from the shipped one with one change.</summary>
public static class CandidateCatalogues
{
    public const string MinorUnaccompanied = "TRV-MINOR-UNACCOMPANIED";

    public static string Shipped()
    {
        using var stream = typeof(IndicatorCatalogueLoader).Assembly.GetManifestResourceStream(IndicatorCatalogueLoader.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string ShippedVersion => IndicatorCatalogueLoader.LoadEmbedded().Version;

    /// <summary>The shipped catalogue under <paramref name="version"/>, with <paramref name="change"/> applied to one indicator.</summary>
    public static string With(string version, string indicatorId, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Shipped())!.AsObject();
        root["version"] = version;
        var indicator = root["indicators"]!.AsArray().Select(i => i!.AsObject()).Single(i => i["id"]!.GetValue<string>() == indicatorId);
        change(indicator);
        return root.ToJsonString();
    }

    /// <summary>The minor-unaccompanied indicator with another weight.</summary>
    public static string MinorWeight(string version, double weight) => With(version, MinorUnaccompanied, i => i["weight"] = weight);
}
