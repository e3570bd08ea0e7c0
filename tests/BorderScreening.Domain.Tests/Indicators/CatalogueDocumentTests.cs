using BorderScreening.Domain.Indicators;
using static BorderScreening.TestSupport.Indicators.IndicatorTestData;

namespace BorderScreening.Domain.Tests.Indicators;

public class CatalogueDocumentTests
{
    private static string DocsPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BorderScreening.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "docs", "indicators.md");
    }

    [Fact]
    public void Render_CommittedDocs_MatchTheShippedCatalogue()
    {
        var expected = CatalogueDocument.Render(Shipped);
        var path = DocsPath();
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/indicators.md is missing; run the tests with UPDATE_DOCS=1");
        Assert.True(
            File.ReadAllText(path) == expected,
            "docs/indicators.md differs from the catalogue; run the indicator tests with UPDATE_DOCS=1 and commit the result");
    }

    [Fact]
    public void Render_ShippedCatalogue_HasASectionPerIndicatorAndTheFormula()
    {
        var markdown = CatalogueDocument.Render(Shipped);

        Assert.All(Shipped.Indicators, i => Assert.Contains($"### {i.Id}\n", markdown, StringComparison.Ordinal));
        Assert.Contains("s_t = 1 − exp(−max(0, W_t) / k)", markdown, StringComparison.Ordinal);
        Assert.Contains("| networkCount |", markdown, StringComparison.Ordinal);
        Assert.Contains(Shipped.Version, markdown, StringComparison.Ordinal);
    }
}
