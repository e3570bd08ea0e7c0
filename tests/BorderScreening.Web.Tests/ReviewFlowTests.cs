using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReviewFlowTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task ReviewPage_KeyboardOnlyFromEmptyBrowser_ClaimsReadsDecidesAndOpensNextCase()
    {
        var cases = await site.CreateHitsAsync(Jurisdiction.CW, 2);
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);

        // Sign in: Tab to the token field, paste, Tab to the jurisdiction, Tab to the button, Enter.
        await ReviewerPage.TabToAsync(page, "token");
        await page.Keyboard.InsertTextAsync(site.Token("reviewer-cw", "Review.CW"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("signin-jurisdiction", await ReviewerPage.FocusedIdAsync(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("signin-submit", await ReviewerPage.FocusedIdAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await ReviewerPage.WaitForRowsAsync(page, 2);

        // j selects the first row, Enter opens and claims it.
        await page.Keyboard.PressAsync("j");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.closest('tr').dataset.caseId");
        Assert.Contains(first, cases);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#case-heading")).ToContainTextAsync(first);
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        ReviewerPage.AssertNoScriptErrors(browser, page);
        Assert.Equal(CaseStatus.Claimed, (await site.CaseAsync(Jurisdiction.CW, first)).Status);

        // The case leads with facts and the fired indicator; the model comes later.
        await Assertions.Expect(page.Locator(".case-main h2").First).ToHaveTextAsync("Facts of the record");
        await Assertions.Expect(page.Locator("#case-facts dt").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#case-indicators")).ToContainTextAsync("TRV-MINOR-UNACCOMPANIED");
        await Assertions.Expect(page.Locator("#statement")).ToContainTextAsync("never a finding about the person");

        // Own assessment first: the outcome stays closed until it is given.
        await Assertions.Expect(page.Locator("input[name='outcome']").First).ToBeDisabledAsync();
        await page.Keyboard.PressAsync("2");
        await Assertions.Expect(page.Locator("input[name='own'][value='NoConcern']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("input[name='outcome']").First).ToBeEnabledAsync();
        await page.Keyboard.PressAsync("o");
        await page.Keyboard.PressAsync("1");
        await Assertions.Expect(page.Locator("input[name='outcome'][value='NoConcern']")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("input[name='reason'][value='FACTS_EXPLAINED']")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Control+Enter");

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Decision recorded");
        var decided = await site.CaseAsync(Jurisdiction.CW, first);
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(nameof(ReviewOutcome.NoConcern), decided.Outcome);

        // n opens (and claims) the next open case.
        var second = cases.Single(c => c != first);
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#case-heading")).ToContainTextAsync(second);
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        var claimed = await site.CaseAsync(Jurisdiction.CW, second);
        Assert.Equal(CaseStatus.Claimed, claimed.Status);
        Assert.Equal("reviewer-cw", claimed.ClaimedBy);

        // Esc goes back to the worklist and gives the undecided case back.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#view-worklist")).ToBeVisibleAsync();
        ReviewerPage.AssertNoScriptErrors(browser, page);
        Assert.Equal(CaseStatus.Open, (await site.CaseAsync(Jurisdiction.CW, second)).Status);

        // The audit log holds every view and action of this browser run, by this reviewer, in order.
        var audit = site.Host.Get<IAuditLog>();
        var firstTrail = (await audit.ForCaseAsync(Jurisdiction.CW, first, 1, CancellationToken.None)).Where(e => e.Actor == "reviewer-cw").Select(e => e.Action).ToList();
        var secondTrail = (await audit.ForCaseAsync(Jurisdiction.CW, second, 1, CancellationToken.None)).Where(e => e.Actor == "reviewer-cw").Select(e => e.Action).ToList();
        // The own assessment is recorded before the scores are shown, which reloads the case (a second view).
        Assert.Equal(["case.claimed", "case.viewed", "case.own-assessment", "case.viewed", "case.decided"], firstTrail);
        Assert.Equal(["case.claimed", "case.viewed", "case.released"], secondTrail);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ClaimCase_SecondReviewerOpensSameCase_SeesClaimedByAnotherReviewer()
    {
        var caseId = (await site.CreateHitsAsync(Jurisdiction.AW, 1)).Single();
        var reviewerA = await browser.NewPageAsync();
        var reviewerB = await browser.NewPageAsync();
        await ReviewerPage.OpenAsync(reviewerA, site.Url);
        await ReviewerPage.OpenAsync(reviewerB, site.Url);
        await ReviewerPage.SignInAsync(reviewerA, site.Token("reviewer-a", "Review.AW"), "AW");
        await ReviewerPage.SignInAsync(reviewerB, site.Token("reviewer-b", "Review.AW"), "AW");
        await ReviewerPage.WaitForRowsAsync(reviewerA, 1);
        await ReviewerPage.WaitForRowsAsync(reviewerB, 1);

        await reviewerA.Locator("#worklist-body a.case-link").ClickAsync();
        await Assertions.Expect(reviewerA.Locator("input[name='own']").First).ToBeEnabledAsync();
        await reviewerB.Locator("#worklist-body a.case-link").ClickAsync();

        var banner = reviewerB.Locator("#claim-banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("claimed by another reviewer");
        await Assertions.Expect(reviewerB.Locator("input[name='own']").First).ToBeDisabledAsync();
        await Assertions.Expect(reviewerB.Locator("#decision-submit")).ToBeDisabledAsync();
        Assert.Equal("reviewer-a", (await site.CaseAsync(Jurisdiction.AW, caseId)).ClaimedBy);

        // The banner offers the way back.
        await banner.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(reviewerB.Locator("#view-worklist")).ToBeVisibleAsync();
        Assert.Equal("reviewer-a", (await site.CaseAsync(Jurisdiction.AW, caseId)).ClaimedBy);
        await reviewerA.Context.CloseAsync();
        await reviewerB.Context.CloseAsync();
    }

    [Fact]
    public async Task Worklist_DeadlineApproachesAndPasses_CountdownTurnsUrgentThenOverdue()
    {
        await site.CreateHitsAsync(Jurisdiction.BQ_SE, 1);
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.Token("reviewer-bq", "Review.BQ"), "BQ-SE");
        await ReviewerPage.WaitForRowsAsync(page, 1);
        var countdown = page.Locator("#worklist-body .countdown");
        await Assertions.Expect(countdown).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("urgent|overdue"));
        var deadline = DateTimeOffset.Parse(await countdown.GetAttributeAsync("data-deadline") ?? "", System.Globalization.CultureInfo.InvariantCulture);

        // The page's clock moves; the countdown follows by itself (no reload).
        await page.Clock.SetSystemTimeAsync(deadline.AddSeconds(-1830).UtcDateTime);
        await Assertions.Expect(countdown).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("urgent"));
        await Assertions.Expect(countdown).ToContainTextAsync("Urgent");
        await Assertions.Expect(countdown).ToContainTextAsync("in 30 min");

        await page.Clock.SetSystemTimeAsync(deadline.AddSeconds(315).UtcDateTime);
        await Assertions.Expect(countdown).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("overdue"));
        await Assertions.Expect(countdown).ToContainTextAsync("Overdue");
        await Assertions.Expect(countdown).ToContainTextAsync("overdue by 5 min");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task CaseView_ModelWithContributions_ShowsThemBothWaysAfterFactsIndicatorsAndLinks()
    {
        await site.CreateHitsAsync(Jurisdiction.BQ_SA, 1);
        var page = await browser.NewPageAsync();

        // The local host serves no trained model, so add contributions to the real answer.
        await page.RouteAsync("**/api/review/*/cases/*", async route =>
        {
            if (route.Request.Method != "GET")
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
            body["model"] = System.Text.Json.Nodes.JsonNode.Parse("""
                {"modelVersion":"test-1","probability":0.42,"contributions":[
                  {"feature":"sponsorTravellers14d","value":7,"contribution":0.31},
                  {"feature":"returnTicket","value":1,"contribution":-0.12}]}
                """);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.Token("reviewer-bq", "Review.BQ"), "BQ-SA");
        await ReviewerPage.WaitForRowsAsync(page, 1);
        await page.Locator("#worklist-body a.case-link").ClickAsync();
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        // The model is shown once the own assessment is recorded (bias-aware review).
        await Assertions.Expect(page.Locator("#case-model")).ToContainTextAsync("once you have recorded your own assessment");
        await page.Keyboard.PressAsync("1");

        await Assertions.Expect(page.Locator("#case-model")).ToContainTextAsync("Model probability: 42%");
        await Assertions.Expect(page.Locator("#case-model table.up")).ToContainTextAsync("sponsorTravellers14d");
        await Assertions.Expect(page.Locator("#case-model table.down")).ToContainTextAsync("returnTicket");
        var headings = await page.Locator(".case-main h2").AllTextContentsAsync();
        Assert.Equal(new[] { "Facts of the record", "Indicators that fired", "Linked cases in this jurisdiction", "Model", "Risk components", "Officer's observations", "History" }, headings);
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
    }
}
