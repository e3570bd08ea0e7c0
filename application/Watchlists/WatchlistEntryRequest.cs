namespace BorderScreening.Application.Watchlists;

/// <summary>
/// An entry to add (API body and CSV line). Persons: <see cref="GivenNames"/>, <see cref="Name"/>
/// (surname), <see cref="BirthDate"/>; organisations: <see cref="Name"/>; identifiers:
/// <see cref="Value"/> (phone in E.164, e-mail, address, registration number, document number with
/// <see cref="DocumentType"/> and <see cref="IssuingState"/>).
/// </summary>
public sealed record WatchlistEntryRequest
{
    /// <summary>Id within the list; generated when empty.</summary>
    public string? EntryId { get; init; }

    /// <summary>Person, Organisation, Phone, Email, Address, Document or Registration.</summary>
    public string? Kind { get; init; }

    /// <summary>Given names (persons).</summary>
    public string? GivenNames { get; init; }

    /// <summary>Surname (persons) or name (organisations).</summary>
    public string? Name { get; init; }

    /// <summary>YYYY-MM-DD or YYYY (persons).</summary>
    public string? BirthDate { get; init; }

    /// <summary>The identifier (identifier kinds); hashed on arrival, never stored.</summary>
    public string? Value { get; init; }

    /// <summary>Document type (P, I, V …), for documents; P when empty.</summary>
    public string? DocumentType { get; init; }

    /// <summary>Issuing state (ISO 3166-1 alpha-3), for documents.</summary>
    public string? IssuingState { get; init; }

    /// <summary>Why it is listed.</summary>
    public string? Reason { get; init; }

    /// <summary>Where it comes from.</summary>
    public string? Source { get; init; }

    /// <summary>First day it applies (YYYY-MM-DD); today when empty.</summary>
    public string? ValidFrom { get; init; }

    /// <summary>Last day it applies (YYYY-MM-DD); open when empty.</summary>
    public string? ValidTo { get; init; }
}
