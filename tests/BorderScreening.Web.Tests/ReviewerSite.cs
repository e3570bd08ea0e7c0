using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Review;
using BorderScreening.Domain.Records;
using BorderScreening.Hosting.Jobs;
using BorderScreening.LocalHost;
using BorderScreening.TestSupport;

namespace BorderScreening.Web.Tests;

/// <summary>
/// The real local host (Kestrel on a free 127.0.0.1 port over Azurite, unique table and queue names)
/// serving the page at / and the API at /api, with helpers to make hits and tokens.
/// </summary>
public sealed class ReviewerSite : IAsyncLifetime
{
    private LocalHostServer? _host;

    public LocalHostServer Host => _host ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>The page's address.</summary>
    public string Url => Host.Client.BaseAddress!.ToString();

    public async Task InitializeAsync()
    {
        // Drain hit queues faster than the 2 s default so a new hit reaches the worklist quickly.
        _host = await LocalHostServer.StartAsync(new Dictionary<string, string?>
        {
            [$"{JobLoopOptions.SectionName}:{JobTable.DrainHitQueues}:Interval"] = "00:00:00.250",
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A bearer token the host accepts (signed with its local key) for <paramref name="subject"/> with <paramref name="roles"/>.</summary>
    public string Token(string subject, params string[] roles) => Host.Tokens.Issue(subject, roles, TimeSpan.FromHours(1));

    /// <summary>A token whose <c>jurisdictions</c> claim scopes the supervisor, auditor and trainer roles.</summary>
    public string ScopedToken(string subject, IReadOnlyList<string> jurisdictions, params string[] roles) =>
        Host.Tokens.Issue(subject, roles, TimeSpan.FromHours(1), jurisdictions);

    /// <summary>
    /// Screens unaccompanied minors (a forced review) in <paramref name="jurisdiction"/> and waits until
    /// their cases are in the worklist (the local host drains hit queues every 2 s). Returns the case ids (a case id is its assessment id).
    /// </summary>
    public Task<IReadOnlyList<string>> CreateHitsAsync(Jurisdiction jurisdiction, int count) => CreateHitsAsync(Host, Host.Client, jurisdiction, count);

    /// <summary>As <see cref="CreateHitsAsync(Jurisdiction, int)"/> on <paramref name="host"/>, fed through <paramref name="feed"/> (a client with a feed token the host accepts).</summary>
    public static async Task<IReadOnlyList<string>> CreateHitsAsync(LocalHostServer host, HttpClient feed, Jurisdiction jurisdiction, int count)
    {
        var records = Enumerable.Range(0, count).Select(i => (ScreeningRecord)(Records.Traveller($"web-{Guid.NewGuid():N}", jurisdiction) with
        {
            BirthDate = new DateOnly(2013, 5, 1).AddDays(i),
            TravellingWithGuardian = false,
        })).ToArray();
        using var content = new StringContent(JsonSerializer.Serialize(new { records }, ScreeningJson.Options), Encoding.UTF8, "application/json");
        using var response = await feed.PostAsync(new Uri("/api/screenings", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ids = body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("assessmentId").GetString()!).ToList();

        var worklist = host.Get<IWorklistStore>();
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var present = new HashSet<string>();
            await foreach (var item in worklist.ListAsync(jurisdiction, null, CancellationToken.None))
            {
                present.Add(item.CaseId);
            }

            if (ids.All(present.Contains))
            {
                return ids;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The hits {string.Join(", ", ids)} did not reach the {jurisdiction.ToCode()} worklist.");
    }

    /// <summary>The stored worklist state of one case.</summary>
    public async Task<WorklistItem> CaseAsync(Jurisdiction jurisdiction, string caseId) =>
        await Host.Get<IWorklistStore>().GetAsync(jurisdiction, caseId, CancellationToken.None)
        ?? throw new InvalidOperationException($"Case {caseId} is not in the worklist.");
}
