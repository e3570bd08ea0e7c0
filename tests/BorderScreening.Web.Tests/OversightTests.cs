using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Review;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Records;
using BorderScreening.LocalHost;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>
/// The supervisors' screen (queue overview, reassign, reopen, snoozes) and the auditors' screen
/// (audit log query), driven with the keyboard in Debian's Chromium, checked with axe; with
/// UPDATE_SCREENSHOTS=1 they also refresh docs/screenshots/supervisor.png and audit.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OversightTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    private static readonly bool UpdateScreenshots = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";

    private static Actor Reviewer(string subject, Jurisdiction jurisdiction) =>
        new(subject, "Review." + jurisdiction.ReviewArea(), new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { jurisdiction });

    private CaseReviewService Review => site.Host.Get<CaseReviewService>();

    private SnoozeService Snoozes => site.Host.Get<SnoozeService>();

    private static async Task PressOnAsync(ILocator locator, string key = "Enter")
    {
        await locator.FocusAsync();
        await locator.Page.Keyboard.PressAsync(key);
    }

    [Fact]
    public async Task Supervisor_WithTheKeyboard_SeesQueuesReassignsReopensExtendsAndLiftsASnooze()
    {
        // Arrange: in CW one case decided with a snooze set from it, one escalated.
        var ids = await site.CreateHitsAsync(Jurisdiction.CW, 2);
        var (decided, escalated) = (ids[0], ids[1]);
        var reviewer = Reviewer("reviewer-cw", Jurisdiction.CW);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, decided, CancellationToken.None);
        await Review.DecideAsync(reviewer, Jurisdiction.CW, decided, new DecisionRequest(OwnAssessment.NoConcern, ReviewOutcome.NoConcern, ["FACTS_EXPLAINED"], null), CancellationToken.None);
        var entity = (await site.Host.Get<IAssessmentStore>().GetCaseAsync(decided, CancellationToken.None))!.EntityHashes.Keys.First();
        // The indicator forces review: only a supervisor of CW snoozes it, for at most 30 days.
        var supervisor = new Actor("check", "Review.Supervisor", new HashSet<Jurisdiction> { Jurisdiction.CW }, new HashSet<Jurisdiction> { Jurisdiction.CW });
        var snooze = await Snoozes.SnoozeAsync(supervisor, Jurisdiction.CW, decided, new SnoozeRequest("TRV-MINOR-UNACCOMPANIED", entity.ToString(), "school exchange, checked", 5), CancellationToken.None);
        Assert.Equal(ReviewStatus.Ok, snooze.Status);
        await Review.ClaimAsync(reviewer, Jurisdiction.CW, escalated, CancellationToken.None);
        await Review.EscalateAsync(reviewer, Jurisdiction.CW, escalated, new ReasonRequest("unclear sponsor"), CancellationToken.None);

        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        // KMar coordination: the all-countries grant shows every jurisdiction's queues.
        await ReviewerPage.SignInAsync(page, site.Token("supervisor-1", "Review.Supervisor", "Jurisdictions.All"), "CW");

        // The supervision link is in the header, after the skip link; follow it with the keyboard.
        await page.Locator("#skip-link").FocusAsync();
        await ReviewerPage.TabToAsync(page, "nav-supervisor");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#view-supervisor").WaitForAsync();
        var cw = page.Locator("#overview-body tr[data-jurisdiction='CW'] td");
        async Task ExpectCountsAsync(string open, string claimed, string escalated, string missed)
        {
            await Assertions.Expect(cw.Nth(0)).ToHaveTextAsync(open);
            await Assertions.Expect(cw.Nth(1)).ToHaveTextAsync(claimed);
            await Assertions.Expect(cw.Nth(2)).ToHaveTextAsync(escalated);
            await Assertions.Expect(cw.Nth(4)).ToHaveTextAsync(missed);
        }

        await ExpectCountsAsync("0", "0", "1", "0");
        await Assertions.Expect(page.Locator("#overview-body tr")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#sup-cases-body tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#snoozes-body tr")).ToHaveCountAsync(1);
        await AssertNoSeriousViolationsAsync(page, "supervisor");
        await ScreenshotAsync(page, "supervisor");

        // Reassign the escalated case.
        await PressOnAsync(page.Locator($"#sup-cases-body tr[data-case-id='{escalated}'] button"));
        Assert.Equal("sup-action-heading", await ReviewerPage.FocusedIdAsync(page));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("reviewer-cw-2");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("second opinion");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("assigned to reviewer-cw-2");
        var reassigned = await site.CaseAsync(Jurisdiction.CW, escalated);
        Assert.Equal((CaseStatus.Claimed, "reviewer-cw-2"), (reassigned.Status, reassigned.ClaimedBy));

        // Reopen the decided case, with a reason.
        await page.Locator("#sup-status").SelectOptionAsync("Decided");
        await PressOnAsync(page.Locator("#sup-filter button[type='submit']"));
        await PressOnAsync(page.Locator($"#sup-cases-body tr[data-case-id='{decided}'] button"));
        await Assertions.Expect(page.Locator("#reassign-form")).ToBeHiddenAsync();
        await page.Locator("#reopen-reason").FillAsync("new facts from the airline");
        await PressOnAsync(page.Locator("#reopen-submit"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"Case {decided} reopened");
        Assert.Equal(CaseStatus.Open, (await site.CaseAsync(Jurisdiction.CW, decided)).Status);
        await ExpectCountsAsync("1", "1", "0", "0");

        // Extend the snooze to 25 days from now (within the 30 days of an indicator that forces review), then lift it.
        await PressOnAsync(page.Locator("#snoozes-body button.extend-snooze"));
        await page.Locator("#extend-days").FillAsync("25");
        await page.Locator("#extend-reason").FillAsync("still the same exchange programme");
        await PressOnAsync(page.Locator("#extend-submit"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Snooze extended until");
        var active = Assert.Single((await Snoozes.ListSnoozesAsync(supervisor, Jurisdiction.CW, CancellationToken.None)).Value!);
        Assert.True(active.ExpiresAt > snooze.Value!.ExpiresAt.AddDays(15), $"expires {active.ExpiresAt:O}");

        await PressOnAsync(page.Locator("#snoozes-body button.lift-snooze"));
        await Assertions.Expect(page.Locator("#snoozes-empty")).ToBeVisibleAsync();
        Assert.Empty((await Snoozes.ListSnoozesAsync(supervisor, Jurisdiction.CW, CancellationToken.None)).Value!);

        // Narrow screens: rows become cards, nothing scrolls sideways.
        await page.SetViewportSizeAsync(375, 812);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The supervisor view scrolls sideways at 375 px.");
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Auditor_WithoutAReviewRole_QueriesTheAuditLogByCaseAndActor_InBothLanguages()
    {
        var ids = await site.CreateHitsAsync(Jurisdiction.SX, 1);
        await Review.GetAsync(Reviewer("reviewer-sx", Jurisdiction.SX), Jurisdiction.SX, ids[0], CancellationToken.None);
        await Review.GetAsync(Reviewer("reviewer-sx-2", Jurisdiction.SX), Jurisdiction.SX, ids[0], CancellationToken.None);

        var page = await browser.NewPageAsync(locale: "nl-NL");
        await ReviewerPage.OpenAsync(page, site.Url);
        await page.Locator("#token").FillAsync(site.ScopedToken("auditor-1", ["SX"], "Audit.Read"));
        await Assertions.Expect(page.Locator("#token-info")).ToContainTextAsync("auditor");
        await PressOnAsync(page.Locator("#signin-submit"));
        await page.Locator("#view-audit").WaitForAsync();
        await Assertions.Expect(page.Locator("#nav-worklist")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#nav-supervisor")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#audit-heading")).ToHaveTextAsync("Auditlog");

        await page.Locator("#audit-case").FillAsync(ids[0]);
        await page.Keyboard.PressAsync("Enter");
        var viewed = page.Locator("#audit-body tr", new() { HasText = "case.viewed" });
        await Assertions.Expect(viewed).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#audit-count")).ToContainTextAsync("regels gevonden");

        await page.Locator("#audit-actor").FillAsync("reviewer-sx-2");
        await PressOnAsync(page.Locator("#audit-submit"));
        await Assertions.Expect(page.Locator("#audit-body tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#audit-body tr").First).ToContainTextAsync("reviewer-sx-2");

        // A period before anything happened finds nothing.
        await page.Locator("#audit-actor").FillAsync("");
        await page.Locator("#audit-from").FillAsync("2020-01-01T00:00");
        await page.Locator("#audit-to").FillAsync("2020-01-02T00:00");
        await PressOnAsync(page.Locator("#audit-submit"));
        await Assertions.Expect(page.Locator("#audit-body tr")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#audit-count")).ToHaveTextAsync("Geen regels gevonden.");

        await PressOnAsync(page.Locator("button.lang[data-lang='en']"));
        await Assertions.Expect(page.Locator("#audit-heading")).ToHaveTextAsync("Audit log");
        await Assertions.Expect(page.Locator("#audit-count")).ToHaveTextAsync("No entries match.");
        await page.Locator("#audit-from").FillAsync("");
        await page.Locator("#audit-to").FillAsync("");
        await PressOnAsync(page.Locator("#audit-submit"));
        await Assertions.Expect(viewed).ToHaveCountAsync(2);
        await AssertNoSeriousViolationsAsync(page, "audit");
        await ScreenshotAsync(page, "audit");
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
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

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (!UpdateScreenshots)
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot.Find(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
    }
}
