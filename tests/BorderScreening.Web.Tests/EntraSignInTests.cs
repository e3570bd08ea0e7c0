using System.Net;
using System.Security.Cryptography;
using System.Text;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Review;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using Deque.AxeCore.Playwright;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>
/// Sign-in with Entra ID, end to end in Chromium: MSAL in the page runs the code flow with PKCE
/// against a stand-in OpenID provider on loopback, the API validates the provider's RS256 tokens from
/// its metadata, and the reviewer works a case to a referral to two destinations (one signal each)
/// with the scores blinded until the own assessment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EntraSignInTests(BrowserFixture browser, EntraReviewerSite site) : IClassFixture<EntraReviewerSite>
{
    [Fact]
    public async Task EntraSignIn_StandInProvider_SignsInWorksACaseToAReferralWithTwoDestinationsAndSignsOut()
    {
        var caseId = (await site.CreateHitsAsync(Jurisdiction.CW, 1)).Single();
        // The provider's counters are shared with the other test of the class: compare with their start.
        var (codes, refused, signOuts) = (site.Provider.CodeRedemptions, site.Provider.RefusedVerifiers, site.Provider.SignOuts);
        var page = await browser.NewPageAsync(locale: "en-GB", ignoreHttpsErrors: true);
        await AddModelToCaseAsync(page);
        await ReviewerPage.OpenAsync(page, site.Url);

        // Entra mode: a sign-in button, no token field.
        await Assertions.Expect(page.Locator("#signin-entra")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#token")).ToBeHiddenAsync();
        await AssertNoSeriousViolationsAsync(page, "Entra sign-in");

        // To the provider and back with a code; MSAL redeems it with the PKCE verifier.
        await page.Locator("#signin-entra").ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(site.Url, StringComparison.Ordinal) && !url.Contains("code=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#token-info")).ToContainTextAsync("Curaçao (CW)");
        Assert.Equal(codes + 1, site.Provider.CodeRedemptions);
        Assert.Equal(refused, site.Provider.RefusedVerifiers);
        await page.Locator("#signin-jurisdiction").SelectOptionAsync("CW");
        await page.Locator("#signin-submit").ClickAsync();
        await ReviewerPage.WaitForRowsAsync(page, 1);
        await Assertions.Expect(page.Locator("#whoami")).ToContainTextAsync("reviewer-entra-cw");

        // Claim, blinded scores, own assessment, then the model, then the decision.
        await page.Locator("#worklist-body a.case-link").ClickAsync();
        await Assertions.Expect(page.Locator("input[name='own']").First).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#case-model")).ToContainTextAsync("once you have recorded your own assessment");
        await Assertions.Expect(page.Locator("#case-model")).Not.ToContainTextAsync("Model probability");
        await page.Keyboard.PressAsync("1");
        await Assertions.Expect(page.Locator("#case-model")).ToContainTextAsync("Model probability: 42%");
        await AssertNoSeriousViolationsAsync(page, "case");

        // A referral to victim support; Curaçao's theme register is ticked with it: two destinations.
        await page.Keyboard.PressAsync("o");
        await page.Keyboard.PressAsync("3");
        await Assertions.Expect(page.Locator("input[name='destination'][value='victim-support']")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("input[name='destination'][value='theme-register']")).ToBeCheckedAsync();
        await page.Locator("input[name='reason'][value='MINOR_AT_RISK']").CheckAsync();
        await AssertNoSeriousViolationsAsync(page, "decision with destinations");
        await page.Keyboard.PressAsync("Control+Enter");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Decision recorded");
        ReviewerPage.AssertNoScriptErrors(browser, page);

        var decided = await site.CaseAsync(Jurisdiction.CW, caseId);
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(nameof(ReviewOutcome.ReferVictimSupport), decided.Outcome);
        var signals = await site.Host.Get<ISignalStore>().ListAsync(Jurisdiction.CW, caseId, CancellationToken.None);
        Assert.Equal(
            new[] { SignalMapper.SignalId(caseId, "theme-register"), SignalMapper.SignalId(caseId, "victim-support") }.Order(StringComparer.Ordinal),
            signals.Select(s => s.Signal.SignalId).Order(StringComparer.Ordinal));
        Assert.Equal("reviewer-entra-cw", decided.ClaimedBy);
        // The 200 s tokens sit inside MSAL's renewal window: the calls above renewed them silently.
        Assert.True(site.Provider.RefreshRedemptions > 0, "No silent renewal reached the provider.");
        Assert.Equal(codes + 1, site.Provider.CodeRedemptions);

        // Sign-out ends the provider's session too and returns to the sign-in button.
        await page.Locator("#sign-out").ClickAsync();
        await Assertions.Expect(page.Locator("#signin-entra")).ToBeVisibleAsync();
        Assert.Equal(signOuts + 1, site.Provider.SignOuts);
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('screening.token')"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StandInToken_WrongCodeVerifier_IsRefused()
    {
        using var http = site.Provider.CreateBackchannel();
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = new Uri(site.Provider.Instance,
            $"{Uri.EscapeDataString(TestSupport.StandInOpenIdProvider.Tenant)}/oauth2/v2.0/authorize?client_id={EntraReviewerSite.ClientId}&response_type=code"
            + $"&redirect_uri={Uri.EscapeDataString(site.Url)}&scope={Uri.EscapeDataString(EntraReviewerSite.ApiScope)}&state=s&code_challenge={challenge}&code_challenge_method=S256");
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, ServerCertificateCustomValidationCallback = (_, c, _, _) => c?.Thumbprint == site.Provider.Certificate.Thumbprint });
        using var redirect = await noRedirects.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var code = System.Web.HttpUtility.ParseQueryString(redirect.Headers.Location!.Query)["code"]!;
        var refusedBefore = site.Provider.RefusedVerifiers;

        using var refused = await http.PostAsync(new Uri(site.Provider.Instance, $"{TestSupport.StandInOpenIdProvider.Tenant}/oauth2/v2.0/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = EntraReviewerSite.ClientId, ["grant_type"] = "authorization_code", ["code"] = code,
            ["redirect_uri"] = site.Url, ["code_verifier"] = verifier + "x",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("code_verifier", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(refusedBefore + 1, site.Provider.RefusedVerifiers);
    }

    // The local host serves no trained model: add one to the real answer, as ReviewFlowTests does.
    private static Task AddModelToCaseAsync(IPage page) => page.RouteAsync("**/api/review/*/cases/*", async route =>
    {
        if (route.Request.Method != "GET")
        {
            await route.ContinueAsync();
            return;
        }

        var response = await route.FetchAsync();
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
        // While the API says scoresHidden the page must still show none of it.
        body["model"] = System.Text.Json.Nodes.JsonNode.Parse("""{"modelVersion":"test-1","probability":0.42,"contributions":[]}""");

        await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
    });

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string view)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe on the {view} view: {string.Join(Environment.NewLine, serious)}");
    }
}
