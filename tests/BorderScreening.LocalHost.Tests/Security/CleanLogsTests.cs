using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Security;
using BorderScreening.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.LocalHost.Tests.Security;

/// <summary>
/// Issue 8 point 7: personal data and tokens never reach the logs. Every log record of a local host
/// logging at Trace level is scanned for distinctive values seeded into the records it screened.
/// </summary>
public sealed class CleanLogsTests : IAsyncLifetime
{
    private const string Surname = "ZQXWVOLKOV";
    private const string GivenNames = "ZQXWANNA";
    private const string Phone = "+1 721 555 9876";
    private const string Document = "ZZ9988776";
    private const string Email = "zqxw.volkov@mail.example";
    private const string Address = "ZQXW Backstreet 17, Philipsburg";
    private const string Sponsor = "ZQXW SPONSOR HOLDINGS";
    private const string Employer = "ZQXW EMPLOYER NV";
    private const string EmployerId = "KVK-ZQXW-4711";
    private const string PayerId = "PAYZQXW4455";

    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync(
        new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Trace",
            ["Logging:LogLevel:Azure"] = "Trace",
            ["Logging:LogLevel:System"] = "Trace",
        },
        services => services.AddFakeLogging());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static TravellerRecord Traveller() => Records.Traveller("clean-logs-1") with
    {
        Name = new PersonName { Surname = Surname, GivenNames = GivenNames },
        BirthDate = new DateOnly(2011, 6, 1),
        TravellingWithGuardian = false,
        Document = new TravelDocument { Type = "P", Number = Document, IssuingState = "VEN" },
        Contact = new Contact { Phone = Phone, Email = Email },
        AddressAtDestination = Address,
        Sponsor = new Party { Name = Sponsor, PartyKind = PartyKind.Person },
        Booking = new BookingFacts { PaidBy = Payer.OtherPerson, PayerId = PayerId, TripType = TripType.OneWay, FormOfPayment = FormOfPayment.Cash },
    };

    private static WorkPermitRecord Permit() => Records.WorkPermit("WP-CLEAN-1") with
    {
        Applicant = new PersonName { Surname = Surname, GivenNames = GivenNames },
        Document = new TravelDocument { Type = "P", Number = Document, IssuingState = "VEN" },
        Employer = new Party { Id = EmployerId, Name = Employer, PartyKind = PartyKind.Company },
        HousingAddress = Address,
        Contact = new Contact { Phone = Phone, Email = Email },
    };

    private static IEnumerable<string> Forms(string value)
    {
        yield return value;
        yield return value.ToUpperInvariant();
        yield return value.ToLowerInvariant();
        var compact = value.Replace(" ", "", StringComparison.Ordinal);
        if (compact != value)
        {
            yield return compact;
            yield return compact.ToUpperInvariant();
        }
    }

    [Fact]
    public async Task ScreeningAndReading_WithPersonalData_LeaveNoPersonalDataOrTokenInLogs()
    {
        var collector = _host.App.Services.GetFakeLogCollector();
        var feed = _host.CreateFeedClient();
        var body = JsonSerializer.Serialize(new { records = new ScreeningRecord[] { Traveller(), Permit() } }, ScreeningJson.Options);
        using var screened = await feed.PostAsync("/api/screenings", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, screened.StatusCode);
        var results = JsonNode.Parse(await screened.Content.ReadAsStringAsync())!["results"]!.AsArray();
        Assert.True(results[0]!["assessment"]!["risk"]!["isHit"]!.GetValue<bool>(), "the traveller record should be a hit");

        // An invalid record carrying the same values, and a body that is not JSON at all.
        var invalid = $$$"""
            {"records":[{"kind":"traveller","jurisdiction":"CW","sourceSystem":"T","messageReference":"M",
              "name":{"surname":"{{{Surname}}}"},"birthDate":"{{{Document}}}",
              "contact":{"phone":"{{{Phone}}}","email":"{{{Email}}}"},"addressAtDestination":"{{{Address}}}",
              "sponsor":{"name":"{{{Sponsor}}}"},"booking":{"payerId":"{{{PayerId}}}"}}]}
            """;
        using var rejected = await feed.PostAsync("/api/screenings", new StringContent(invalid, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        using var unreadable = await feed.PostAsync("/api/screenings", new StringContent($"{{\"records\": [{Surname} {Phone}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);

        var reviewerToken = _host.Tokens.Issue("test-reviewer", [AppRoles.ReviewCW, AppRoles.ReviewSX], TimeSpan.FromHours(1));
        var reviewer = _host.CreateClientWithToken(reviewerToken);
        foreach (var result in results)
        {
            using var read = await reviewer.GetAsync($"/api/assessments/{result!["assessmentId"]!.GetValue<string>()}");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        // Refused tokens are logged by reason only.
        using var refused = await _host.CreateClientWithToken(reviewerToken + "x").GetAsync("/api/assessments/CW0");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var secrets = new[] { Surname, GivenNames, Phone, "+17215559876", Document, Email, Address, Sponsor, Employer, EmployerId, PayerId }
            .SelectMany(Forms)
            .Append(reviewerToken)
            .Append(reviewerToken.Split('.')[1])
            .Append(reviewerToken.Split('.')[2])
            .Distinct()
            .ToList();
        var records = collector.GetSnapshot();
        // The capture works: the screening service's own records and the refused token are in it.
        Assert.Contains(records, r => r.Category?.EndsWith("ScreeningService", StringComparison.Ordinal) == true && r.Message.Contains("Screened", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Category?.EndsWith(nameof(ScreeningAuthMiddleware), StringComparison.Ordinal) == true);
        var leaks = Leaks(records, secrets);
        Assert.True(leaks.Count == 0, $"Personal data or a token in {leaks.Count} log records of {records.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, leaks.Distinct())}");
    }

    [Fact]
    public async Task ReviewActions_WithPersonalDataInReasonsAndNotes_LeaveNoneOfItInLogs()
    {
        // What a reviewer might type into a free-text field: a name, a passport number, a phone number.
        const string Name = "Pieter ZQXWJANSZOON";
        const string Passport = "YQ5544332";
        const string Phone = "+599 9 555 7788";
        var text = $"Spoke with {Name}, passport {Passport}, reachable on {Phone}";
        var collector = _host.App.Services.GetFakeLogCollector();
        var hit = Traveller() with { TravellerReference = "clean-logs-review" };
        using var screened = await _host.CreateFeedClient().PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { hit }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var caseId = JsonNode.Parse(await screened.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        var reviewer = _host.CreateClient("clean-reviewer", [AppRoles.ReviewCW]);
        var supervisor = _host.CreateClient("clean-supervisor", [AppRoles.ReviewSupervisor], ["CW"]);
        var cases = $"/api/review/CW/cases/{caseId}";
        HttpStatusCode claimed = default;
        for (var i = 0; i < 50 && claimed != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            claimed = (await reviewer.PostAsync(cases + "/claim", null)).StatusCode;
        }

        var answers = new List<(string Step, HttpStatusCode Status)>
        {
            ("claim", claimed),
            ("escalate", await PostAsync(reviewer, cases + "/escalate", new { reason = text })),
            ("reassign", await PostAsync(supervisor, cases + "/reassign", new { reviewer = "clean-reviewer", reason = text })),
            // Refused (unknown reason code), with the note in the body all the same.
            ("invalid decision", await PostAsync(reviewer, cases + "/decision", new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "NOT-A-CODE" }, note = text })),
            ("decision", await PostAsync(reviewer, cases + "/decision", new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "MINOR_AT_RISK" }, note = text })),
            ("snooze", await PostAsync(reviewer, cases + "/snoozes", new { indicatorId = "TRV-SPONSOR-NETWORK", entityType = "Sponsor", days = 10, reason = text })),
            ("resend", await PostAsync(supervisor, cases + "/signal/resend", new { reason = text })),
            ("reopen", await PostAsync(supervisor, cases + "/reopen", new { reason = text })),
        };
        var snoozes = JsonNode.Parse(await supervisor.GetStringAsync("/api/review/CW/snoozes"))!.AsArray();
        var snoozeId = snoozes.Select(n => n!["id"]!.GetValue<string>()).Single();
        answers.Add(("extend", await PostAsync(supervisor, $"/api/review/CW/snoozes/{snoozeId}/extend", new { days = 20, reason = text })));
        var detail = await supervisor.GetStringAsync(cases);

        Assert.Equal(
            [("claim", HttpStatusCode.OK), ("escalate", HttpStatusCode.OK), ("reassign", HttpStatusCode.OK), ("invalid decision", HttpStatusCode.BadRequest), ("decision", HttpStatusCode.OK),
             ("snooze", HttpStatusCode.Created), ("resend", HttpStatusCode.Accepted), ("reopen", HttpStatusCode.OK), ("extend", HttpStatusCode.OK)],
            answers);
        // The reasons did reach the audit trail (shown in the case history), so they passed through the service.
        Assert.Contains(Passport, detail, StringComparison.Ordinal);
        var records = collector.GetSnapshot();
        // The capture covers the review requests themselves (the host logs each request at Trace and Information).
        Assert.Contains(records, r => r.Message.Contains("/escalate", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.Contains("/signal/resend", StringComparison.Ordinal));
        var secrets = new[] { Name, "ZQXWJANSZOON", Passport, Phone, "+59995557788", "5557788" }.SelectMany(Forms).Distinct().ToList();
        var leaks = Leaks(records, secrets);
        Assert.True(leaks.Count == 0, $"Free text of a review action in {leaks.Count} log records of {records.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, leaks.Distinct())}");
    }

    private static async Task<HttpStatusCode> PostAsync<T>(HttpClient client, string path, T body)
    {
        using var response = await client.PostAsync(path, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        return response.StatusCode;
    }

    // Every text a log record carries — message, exception, structured values, scopes — searched for each secret.
    private static List<string> Leaks(IReadOnlyList<Microsoft.Extensions.Logging.Testing.FakeLogRecord> records, IReadOnlyList<string> secrets)
    {
        var leaks = new List<string>();
        foreach (var record in records)
        {
            var texts = new List<string?> { record.Message, record.Exception?.ToString() };
            texts.AddRange(record.StructuredState?.Select(kv => kv.Value) ?? []);
            foreach (var scope in record.Scopes)
            {
                texts.Add(scope?.ToString());
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    texts.AddRange(pairs.Select(p => p.Value?.ToString()));
                }
            }

            foreach (var secret in secrets)
            {
                if (texts.Any(t => t?.Contains(secret, StringComparison.Ordinal) == true))
                {
                    leaks.Add($"{record.Category} [{record.Level}]: contains a seeded value ({secret.Length} chars)");
                }
            }
        }

        return leaks;
    }
}
