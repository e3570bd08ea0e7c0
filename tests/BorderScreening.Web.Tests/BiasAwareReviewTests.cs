using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>
/// Bias-aware review in the browser: a reviewer sees no scores in the worklist and none on the case
/// until their own assessment is recorded; the supervisor sees scores and the agreement report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BiasAwareReviewTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task Reviewer_SeesScoresOnlyAfterOwnAssessment_SupervisorSeesScoresAndAgreement()
    {
        var caseId = (await site.CreateHitsAsync(Jurisdiction.AW, 1)).Single();
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.Token("reviewer-bias", "Review.AW"), "AW");
        await ReviewerPage.WaitForRowsAsync(page, 1);

        // The worklist: no score column, no score order.
        await Assertions.Expect(page.Locator("#worklist-score-col")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#worklist-body td.score")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#f-sort option[value='score']")).ToHaveCountAsync(0);

        // The case: facts and indicators, but model and risk wait for the own assessment.
        await page.Locator("#worklist-body a.case-link").ClickAsync();
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#case-risk")).ToContainTextAsync("once you have recorded your own assessment");
        await Assertions.Expect(page.Locator("#case-model")).ToContainTextAsync("once you have recorded your own assessment");
        await Assertions.Expect(page.Locator("#case-risk dl")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("input[name='outcome']").First).ToBeDisabledAsync();
        await AssertAxeCleanAsync(page, "case before the own assessment");

        await page.Locator("input[name='own'][value='Concern']").CheckAsync();

        await Assertions.Expect(page.Locator("#case-risk dl")).ToContainTextAsync("Combined score");
        await Assertions.Expect(page.Locator("#case-model")).ToContainTextAsync("%");
        await Assertions.Expect(page.Locator("input[name='own'][value='NoConcern']")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("input[name='outcome']").First).ToBeEnabledAsync();
        var stored = await site.CaseAsync(Jurisdiction.AW, caseId);
        Assert.Equal(OwnAssessment.Concern, stored.OwnAssessment);
        Assert.Equal("reviewer-bias", stored.OwnAssessedBy);
        await AssertAxeCleanAsync(page, "case after the own assessment");

        await page.Locator("input[name='outcome'][value='ReferVictimSupport']").CheckAsync();
        await page.Locator("#decision-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Decision recorded");
        Assert.Equal(CaseStatus.Decided, (await site.CaseAsync(Jurisdiction.AW, caseId)).Status);
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();

        // The supervisor of AW: scores in the list, and the agreement report with the one decision suppressed.
        await site.CreateHitsAsync(Jurisdiction.AW, 1);
        var supervisor = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(supervisor, site.Url);
        await ReviewerPage.SignInAsync(supervisor, site.ScopedToken("supervisor-aw", ["AW"], "Review.Supervisor"), "AW");
        await ReviewerPage.WaitForRowsAsync(supervisor, 1);
        await Assertions.Expect(supervisor.Locator("#worklist-score-col")).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.Locator("#worklist-body td.score")).ToHaveCountAsync(1);
        await supervisor.Locator("#nav-supervisor").ClickAsync();
        var row = supervisor.Locator("#agreement-body tr").Filter(new() { HasText = "reviewer-bias" }).First;
        await Assertions.Expect(row).ToContainTextAsync("<10");
        await AssertAxeCleanAsync(supervisor, "supervision with the agreement report");
        ReviewerPage.AssertNoScriptErrors(browser, supervisor);
        await supervisor.Context.CloseAsync();
    }

    private static async Task AssertAxeCleanAsync(IPage page, string view)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, $"axe on the {view}: {string.Join(Environment.NewLine, serious)}");
    }
}
