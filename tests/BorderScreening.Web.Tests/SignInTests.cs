using System.Text;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task SignIn_TokenWithReviewerRoles_ShowsTheJurisdictionsItAllows()
    {
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);

        await page.Locator("#token").FillAsync(site.Token("reviewer-bq", "Review.BQ", "Review.CW"));

        await Assertions.Expect(page.Locator("#token-info")).ToContainTextAsync("Bonaire (BQ-BO)");
        await Assertions.Expect(page.Locator("#token-info")).ToContainTextAsync("Curaçao (CW)");
        var options = await page.Locator("#signin-jurisdiction option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Equal(new[] { "CW", "BQ-BO", "BQ-SE", "BQ-SA" }, options);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_TokenTheApiRefuses_ReturnsToSignInWithMessage()
    {
        // Readable claims, no signature: the page lets it through (display only), the API does not.
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var unsigned = Base64Url("""{"alg":"none","typ":"JWT"}""") + "." + Base64Url($$"""{"sub":"intruder","roles":["Review.CW"],"exp":{{exp}}}""") + ".";

        await page.Locator("#token").FillAsync(unsigned);
        await page.Locator("#signin-submit").ClickAsync();

        await Assertions.Expect(page.Locator("#alert")).ToContainTextAsync("the token was refused");
        await Assertions.Expect(page.Locator("#view-signin")).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('screening.token')"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_SupervisorTokenWithoutJurisdictions_SaysSoAndOffersNone()
    {
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);

        await page.Locator("#token").FillAsync(site.ScopedToken("supervisor-none", [], "Review.Supervisor"));

        await Assertions.Expect(page.Locator("#token-no-jurisdictions")).ToContainTextAsync("names no jurisdiction");
        await Assertions.Expect(page.Locator("#signin-jurisdiction")).ToBeDisabledAsync();
        Assert.Equal(0, await page.Locator("#signin-jurisdiction option").CountAsync());
        await page.Locator("#signin-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#alert")).ToContainTextAsync("names no jurisdiction");
        await Assertions.Expect(page.Locator("#view-signin")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_SupervisorTokenScopedToAwAndBq_OffersThoseJurisdictions()
    {
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);

        await page.Locator("#token").FillAsync(site.ScopedToken("supervisor-aw-bq", ["AW", "BQ"], "Review.Supervisor"));

        await Assertions.Expect(page.Locator("#token-info")).ToContainTextAsync("Aruba (AW)");
        var options = await page.Locator("#signin-jurisdiction option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Equal(new[] { "AW", "BQ-BO", "BQ-SE", "BQ-SA" }, options);
        Assert.Equal(0, await page.Locator("#token-no-jurisdictions").CountAsync());
        await page.Context.CloseAsync();
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
