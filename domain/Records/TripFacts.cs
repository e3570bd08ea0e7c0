namespace BorderScreening.Domain.Records;

/// <summary>
/// Facts that explain a trip and often exonerate it: written consent for a minor, an organised
/// group, how long the stay is, medical travel. Each comes from the sending system (JSON, or the
/// booking); none is required.
/// </summary>
public sealed record TripFacts
{
    /// <summary>A minor travelling without a parent carries written consent of a parent or guardian (e.g. a signed consent form with a copy of the parent's document).</summary>
    public bool? GuardianConsent { get; init; }

    /// <summary>The organised group the traveller travels with, if any.</summary>
    public OrganisedGroup? Group { get; init; }

    /// <summary>Date of the booked return or onward departure.</summary>
    public DateOnly? ReturnDate { get; init; }

    /// <summary>Declared length of stay in days.</summary>
    public int? LengthOfStayDays { get; init; }

    /// <summary>The trip is for medical treatment (with a referral or hospital appointment).</summary>
    public bool? MedicalTravel { get; init; }

    /// <summary>
    /// Days of stay: the declared length, else the days from arrival to the booked return; null when
    /// neither is known.
    /// </summary>
    public int? StayDays(DateTimeOffset? arrival) =>
        LengthOfStayDays ?? (ReturnDate is { } back && arrival is { } at ? back.DayNumber - DateOnly.FromDateTime(at.UtcDateTime).DayNumber : null);
}
