using BorderScreening.Application.Capacity;
using BorderScreening.Domain.Records;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>A supervisor sets tomorrow's review capacity on the supervision screen; the threshold's source reads it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CapacityTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task Supervisor_SetsTomorrowsCapacity_OnTheSupervisionScreen()
    {
        var tomorrow = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(1);
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.ScopedToken("supervisor-sx", ["SX"], "Review.Supervisor"), "SX");
        await page.Locator("#nav-supervisor").ClickAsync();
        var row = page.Locator($"#capacity-body tr[data-day='{tomorrow:yyyy-MM-dd}']");
        await Assertions.Expect(row).ToContainTextAsync("Default");

        await page.Locator("#capacity-day").FillAsync(tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#capacity-cases").FillAsync("7");
        await page.Locator("#capacity-reason").FillAsync("Half the team at training");
        await page.Locator("#capacity-submit").ClickAsync();

        await Assertions.Expect(row).ToContainTextAsync("Set by supervisor-sx");
        await Assertions.Expect(row.Locator("td.number")).ToHaveTextAsync("7");
        Assert.Equal(7, await site.Host.Get<CapacityService>().CasesAsync(Jurisdiction.SX, tomorrow, CancellationToken.None));
        var result = await page.RunAxe();
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
    }
}
