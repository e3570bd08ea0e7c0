using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Oversight.Transparency;
using BorderScreening.Application.Retention;
using BorderScreening.Domain.Indicators;

namespace BorderScreening.Application.Tests.Oversight.Transparency;

public class TransparencyPageTests
{
    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BorderScreening.slnx")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return directory.FullName;
    }

    private static ModelCardSummary Card => ModelCardSummary.Load(Path.Combine(Root(), "model", "shipped", "model-card.json"));

    [Fact]
    public void RenderMarkdown_CommittedPage_MatchesCatalogueModelCardAndDefaultSettings()
    {
        var expected = TransparencyPage.RenderMarkdown(IndicatorCatalogueLoader.LoadEmbedded(), Card, new RetentionOptions(), new MonitoringOptions());
        var path = Path.Combine(Root(), "docs", "transparency.md");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/transparency.md is missing; run `screening transparency` or the tests with UPDATE_DOCS=1");
        Assert.True(
            File.ReadAllText(path) == expected,
            "docs/transparency.md is stale; run `dotnet run --project cli -- transparency` (or these tests with UPDATE_DOCS=1) and commit the result");
    }

    [Fact]
    public void RenderMarkdown_ShippedInputs_ListsEveryActiveIndicatorWithSourceAndTheRetentionPeriods()
    {
        var catalogue = IndicatorCatalogueLoader.LoadEmbedded();
        var retention = new RetentionOptions { NonHitAssessmentDays = 91, CaseDepersonaliseDays = 181 };

        var markdown = TransparencyPage.RenderMarkdown(catalogue, Card, retention, new MonitoringOptions());

        Assert.All(catalogue.Indicators.Where(i => i.Status == IndicatorStatus.Active), i => Assert.Contains($"| {i.Id} |", markdown, StringComparison.Ordinal));
        Assert.Contains("after 91 days", markdown, StringComparison.Ordinal);
        Assert.Contains("after 181 days", markdown, StringComparison.Ordinal);
        Assert.Contains(Card.ModelVersion, markdown, StringComparison.Ordinal);
        Assert.Contains("# Nederlands", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderHtml_ShippedInputs_HasNoScriptNoInlineStyleAndEscapesText()
    {
        var html = TransparencyPage.RenderHtml(IndicatorCatalogueLoader.LoadEmbedded(), Card, new RetentionOptions(), new MonitoringOptions());

        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Human review</h2>", html, StringComparison.Ordinal);
    }
}
