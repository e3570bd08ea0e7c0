using BorderScreening.Domain.Records;
using BorderScreening.LocalHost;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>
/// axe-core on each main view, the narrow-screen layout, and (with UPDATE_SCREENSHOTS=1) the
/// screenshots in docs/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    private static readonly bool UpdateScreenshots = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";

    [Fact]
    public async Task Axe_SignInWorklistAndCaseViews_FindNoSeriousOrCriticalViolations()
    {
        var caseIds = await site.CreateHitsAsync(Jurisdiction.SX, 3);
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        var token = site.Token("reviewer-sx", "Review.SX");
        await page.Locator("#token").FillAsync(token);
        await Assertions.Expect(page.Locator("#token-info")).ToContainTextAsync("Sint Maarten (SX)");
        await AssertNoSeriousViolationsAsync(page, "sign-in");
        await ScreenshotAsync(page, "signin");

        await ReviewerPage.SignInAsync(page, token, "SX");
        await ReviewerPage.WaitForRowsAsync(page, caseIds.Count);
        await AssertNoSeriousViolationsAsync(page, "worklist");
        await ScreenshotAsync(page, "worklist");

        await page.Locator("#worklist-body a.case-link").First.ClickAsync();
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#case-history")).Not.ToBeEmptyAsync();
        await page.Keyboard.PressAsync("1");
        await AssertNoSeriousViolationsAsync(page, "case");
        await ScreenshotAsync(page, "case", fullPage: true);

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("#shortcuts")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(page, "shortcuts");
        await ScreenshotAsync(page, "shortcuts");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#shortcuts")).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Page_375PixelsWide_WorklistAndCaseFitWithoutSideScrolling()
    {
        await site.CreateHitsAsync(Jurisdiction.BQ_BO, 1);
        var page = await browser.NewPageAsync(locale: "nl-NL", width: 375, height: 812);
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.Token("reviewer-bq", "Review.BQ"), "BQ-BO");
        await ReviewerPage.WaitForRowsAsync(page, 1);
        Assert.True(await FitsAsync(page), "The worklist scrolls sideways at 375 px.");
        await ScreenshotAsync(page, "worklist-375-nl");

        await page.Locator("#worklist-body a.case-link").First.ClickAsync();
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        Assert.True(await FitsAsync(page), "The case view scrolls sideways at 375 px.");
        await AssertNoSeriousViolationsAsync(page, "case at 375 px (nl)");
        await ScreenshotAsync(page, "case-375-nl");
        await page.Context.CloseAsync();
    }

    private static async Task<bool> FitsAsync(IPage page)
    {
        var wide = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(0, 8)
              .map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`)
            """);
        Assert.True(wide.Length == 0, "Wider than the window: " + string.Join("; ", wide));
        return await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string view)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe on the {view} view: {string.Join(Environment.NewLine, serious)}");
    }

    private static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        if (!UpdateScreenshots)
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot.Find(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
    }
}
