using System.Text.Json.Nodes;

namespace BorderScreening.TestSupport;

/// <summary>
/// Partners that record outcomes on a test host (<c>Outcomes:Recorders</c>), and how a test finds the
/// signal a partner records on: the one the case's decision sent to that partner.
/// </summary>
public static class PartnerRecorders
{
    /// <summary>The principal Curaçao's victim-support partner signs in as in tests.</summary>
    public const string VictimSupportCw = "partner-victims-cw";

    /// <summary>Settings binding <paramref name="principal"/> as <paramref name="partner"/>'s recorder in <paramref name="jurisdiction"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(string binding, string partner, string jurisdiction, string principal) =>
    [
        new($"Outcomes:Recorders:{binding}:Partner", partner),
        new($"Outcomes:Recorders:{binding}:Jurisdictions:0", jurisdiction),
        new($"Outcomes:Recorders:{binding}:Principals:0", principal),
    ];

    /// <summary>Curaçao's victim-support partner, signing in as <see cref="VictimSupportCw"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> VictimSupportCwSettings => Settings("victims-cw", "victim-support", "CW", VictimSupportCw);

    /// <summary>The id of the signal the decision of <paramref name="caseId"/> sent to <paramref name="partner"/>, as the reviewer sees it.</summary>
    public static async Task<string> SignalIdAsync(HttpClient reviewer, string jurisdiction, string caseId, string partner)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var signals = JsonNode.Parse(await reviewer.GetStringAsync($"/api/review/{jurisdiction}/cases/{caseId}/signals"))!.AsArray();
        return signals.Single(s => s!["partner"]?["id"]?.GetValue<string>() == partner)!["signalId"]!.GetValue<string>();
    }
}
