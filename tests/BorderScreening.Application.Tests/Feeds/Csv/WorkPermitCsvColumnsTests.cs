using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Tests.Feeds.Fixtures;

namespace BorderScreening.Application.Tests.Feeds.Csv;

public class WorkPermitCsvColumnsTests
{
    [Fact]
    public void All_EveryColumn_IsDocumentedInFeedsMd()
    {
        var docs = File.ReadAllText(Path.Combine(FixtureFile.RepositoryRoot(), "docs", "feeds.md"));

        var missing = WorkPermitCsvColumns.All.Where(c => !docs.Contains($"| `{c.Name}` |", StringComparison.Ordinal)).Select(c => c.Name).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void All_ColumnNames_AreUnique()
    {
        Assert.Equal(WorkPermitCsvColumns.All.Count, WorkPermitCsvColumns.All.Select(c => c.Name.ToUpperInvariant()).Distinct().Count());
    }
}
