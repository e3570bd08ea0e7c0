namespace BorderScreening.Domain.Records;

/// <summary>Contact details given by the traveller or applicant.</summary>
public sealed record Contact
{
    /// <summary>Phone number, E.164 preferred.</summary>
    public string? Phone { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Postal address given as a contact (e.g. a PNR's ADD segment), one line.</summary>
    public string? Address { get; init; }
}
