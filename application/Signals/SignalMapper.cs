using System.Security.Cryptography;
using System.Text;
using BorderScreening.Application.Cases;
using BorderScreening.Domain.Assessments;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// Builds the theme-register signal of a referral. Pure, so the field selection (what a partner gets
/// and what it never gets) is unit-tested; docs/signals.md gives the reason for every field.
/// </summary>
public static class SignalMapper
{
    /// <summary>
    /// The signal id: a hash of case and destination, so every retry, relay run and re-send of one
    /// referral carries the same id and receivers can drop repeats. A case reopened and referred to
    /// another partner gets a new id.
    /// </summary>
    public static string SignalId(string caseId, SignalDestination destination) => SignalId(caseId, destination.ToString());

    /// <summary>The signal id for a named partner (its id within the jurisdiction).</summary>
    public static string SignalId(string caseId, string destinationId)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ThemeSignal.FormatName}|{caseId}|{destinationId}"));
        var jurisdiction = caseId.Split('-', 2)[0];
        return $"sig-{jurisdiction}-{Base32.Encode(hash.AsSpan(0, 15))}";
    }

    /// <summary>The signal of a referral decision to its outcome's kind of partner; null when the outcome is not a referral.</summary>
    public static ThemeSignal? Map(ReviewCase reviewCase, Assessment? assessment, DecisionRequest decision, string reviewerRole, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return SignalDestinations.For(decision.Outcome) is { } destination
            ? Map(reviewCase, assessment, decision, reviewerRole, decidedAt, destination, SignalId(reviewCase.CaseId, destination), null)
            : null;
    }

    /// <summary>The signal of a referral decision to one named partner of the jurisdiction.</summary>
    public static ThemeSignal Map(ReviewCase reviewCase, Assessment? assessment, DecisionRequest decision, string reviewerRole, DateTimeOffset decidedAt, SignalPartner partner)
    {
        ArgumentNullException.ThrowIfNull(reviewCase);
        ArgumentNullException.ThrowIfNull(partner);
        return Map(reviewCase, assessment, decision, reviewerRole, decidedAt, partner.Kind, SignalId(reviewCase.CaseId, partner.Id), new SignalRecipient(partner.Id, partner.Name));
    }

    private static ThemeSignal Map(ReviewCase reviewCase, Assessment? assessment, DecisionRequest decision, string reviewerRole, DateTimeOffset decidedAt, SignalDestination destination, string signalId, SignalRecipient? partner)
    {
        // Shadow indicators are under evaluation and did not count: a partner must not act on them.
        var fired = (assessment?.Indicators.Fired ?? []).Where(i => !i.Shadow).ToList();
        return new ThemeSignal
        {
            SignalId = signalId,
            Jurisdiction = reviewCase.Jurisdiction,
            Destination = destination,
            Partner = partner,
            DecidedAt = decidedAt,
            CaseReference = reviewCase.CaseId,
            DecidedByRole = reviewerRole,
            OwnAssessment = decision.OwnAssessment,
            ReasonCodes = decision.ReasonCodes ?? [],
            Person = Person(reviewCase.Record),
            Circumstances = Circumstances(reviewCase.Record),
            Parties = Parties(reviewCase.Record),
            Typologies = fired.Select(i => i.Typology).Distinct().Order().ToList(),
            Indicators = fired.Select(i => new SignalIndicator(i.Id, i.Typology, i.TitleEn, i.ExplanationEn, i.Source)).ToList(),
        };
    }

    private static SignalPerson Person(ScreeningRecord record) => record switch
    {
        TravellerRecord t => new SignalPerson
        {
            Surname = t.Name.Surname,
            GivenNames = t.Name.GivenNames,
            BirthDate = t.BirthDate,
            DocumentType = t.Document?.Type,
            DocumentNumber = t.Document?.Number,
            AddressAtDestination = t.AddressAtDestination,
        },
        WorkPermitRecord p => new SignalPerson
        {
            Surname = p.Applicant.Surname,
            GivenNames = p.Applicant.GivenNames,
            BirthDate = p.BirthDate,
            DocumentType = p.Document?.Type,
            DocumentNumber = p.Document?.Number,
            AddressAtDestination = p.HousingAddress,
        },
        _ => new SignalPerson(),
    };

    private static SignalCircumstances Circumstances(ScreeningRecord record) => record switch
    {
        TravellerRecord t => new SignalCircumstances
        {
            RecordKind = "traveller",
            FlightNumber = t.FlightNumber,
            ArrivalAirport = t.Legs.Count > 0 ? t.Legs[^1].ArrivalAirport : null,
            ScheduledArrival = t.ScheduledArrival(),
            PurposeOfStay = t.PurposeOfStay?.ToString(),
        },
        WorkPermitRecord p => new SignalCircumstances
        {
            RecordKind = "workPermit",
            ApplicationId = p.ApplicationId,
            Sector = p.Sector,
            PermitType = p.PermitType.ToString(),
        },
        _ => new SignalCircumstances(),
    };

    private static List<SignalParty> Parties(ScreeningRecord record)
    {
        var parties = new List<SignalParty>();
        void Add(string role, string? name, string? id)
        {
            if (!string.IsNullOrWhiteSpace(name) || !string.IsNullOrWhiteSpace(id))
            {
                parties.Add(new SignalParty(role, name, id));
            }
        }

        switch (record)
        {
            case TravellerRecord t:
                Add("sponsor", t.Sponsor?.Name, t.Sponsor?.Id);
                Add("payer", null, t.Booking?.PayerId);
                Add("bookingAgent", t.Booking?.BookingAgent, null);
                break;
            case WorkPermitRecord p:
                Add("employer", p.Employer?.Name, p.Employer?.Id);
                Add("recruitmentAgency", p.RecruitmentAgency?.Name, p.RecruitmentAgency?.Id);
                break;
        }

        return parties;
    }
}
