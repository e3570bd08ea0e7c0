using BorderScreening.Application.Security;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Records;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>The watchlists screen: a manager of CW adds an entry, imports a CSV with a bad line, and removes an entry, in Debian's Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WatchlistTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task Manager_AddsImportsAndRemovesEntries_AndSeesTheRefusedLine()
    {
        var manager = new Caller("manager-cw", [AppRoles.WatchlistManage], [Jurisdiction.CW]);
        var created = await site.Host.Get<WatchlistService>().CreateListAsync(manager,
            new WatchlistListRequest { Id = "cw-recruiters", Name = "Recruiters", Purpose = "EntitiesOfInterest", Typology = "LabourExploitation", Owner = "CW" }, CancellationToken.None);
        Assert.NotNull(created.Value);

        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.ScopedToken("manager-cw", ["CW"], "Review.CW", AppRoles.WatchlistManage), "CW");
        await page.Locator("#nav-watchlists").ClickAsync();
        await page.Locator("#view-watchlists").WaitForAsync();
        await Assertions.Expect(page.Locator("#watchlist-select option")).ToHaveCountAsync(1);

        await page.Locator("#watchlist-kind").SelectOptionAsync("Organisation");
        await page.Locator("#watchlist-name").FillAsync("Caribe Staffing N.V.");
        await page.Locator("#watchlist-reason").FillAsync("Under investigation");
        await page.Locator("#watchlist-source").FillAsync("OM-2026-14");
        await page.Locator("#watchlist-add").ClickAsync();
        await Assertions.Expect(page.Locator("#watchlist-table tbody tr")).ToHaveCountAsync(1);

        await page.Locator("#watchlist-import-text").FillAsync(string.Join('\n',
            "entry_id,kind,given_names,name,birth_date,value,document_type,issuing_state,reason,source,valid_from,valid_to",
            "p1,Phone,,,,+5999 555 1234,,,Recruiter's phone,OM-2026-14,,",
            "p2,Phone,,,,0612345,,,Recruiter's phone,OM-2026-14,,"));
        await page.Locator("#watchlist-import").ClickAsync();
        await Assertions.Expect(page.Locator("#watchlist-import-errors li")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^line 3: value"));
        await Assertions.Expect(page.Locator("#watchlist-table tbody tr")).ToHaveCountAsync(2);

        await page.Locator("#watchlist-table tr[data-entry='p1'] button[data-action='remove']").ClickAsync();
        await Assertions.Expect(page.Locator("#watchlist-table tbody tr")).ToHaveCountAsync(1);
        ReviewerPage.AssertNoScriptErrors(browser, page);
    }
}
