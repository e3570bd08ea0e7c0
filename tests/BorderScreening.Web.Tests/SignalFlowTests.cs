using System.Text.Json;
using Azure.Storage.Queues;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Review;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Storage;
using BorderScreening.Domain.Records;
using BorderScreening.LocalHost;
using Json.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>
/// A referral made in the browser becomes one signal per chosen partner on the jurisdiction's signals
/// queue, each exactly once, in the documented format (validated against docs/schemas); the partners
/// offered are the jurisdiction's own (the theme register only where one exists).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SignalFlowTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task Referral_InTheBrowserToTwoPartners_PutsOneSignalEachOnTheSignalsQueueInTheDocumentedFormat()
    {
        var caseId = (await site.CreateHitsAsync(Jurisdiction.CW, 1)).Single();
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.Token("reviewer-cw-signal", "Review.CW"), "CW");
        await ReviewerPage.WaitForRowsAsync(page, 1);

        // Open and claim the case, give the own assessment (1 = concern), refer to victim support (o 3), decide.
        await page.Locator($"#worklist-body tr[data-case-id='{caseId}'] a.case-link").ClickAsync();
        await Assertions.Expect(page.Locator("#case-heading")).ToContainTextAsync(caseId);
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        await page.Keyboard.PressAsync("1");
        await Assertions.Expect(page.Locator("input[name='own'][value='Concern']")).ToBeCheckedAsync();
        // The own assessment is recorded on the server first; the outcome opens after it.
        await Assertions.Expect(page.Locator("input[name='outcome']").First).ToBeEnabledAsync();
        await page.Keyboard.PressAsync("o");
        await page.Keyboard.PressAsync("3");
        await Assertions.Expect(page.Locator("input[name='outcome'][value='ReferVictimSupport']")).ToBeCheckedAsync();
        // Curaçao keeps a theme register: it is ticked with victim support; the police is offered, not ticked.
        await Assertions.Expect(page.Locator("input[name='destination'][value='victim-support']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("input[name='destination'][value='theme-register']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("input[name='destination'][value='police']")).Not.ToBeCheckedAsync();
        await page.Locator("input[name='reason'][value='MINOR_AT_RISK']").CheckAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Decision recorded");
        ReviewerPage.AssertNoScriptErrors(browser, page);
        Assert.Equal(nameof(ReviewOutcome.ReferVictimSupport), (await site.CaseAsync(Jurisdiction.CW, caseId)).Outcome);

        // The fast path has sent it; wait past a run of the relay loop (5 s) to see no second copy arrives.
        var first = await SignalsForAsync(caseId);
        await Task.Delay(TimeSpan.FromSeconds(6));
        var messages = await SignalsForAsync(caseId);

        Assert.Equal(2, first.Count);
        Assert.Equal(2, messages.Count);
        var schema = JsonSchema.FromText(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "docs", "schemas", "theme-register-signal.schema.json")));
        var seen = new List<(string Destination, string SignalId)>();
        foreach (var message in messages)
        {
            using var document = JsonDocument.Parse(message);
            var validation = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(validation.IsValid, message);
            var root = document.RootElement;
            Assert.Equal("theme-register-signal", root.GetProperty("format").GetString());
            Assert.Equal("Concern", root.GetProperty("ownAssessment").GetString());
            seen.Add((root.GetProperty("destination").GetString()!, root.GetProperty("signalId").GetString()!));
        }

        Assert.Equal(
            [("ThemeRegister", SignalMapper.SignalId(caseId, "theme-register")), ("VictimSupport", SignalMapper.SignalId(caseId, "victim-support"))],
            seen.OrderBy(x => x.Destination, StringComparer.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Referral_InAruba_OffersArubasPartnersWithoutAThemeRegister()
    {
        await site.CreateHitsAsync(Jurisdiction.AW, 1);
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.Token("reviewer-aw-signal", "Review.AW"), "AW");
        await ReviewerPage.WaitForRowsAsync(page, 1);
        await page.Locator("#worklist-body a.case-link").ClickAsync();
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        await page.Locator("input[name='own'][value='Concern']").CheckAsync();
        await Assertions.Expect(page.Locator("input[name='outcome']").First).ToBeEnabledAsync();

        await page.Locator("input[name='outcome'][value='ReferCriminalInvestigation']").CheckAsync();

        await Assertions.Expect(page.Locator("#destinations-fieldset")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name='destination']")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("input[name='destination'][value='theme-register']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("input[name='destination'][value='police']")).ToBeCheckedAsync();
        await page.Locator("input[name='outcome'][value='NoConcern']").CheckAsync();
        await Assertions.Expect(page.Locator("#destinations-fieldset")).ToBeHiddenAsync();
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
    }

    private async Task<List<string>> SignalsForAsync(string caseId)
    {
        var prefix = site.Host.Get<IOptions<StorageOptions>>().Value.LowerCasePrefix;
        var queue = site.Host.Get<QueueServiceClient>().GetQueueClient(SignalQueueNames.For(Jurisdiction.CW, prefix));
        for (var attempt = 0; attempt < 50 && !await queue.ExistsAsync(); attempt++)
        {
            await Task.Delay(100);
        }

        var peeked = (await queue.PeekMessagesAsync(32)).Value;
        return peeked.Select(m => m.MessageText)
            .Where(text => JsonDocument.Parse(text).RootElement.GetProperty("caseReference").GetString() == caseId)
            .ToList();
    }
}
