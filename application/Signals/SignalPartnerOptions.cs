using System.Text.RegularExpressions;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// The partners each jurisdiction sends signals to (section "Signals"), by jurisdiction code:
/// <c>Signals:Partners:CW:0:Id = police</c>, <c>…:Name</c>, <c>…:Kind = CriminalInvestigation</c>.
/// A jurisdiction not configured uses <see cref="DefaultSignalPartners"/>. Every jurisdiction must have
/// a partner of each referral kind, so every referral outcome has somewhere to go.
/// </summary>
public sealed partial class SignalPartnerOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Signals";

    /// <summary>Most partners one decision may name (each is a signal written with the decision in one transaction).</summary>
    public const int MaxPerDecision = 5;

    /// <summary>Partners by jurisdiction code; missing codes take the defaults.</summary>
    public Dictionary<string, List<SignalPartner>> Partners { get; init; } = [];

    /// <summary>Whether every configured code is a jurisdiction and its partners are well formed and complete.</summary>
    public bool IsValid => Partners.All(p =>
        JurisdictionCodes.TryParse(p.Key, out _)
        && p.Value.All(x => IdPattern().IsMatch(x.Id) && !string.IsNullOrWhiteSpace(x.Name) && x.Name.Length <= 200 && Enum.IsDefined(x.Kind))
        && p.Value.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == p.Value.Count
        && new[] { SignalDestination.CriminalInvestigation, SignalDestination.VictimSupport, SignalDestination.LabourInspection }.All(k => p.Value.Any(x => x.Kind == k)));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    internal static partial Regex IdPattern();
}
