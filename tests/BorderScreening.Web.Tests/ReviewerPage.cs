using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>Steps on the reviewers' page that several tests share.</summary>
internal static class ReviewerPage
{
    /// <summary>Loads the page and waits until its texts are in and the first view is shown.</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("body[data-ready='true']").WaitForAsync();
    }

    /// <summary>Signs in through the sign-in view with a pasted token and waits for the worklist.</summary>
    public static async Task SignInAsync(IPage page, string token, string jurisdiction)
    {
        await page.Locator("#token").FillAsync(token);
        await page.Locator("#signin-jurisdiction").SelectOptionAsync(jurisdiction);
        await page.Locator("#signin-submit").ClickAsync();
        await page.Locator("#view-worklist").WaitForAsync();
    }

    /// <summary>Waits until the worklist shows exactly <paramref name="count"/> rows.</summary>
    public static async Task WaitForRowsAsync(IPage page, int count) =>
        await Assertions.Expect(page.Locator("#worklist-body tr")).ToHaveCountAsync(count);

    /// <summary>Presses Tab until the element with <paramref name="id"/> has the focus.</summary>
    public static async Task TabToAsync(IPage page, string id, int maxPresses = 20)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"#{id} was not reached with {maxPresses} presses of Tab.");
    }

    /// <summary>The id of the focused element.</summary>
    public static Task<string?> FocusedIdAsync(IPage page) => page.EvaluateAsync<string?>("() => document.activeElement?.id");

    /// <summary>Fails when the page logged a script error (an expected 409 shows as a failed resource; those are allowed).</summary>
    public static void AssertNoScriptErrors(BrowserFixture browser, IPage page)
    {
        var errors = browser.ScriptErrors.TryGetValue(page, out var list) ? list.Where(e => !e.Contains("409", StringComparison.Ordinal)).ToList() : [];
        Assert.True(errors.Count == 0, "Script errors: " + string.Join(Environment.NewLine, errors));
    }
}
