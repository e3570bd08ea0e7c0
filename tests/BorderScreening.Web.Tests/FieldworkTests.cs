using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>
/// Field work in the browser: an officer adds observations to a case and sees both assessments; a
/// supervisor sees the check plan with names and addresses, exports it as CSV and records a finding.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FieldworkTests(BrowserFixture browser, ReviewerSite site) : IClassFixture<ReviewerSite>
{
    [Fact]
    public async Task Officer_AddsObservations_CaseShowsBothAssessments()
    {
        var caseId = (await site.CreateHitsAsync(Jurisdiction.AW, 1)).Single();
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.Token("officer-aw", "Review.AW"), "AW");
        await ReviewerPage.WaitForRowsAsync(page, 1);
        await page.Locator("#worklist-body a.case-link").ClickAsync();
        await Assertions.Expect(page.Locator("#case-change")).ToContainTextAsync("One assessment so far");

        await page.Locator("#obs-DOCUMENTS_HELD_BY_OTHER").CheckAsync();
        await page.Locator("#observation-note").FillAsync("Companion held her passport");
        await page.Locator("#observation-submit").ClickAsync();

        await Assertions.Expect(page.Locator("#case-change")).ToContainTextAsync("1 → 2");
        await Assertions.Expect(page.Locator("#case-change")).ToContainTextAsync("TRV-OBS-DOCUMENTS-HELD");
        await Assertions.Expect(page.Locator("#case-facts")).ToContainTextAsync("DOCUMENTS_HELD_BY_OTHER");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("version 2");
        Assert.Equal(2, (await site.CaseAsync(Jurisdiction.AW, caseId)).Version);
        await AssertAxeCleanAsync(page, "case with two assessments");
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Supervisor_SeesTheCheckPlan_ExportsIt_AndRecordsAFinding()
    {
        await site.CreateHitsAsync(Jurisdiction.SX, 2);
        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await ReviewerPage.SignInAsync(page, site.ScopedToken("supervisor-sx-plan", ["SX"], "Review.Supervisor"), "SX");
        await page.Locator("#nav-supervisor").ClickAsync();

        // Every test traveller names the same hotel: one address behind both hits, by name for a supervisor.
        var row = page.Locator("#plan-body tr").Filter(new() { HasText = "Address: Hotel Kura Hulanda, Willemstad" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td.number").First).ToHaveTextAsync("2");
        await Assertions.Expect(row).ToContainTextAsync("2 hit(s) × 10");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#plan-export").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("rank,entityType,entityKey,clearValue,", csv, StringComparison.Ordinal);
        Assert.Contains("\"Hotel Kura Hulanda, Willemstad\"", csv, StringComparison.Ordinal);

        await page.Locator("#finding-entity").SelectOptionAsync(new SelectOptionValue { Label = "Address: Hotel Kura Hulanda, Willemstad" });
        await page.Locator("#finding-code").SelectOptionAsync("NoIndication");
        await page.Locator("#finding-note").FillAsync("Joint check, nothing found");
        await page.Locator("#finding-submit").ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Finding recorded: 2 cases labelled");
        var labels = new List<DecisionLabel>();
        await foreach (var label in site.Host.Get<ILabelStore>().ReadAsync(Jurisdiction.SX, CancellationToken.None))
        {
            labels.Add(label);
        }

        Assert.Equal(2, labels.Count(l => l.IsInspection && l.Label == 0));
        await AssertAxeCleanAsync(page, "supervision with the check plan");
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Delegate_CanPickTheDelegatedJurisdiction_AtSignIn()
    {
        using (var grant = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/supervision/CW/delegations", UriKind.Relative)))
        {
            grant.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", site.ScopedToken("supervisor-cw-grant", ["CW"], "Review.Supervisor"));
            grant.Content = new StringContent("""{"reviewer":"kmar-9","hours":8,"reason":"Protocol support"}""", System.Text.Encoding.UTF8, "application/json");
            (await site.Host.Client.SendAsync(grant)).EnsureSuccessStatusCode();
        }

        var page = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(page, site.Url);
        await page.Locator("#token").FillAsync(site.Token("kmar-9", "Review.BQ"));
        await Assertions.Expect(page.Locator("#signin-jurisdiction option[value='CW']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#signin-jurisdiction option[value='AW']")).ToHaveCountAsync(0);
        await page.Locator("#signin-jurisdiction").SelectOptionAsync("CW");
        await page.Locator("#signin-submit").ClickAsync();

        await page.Locator("#view-worklist").WaitForAsync();
        await Assertions.Expect(page.Locator("#jurisdiction-switch option[value='CW']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#jurisdiction-switch option[value='BQ-BO']")).ToHaveCountAsync(1);
        Assert.Equal("CW", await page.Locator("#jurisdiction-switch").InputValueAsync());
        ReviewerPage.AssertNoScriptErrors(browser, page);
        await page.Context.CloseAsync();

        // Without a grant the same page offers the token's own jurisdictions only.
        var other = await browser.NewPageAsync(locale: "en-GB");
        await ReviewerPage.OpenAsync(other, site.Url);
        await other.Locator("#token").FillAsync(site.Token("kmar-10", "Review.BQ"));
        await Assertions.Expect(other.Locator("#signin-jurisdiction option[value='BQ-BO']")).ToHaveCountAsync(1);
        await Task.Delay(500);
        await Assertions.Expect(other.Locator("#signin-jurisdiction option[value='CW']")).ToHaveCountAsync(0);
        await other.Context.CloseAsync();
    }

    private static async Task AssertAxeCleanAsync(IPage page, string view)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, $"axe on the {view}: {string.Join(Environment.NewLine, serious)}");
    }
}
