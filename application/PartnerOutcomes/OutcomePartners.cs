using BorderScreening.Application.Security;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.PartnerOutcomes;

/// <summary>
/// Turns an authenticated caller into the partners it records outcomes for in one jurisdiction: the
/// caller needs <see cref="AppRoles.OutcomesRecord"/> reaching the jurisdiction (its token's claim, as
/// every scoped role) and a binding (<see cref="PartnerOutcomeOptions"/>) naming its subject for a
/// partner the jurisdiction has (<see cref="SignalPartners"/>). Anything less gives none.
/// </summary>
public sealed class OutcomePartners(IOptions<PartnerOutcomeOptions> options, SignalPartners partners)
{
    /// <summary>The partners of <paramref name="jurisdiction"/> the caller records for; empty when none.</summary>
    public IReadOnlyList<SignalPartner> For(Caller caller, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.Reaches(AppRoles.OutcomesRecord, jurisdiction))
        {
            return [];
        }

        var bound = options.Value.Recorders.Values
            .Where(r => r.Principals.Contains(caller.Subject, StringComparer.Ordinal) && Covers(r, jurisdiction))
            .Select(r => r.Partner)
            .ToHashSet(StringComparer.Ordinal);
        return [.. partners.For(jurisdiction).Where(p => bound.Contains(p.Id))];
    }

    /// <summary>
    /// Which of <paramref name="callerPartners"/> a signal went to, or null. A signal of format 1.0 names
    /// no partner: it went to the jurisdiction's first partner of its destination's kind, as
    /// <see cref="SignalPartners.Resolve"/> chooses by default.
    /// </summary>
    public SignalPartner? RecipientOf(ThemeSignal signal, IReadOnlyList<SignalPartner> callerPartners)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(callerPartners);
        var recipient = signal.Partner?.Id ?? partners.For(signal.Jurisdiction).FirstOrDefault(p => p.Kind == signal.Destination)?.Id;
        return callerPartners.FirstOrDefault(p => p.Id == recipient);
    }

    private static bool Covers(OutcomeRecorder recorder, Jurisdiction jurisdiction) =>
        recorder.Jurisdictions.Any(code => code == "BQ"
            ? jurisdiction.ReviewArea() == "BQ"
            : JurisdictionCodes.TryParse(code, out var j) && j == jurisdiction);
}
