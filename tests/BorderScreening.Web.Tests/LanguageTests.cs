using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task LanguageSwitch_DutchToEnglish_ChangesTextsAndHtmlLangAndIsRemembered()
    {
        var page = await browser.NewPageAsync(locale: "nl-NL");
        await ReviewerPage.OpenAsync(page, site.Url);

        // A Dutch browser starts in Dutch.
        Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("#signin-heading")).ToHaveTextAsync("Aanmelden");
        await Assertions.Expect(page.Locator("#statement")).ToContainTextAsync("Een hit is een reden om beter te kijken (bijvoorbeeld een beschermend gesprek), nooit een oordeel over de persoon.");
        await Assertions.Expect(page.Locator("button.lang[data-lang='nl']")).ToHaveAttributeAsync("aria-pressed", "true");

        await page.Locator("button.lang[data-lang='en']").ClickAsync();

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("#signin-heading")).ToHaveTextAsync("Sign in");
        await Assertions.Expect(page.Locator("#statement")).ToContainTextAsync("A hit is a reason to look closer (for example a protective interview), never a finding about the person.");
        await Assertions.Expect(page.Locator("label[for='token']")).ToHaveTextAsync("Bearer token");
        await Assertions.Expect(page.Locator("button.lang[data-lang='en']")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("Border screening — review", await page.TitleAsync());

        // The choice survives a reload.
        await ReviewerPage.OpenAsync(page, site.Url);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("#signin-heading")).ToHaveTextAsync("Sign in");
        await page.Context.CloseAsync();
    }
}
