using System.Net;
using System.Net.Http.Headers;
using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>Protocol staffing on the supervision screen: grant, see it active, the delegate gets in, revoke.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DelegationTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    private async Task<HttpStatusCode> DelegateListsCuracaoAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/review/CW/cases", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", site.Token("kmar-7", "Review.BQ"));
        using var response = await site.Host.Client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Supervisor_GrantsAndRevokesADelegation_OnTheSupervisionScreen()
    {
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.ScopedToken("supervisor-cw", ["CW"], "Review.Supervisor"), "CW");
        await page.Locator("#nav-supervisor").ClickAsync();
        await Assertions.Expect(page.Locator("#delegations-empty")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.NotFound, await DelegateListsCuracaoAsync());

        await page.Locator("#delegation-reviewer").FillAsync("kmar-7");
        await page.Locator("#delegation-hours").FillAsync("10");
        await page.Locator("#delegation-reason").FillAsync("Protocol support, evening flights");
        await page.Locator("#delegation-submit").ClickAsync();

        var row = page.Locator("#delegations-body tr").Filter(new() { HasText = "kmar-7" });
        await Assertions.Expect(row).ToContainTextAsync("Active");
        await Assertions.Expect(row).ToContainTextAsync("supervisor-cw");
        Assert.Equal(HttpStatusCode.OK, await DelegateListsCuracaoAsync());
        var result = await page.RunAxe();
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));

        await row.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(row).ToContainTextAsync("Revoked");
        Assert.Equal(HttpStatusCode.NotFound, await DelegateListsCuracaoAsync());
        var audit = await site.Host.Get<IAuditLog>().QueryAsync(null, "supervisor-cw", TimeProvider.System.GetUtcNow().AddHours(-1), TimeProvider.System.GetUtcNow().AddMinutes(1), [Jurisdiction.CW], false, 50, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "delegation.granted");
        Assert.Contains(audit, e => e.Action == "delegation.revoked");
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
    }
}
