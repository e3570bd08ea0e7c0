using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

public sealed class LabelExportTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ExportLabels_AfterADecisionInTheApi_GivesOneDepersonalisedLabelledExample()
    {
        var minor = Records.Traveller("label-1") with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false, Name = new PersonName { Surname = "LABELSURNAME" } };
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { minor }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var caseId = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        using var reviewer = _host.CreateClient("Review.CW");
        HttpStatusCode claim = default;
        for (var i = 0; i < 50 && claim != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            claim = (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode;
        }

        var decided = await reviewer.PostAsJsonAsync($"/api/review/CW/cases/{caseId}/decision", new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "MINOR_AT_RISK" } });
        using var scientist = _host.CreateClient("test-scientist-cw", ["Model.Train"], ["CW"]);
        var export = await scientist.GetAsync("/api/labels/export?jurisdiction=CW");
        // The jurisdictions claim scopes the export: another country's scientist, or one without a claim, gets nothing of CW.
        using var ofSx = _host.CreateClient("test-scientist-sx", ["Model.Train"], ["SX"]);
        using var unscoped = _host.CreateClient("test-scientist-none", ["Model.Train"]);
        var sxAsksCw = await ofSx.GetAsync("/api/labels/export?jurisdiction=CW");
        var sxAll = await (await ofSx.GetAsync("/api/labels/export")).Content.ReadAsStringAsync();
        var noneAll = await (await unscoped.GetAsync("/api/labels/export")).Content.ReadAsStringAsync();
        var cwAll = await (await scientist.GetAsync("/api/labels/export")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, claim);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var example = JsonNode.Parse(Assert.Single(lines))!;
        Assert.True(example["label"]!.GetValue<bool>());
        Assert.Equal("review:CW", example["source"]!.GetValue<string>());
        Assert.DoesNotContain("LABELSURNAME", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("NX1234567", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(caseId, lines[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/labels/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sxAsksCw.StatusCode);
        Assert.Equal("", sxAll);
        Assert.Equal("", noneAll);
        Assert.Single(cwAll.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task ExportLabels_AfterDecisions_HoldNoCaseOrAssessmentIdSourceReferenceOrExactTimeOfTheStoredCase()
    {
        var traveller = Records.Traveller("PAXREF-EXPORT-5") with
        {
            SourceSystem = "SRC-EXPORT-SYS",
            MessageReference = "MSGREF-EXPORT-7",
            BirthDate = new DateOnly(2012, 6, 1),
            TravellingWithGuardian = false,
            Sponsor = new Party { Id = "SPONSOR-EXPORT-ID", Name = "SPONSOR EXPORT NAME", PartyKind = PartyKind.Person },
            Booking = Records.Traveller().Booking! with { PayerId = "PAYER-EXPORT", BookingAgent = "AGENT-EXPORT", GroupReference = "GROUP-EXPORT" },
        };
        var permit = Records.WorkPermit("APPID-EXPORT-9", Jurisdiction.CW) with
        {
            SourceSystem = "SRC-EXPORT-PERMITS",
            BirthDate = new DateOnly(2009, 3, 3),
            DocumentsKeptBy = DocumentKeeper.Employer,
            LoanFromEmployer = true,
            OfferedHourlyWage = 1m,
        };
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { traveller, permit }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var results = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]!.AsArray();
        var caseIds = results.Select(r => r!["assessmentId"]!.GetValue<string>()).ToList();
        using var reviewer = _host.CreateClient("Review.CW");
        var stored = new List<string>();
        foreach (var caseId in caseIds)
        {
            HttpStatusCode claim = default;
            for (var i = 0; i < 50 && claim != HttpStatusCode.OK; i++)
            {
                await Task.Delay(200);
                claim = (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode;
            }

            Assert.Equal(HttpStatusCode.OK, claim);
            var decided = await reviewer.PostAsJsonAsync($"/api/review/CW/cases/{caseId}/decision", new { ownAssessment = "Concern", outcome = "ReferVictimSupport", reasonCodes = new[] { "MINOR_AT_RISK" } });
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            // Everything the service stored about the case, to look for in the export afterwards.
            stored.Add(await reviewer.GetStringAsync($"/api/review/CW/cases/{caseId}"));
            stored.Add(await _host.Client.GetStringAsync($"/api/assessments/{caseId}"));
        }

        using var scientist = _host.CreateClient("test-scientist-export", ["Model.Train"], ["CW"]);
        var export = await scientist.GetStringAsync("/api/labels/export?jurisdiction=CW");
        var again = await scientist.GetStringAsync("/api/labels/export?jurisdiction=CW");

        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        string[] identifiers =
        [
            .. caseIds, "PAXREF-EXPORT-5", "MSGREF-EXPORT-7", "SRC-EXPORT-SYS", "SRC-EXPORT-PERMITS", "APPID-EXPORT-9", "KL0765",
            "SPONSOR-EXPORT-ID", "SPONSOR EXPORT NAME", "PAYER-EXPORT", "AGENT-EXPORT", "GROUP-EXPORT", "KVK-100200", "Sunset Resort",
        ];
        var times = stored.SelectMany(ExactTimes).Distinct().ToList();
        Assert.NotEmpty(times);
        Assert.All(lines, line =>
        {
            Assert.All(identifiers, id => Assert.DoesNotContain(id, line, StringComparison.OrdinalIgnoreCase));
            // Minutes are enough: an exact time in any format starts with them.
            Assert.All(times, t => Assert.DoesNotContain(t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), line, StringComparison.Ordinal));
            var example = JsonNode.Parse(line)!;
            Assert.Equal(1, DateTimeOffset.Parse(example["screenedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).Day);
            Assert.Equal(1, DateTimeOffset.Parse(example["labelledAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).Day);
            Assert.StartsWith("x-", example["labelReference"]!.GetValue<string>(), StringComparison.Ordinal);
        });
        // The reference names a line within one export only: the next export numbers the same cases otherwise.
        var references = lines.Select(l => JsonNode.Parse(l)!["labelReference"]!.GetValue<string>().Split(';')[0]).ToHashSet();
        var nextReferences = again.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["labelReference"]!.GetValue<string>().Split(';')[0]);
        Assert.Equal(2, references.Count);
        Assert.DoesNotContain(nextReferences, references.Contains);
    }

    // Every time stamp in a JSON document that is not midnight (a date without a time says little).
    private static IEnumerable<DateTimeOffset> ExactTimes(string json)
    {
        var pending = new Stack<JsonNode?>([JsonNode.Parse(json)]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject o:
                    foreach (var (_, value) in o)
                    {
                        pending.Push(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var value in a)
                    {
                        pending.Push(value);
                    }

                    break;
                case JsonValue v when v.TryGetValue<string>(out var text)
                    && text.Contains('T', StringComparison.Ordinal)
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                    && at.UtcDateTime.TimeOfDay != TimeSpan.Zero:
                    yield return at;
                    break;
            }
        }
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("\"12345\"")]
    [InlineData("\"ReferCriminalInvestigation, ReferVictimSupport\"")]
    public async Task Decide_OutcomeNotADeclaredName_Is400NamingOutcomeAndNoLabelIsExported(string outcome)
    {
        var minor = Records.Traveller("label-bad-" + outcome.Length) with { BirthDate = new DateOnly(2013, 6, 1), TravellingWithGuardian = false };
        var posted = await _host.Client.PostAsync("/api/screenings", new StringContent(JsonSerializer.Serialize(new ScreeningRecord[] { minor }, ScreeningJson.Options), Encoding.UTF8, "application/json"));
        var caseId = JsonNode.Parse(await posted.Content.ReadAsStringAsync())!["results"]![0]!["assessmentId"]!.GetValue<string>();
        using var reviewer = _host.CreateClient("Review.CW");
        HttpStatusCode claim = default;
        for (var i = 0; i < 50 && claim != HttpStatusCode.OK; i++)
        {
            await Task.Delay(200);
            claim = (await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/claim", null)).StatusCode;
        }

        var body = $$"""{"ownAssessment":"Concern","outcome":{{outcome}},"reasonCodes":["MINOR_AT_RISK"]}""";
        var decided = await reviewer.PostAsync($"/api/review/CW/cases/{caseId}/decision", new StringContent(body, Encoding.UTF8, "application/json"));
        var detail = JsonNode.Parse(await (await reviewer.GetAsync($"/api/review/CW/cases/{caseId}")).Content.ReadAsStringAsync())!;
        using var scientist = _host.CreateClient("test-scientist-bad-outcome", ["Model.Train"], ["CW"]);
        using var exported = await scientist.GetAsync("/api/labels/export?jurisdiction=CW");
        var export = await exported.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, claim);
        Assert.Equal(HttpStatusCode.BadRequest, decided.StatusCode);
        Assert.Equal("outcome", JsonNode.Parse(await decided.Content.ReadAsStringAsync())!["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Equal("Claimed", detail["case"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        Assert.Empty(export.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
