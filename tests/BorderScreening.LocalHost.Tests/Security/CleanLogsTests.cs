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

        Assert.True(leaks.Count == 0, $"Personal data or a token in {leaks.Count} log records of {records.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, leaks.Distinct())}");
    }
}
