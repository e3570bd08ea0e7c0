using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

/// <summary>
/// A PNR and a passenger list of one flight, through the local host on Azurite in both orders: the
/// passenger-list traveller is enriched with the PNR's booking facts, and the third-party-payment
/// indicators fire from PNR data alone (the passenger list says nothing about payment).
/// </summary>
public sealed class PnrMatchingTests : IAsyncLifetime
{
    private const string Paxlst =
        "UNA:+.? 'UNB+UNOA:4+KLMAPI+CWAPIS+261201:0800+IC9'UNH+M1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+KL765+++KL'"
        + "LOC+125+AMS'DTM+189:2612011000:201'LOC+87+CUR'DTM+232:2612011415:201'"
        + "NAD+FL+++ROSA:ELENA'ATT+2++F'DTM+329:19990905'RFF+ABO:2001'DOC+P+AB998877'LOC+91+COL'"
        + "NAD+FL+++DE VRIES:JAN'DTM+329:19800101'RFF+ABO:2002'DOC+P+NL0000001'LOC+91+NLD'"
        + "CNT+42:2'UNT+20+M1'UNZ+1+IC9'";

    // Elena's booking, paid in cash by someone who does not travel: facts only the PNR holds.
    private const string Pnrgov =
        "UNA:+.? 'UNB+IATA:1+KL+CWPIU+261130:0800+KL9'UNH+1+PNRGOV:13:1:IA'MSG+:22'TVL+011226:1000:011226:1415+AMS+CUR+KL+765'EQN+1'"
        + "SRC'RCI+KL:XYZ789::281126:2210'TIF+ROSA:I+ELENA MS:A:1'SSR+DOCS:HK:1:KL:::::/P/COL/AB998877/COL/05SEP99/F/20NOV29/ROSA/ELENA'"
        + "FOP+CA'IFT+4:43+DE BOER/HENK'TVL+011226:1000:011226:1415+AMS+CUR+KL+765:M'UNT+12+1'UNZ+1+KL9'";

    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonArray> PostAsync(string route, string body)
    {
        var response = await _host.Client.PostAsync($"/api/feeds/{route}", new StringContent(body, Encoding.UTF8, "application/edifact"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["results"]!.AsArray();
    }

    private static List<string> Fired(JsonNode assessment) =>
        assessment["indicators"]!["fired"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()).ToList();

    private static List<string> Warnings(JsonNode result) =>
        result["warnings"]?.AsArray().Select(w => w!.GetValue<string>()).ToList() ?? [];

    [Fact]
    public async Task PnrThenPassengerList_EnrichesTheTravellerBeforeScoring()
    {
        await PostAsync("pnrgov?sourceSystem=KL-PNR", Pnrgov);

        var results = await PostAsync("paxlst?sourceSystem=KL-API", Paxlst);

        var elena = results[0]!;
        Assert.Equal("screened", elena["status"]!.GetValue<string>());
        Assert.Contains("TRV-THIRD-PARTY-PAYMENT", Fired(elena["assessment"]!));
        Assert.Contains("TRV-CASH-THIRD-PARTY", Fired(elena["assessment"]!));
        Assert.Contains("booking facts added from PNR KL:XYZ789 (matched by document number)", Warnings(elena));
        var jan = results[1]!;
        Assert.DoesNotContain("TRV-THIRD-PARTY-PAYMENT", Fired(jan["assessment"]!));
        Assert.DoesNotContain(Warnings(jan), w => w.Contains("PNR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PassengerListThenPnr_ScreensTheEnrichedTravellerAgainAsAnAmendment()
    {
        var listed = await PostAsync("paxlst?sourceSystem=KL-API", Paxlst);
        var firstId = listed[0]!["assessmentId"]!.GetValue<string>();
        Assert.DoesNotContain("TRV-THIRD-PARTY-PAYMENT", Fired(listed[0]!["assessment"]!));

        var booked = await PostAsync("pnrgov?sourceSystem=KL-PNR", Pnrgov);

        var note = Assert.Single(Warnings(booked[0]!), w => w.StartsWith("a passenger-list traveller matched this PNR passenger and was screened again: amended ", StringComparison.Ordinal));
        var amendedId = note.Split(' ')[^1];
        var amended = JsonNode.Parse(await _host.Client.GetStringAsync($"/api/assessments/{amendedId}"))!;
        Assert.Equal((2, firstId), (amended["version"]!.GetValue<int>(), amended["amends"]!.GetValue<string>()));
        Assert.Contains("TRV-THIRD-PARTY-PAYMENT", Fired(amended));
    }

    // One trip names its payer once, however many messages describe it.
    private static int PayerCount(JsonNode assessment) =>
        assessment["networkCounts"]!.AsObject().Single(p => string.Equals(p.Key, "payer/30d", StringComparison.OrdinalIgnoreCase)).Value!.GetValue<int>();

    [Fact]
    public async Task PnrThenPassengerList_TheTripCountsOnceInTheNetworkCounts()
    {
        var booked = await PostAsync("pnrgov?sourceSystem=KL-PNR", Pnrgov);
        var listed = await PostAsync("paxlst?sourceSystem=KL-API", Paxlst);

        Assert.Equal(1, PayerCount(booked[0]!["assessment"]!));
        Assert.Equal(1, PayerCount(listed[0]!["assessment"]!));
    }

    [Fact]
    public async Task PassengerListThenPnr_TheTripCountsOnceInTheNetworkCounts()
    {
        await PostAsync("paxlst?sourceSystem=KL-API", Paxlst);
        var booked = await PostAsync("pnrgov?sourceSystem=KL-PNR", Pnrgov);

        var amendedId = Warnings(booked[0]!).Single(w => w.StartsWith("a passenger-list traveller matched", StringComparison.Ordinal)).Split(' ')[^1];
        var amended = JsonNode.Parse(await _host.Client.GetStringAsync($"/api/assessments/{amendedId}"))!;
        Assert.Equal(1, PayerCount(booked[0]!["assessment"]!));
        Assert.Equal(1, PayerCount(amended));
    }
}
