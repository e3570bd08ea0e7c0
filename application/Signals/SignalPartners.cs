using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Signals;

/// <summary>
/// Which partners a referral goes to: those the decision names (each once, each of the
/// jurisdiction's configured partners), or by default the partner of the outcome's kind. Every chosen
/// partner gets its own signal.
/// </summary>
public sealed class SignalPartners(IOptions<SignalPartnerOptions> options)
{
    /// <summary>The partners of a jurisdiction, configured or default.</summary>
    public IReadOnlyList<SignalPartner> For(Jurisdiction jurisdiction) =>
        options.Value.Partners.TryGetValue(jurisdiction.ToCode(), out var configured) && configured.Count > 0
            ? configured
            : DefaultSignalPartners.For(jurisdiction);

    /// <summary>
    /// The partners of a decision, or the errors naming <c>destinations[i]</c>: none for an outcome that
    /// is not a referral (naming one then is an error), the default for a referral that names none.
    /// </summary>
    public (IReadOnlyList<SignalPartner> Partners, IReadOnlyList<FieldError> Errors) Resolve(Jurisdiction jurisdiction, ReviewOutcome? outcome, IReadOnlyList<string>? requested)
    {
        var kind = SignalDestinations.For(outcome);
        if (requested is null || requested.Count == 0)
        {
            var fallback = kind is { } k ? For(jurisdiction).FirstOrDefault(p => p.Kind == k) : null;
            return (fallback is null ? [] : [fallback], []);
        }

        if (kind is null)
        {
            return ([], [new FieldError("destinations", "only a referral outcome is sent to partners")]);
        }

        if (requested.Count > SignalPartnerOptions.MaxPerDecision)
        {
            return ([], [new FieldError("destinations", $"at most {SignalPartnerOptions.MaxPerDecision} partners")]);
        }

        var known = For(jurisdiction);
        var chosen = new List<SignalPartner>();
        var errors = new List<FieldError>();
        for (var i = 0; i < requested.Count; i++)
        {
            if (known.FirstOrDefault(p => p.Id == requested[i]) is not { } partner)
            {
                errors.Add(new FieldError($"destinations[{i}]", $"is not a partner of {jurisdiction.ToCode()}: one of {string.Join(", ", known.Select(p => p.Id))}"));
            }
            else if (chosen.Contains(partner))
            {
                errors.Add(new FieldError($"destinations[{i}]", "is named twice: each partner gets one signal"));
            }
            else
            {
                chosen.Add(partner);
            }
        }

        return errors.Count > 0 ? ([], errors) : (chosen, []);
    }
}
