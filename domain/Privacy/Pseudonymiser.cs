using System.Security.Cryptography;
using System.Text;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Privacy;

/// <summary>
/// Turns a record's identifiers into keyed hashes (HMAC-SHA256, truncated to 128 bits, base32) for
/// linking and counting. Values are normalised first so that "+31 6 1234" and "+3161234" link.
/// Each hash is made with the jurisdiction's own key and also scoped by jurisdiction and kind, so the
/// same phone in AW and CW does not link, and holding one country's key reproduces none of another's
/// hashes: each jurisdiction's data is its own.
/// </summary>
public sealed class Pseudonymiser(IPseudonymisationKeyProvider keys)
{
    /// <summary>Pseudonymises every identifier the record carries.</summary>
    public Pseudonyms Pseudonymise(ScreeningRecord record)
    {
        var key = keys.Current(record.Jurisdiction);
        var previousKeys = keys.Previous(record.Jurisdiction);
        var scope = record.Jurisdiction.ToCode();
        var entities = new Dictionary<NetworkEntityType, string>();
        var previous = new Dictionary<NetworkEntityType, IReadOnlyList<string>>();
        void Entity(NetworkEntityType type, string? value)
        {
            var normalised = Normalise(type, value);
            if (normalised is not null)
            {
                entities[type] = Hash(key, scope, type.ToString(), normalised);
                if (previousKeys.Count > 0)
                {
                    previous[type] = previousKeys.Select(k => Hash(k, scope, type.ToString(), normalised)).ToList();
                }
            }
        }

        string? document = null;
        string? person = null;
        switch (record)
        {
            case TravellerRecord t:
                document = DocumentValue(t.Document) is { } d ? Hash(key, scope, "document", d) : null;
                person = PersonValue(t.Name, t.BirthDate) is { } p ? Hash(key, scope, "person", p) : null;
                Entity(NetworkEntityType.Sponsor, t.Sponsor?.LinkKey());
                Entity(NetworkEntityType.Payer, t.Booking?.PaidBy is Payer.OtherPerson or Payer.Company ? t.Booking.PayerId : null);
                Entity(NetworkEntityType.ContactPhone, t.Contact?.Phone);
                Entity(NetworkEntityType.ContactEmail, t.Contact?.Email);
                Entity(NetworkEntityType.Address, t.AddressAtDestination);
                Entity(NetworkEntityType.BookingAgent, t.Booking?.BookingAgent);
                break;
            case WorkPermitRecord w:
                document = DocumentValue(w.Document) is { } wd ? Hash(key, scope, "document", wd) : null;
                person = PersonValue(w.Applicant, w.BirthDate) is { } wp ? Hash(key, scope, "person", wp) : null;
                Entity(NetworkEntityType.Employer, w.Employer?.LinkKey());
                Entity(NetworkEntityType.RecruitmentAgency, w.RecruitmentAgency?.LinkKey());
                Entity(NetworkEntityType.ContactPhone, w.Contact?.Phone);
                Entity(NetworkEntityType.ContactEmail, w.Contact?.Email);
                Entity(NetworkEntityType.Address, w.HousingProvidedByEmployer == true ? w.HousingAddress : null);
                break;
        }

        return new Pseudonyms { KeyId = key.Id, Document = document, Person = person, Entities = entities, PreviousEntities = previous };
    }

    /// <summary>
    /// A keyed hash of a payment card number, with the jurisdiction's current key: bookings paid with
    /// the same card link, and the number itself is never kept. Only the digits count.
    /// </summary>
    public string? PaymentCardReference(Jurisdiction jurisdiction, string? cardNumber)
    {
        var digits = cardNumber is null ? "" : new string(cardNumber.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : Hash(keys.Current(jurisdiction), jurisdiction.ToCode(), "card", digits);
    }

    /// <summary>
    /// The keyed hashes (current and previous keys of <paramref name="jurisdiction"/>) an entity value
    /// gets in records, so a list can hold a phone or a registration number without its clear value.
    /// </summary>
    public IReadOnlyList<string> EntityHashes(Jurisdiction jurisdiction, NetworkEntityType type, string? value) =>
        Normalise(type, value) is { } normalised ? KeysOf(jurisdiction).Select(k => Hash(k, jurisdiction.ToCode(), type.ToString(), normalised)).ToList() : [];

    /// <summary>The keyed hashes a travel document gets in records of <paramref name="jurisdiction"/>.</summary>
    public IReadOnlyList<string> DocumentHashes(Jurisdiction jurisdiction, TravelDocument document) =>
        DocumentValue(document) is { } value ? KeysOf(jurisdiction).Select(k => Hash(k, jurisdiction.ToCode(), "document", value)).ToList() : [];

    private IEnumerable<PseudonymisationKey> KeysOf(Jurisdiction jurisdiction) => [keys.Current(jurisdiction), .. keys.Previous(jurisdiction)];

    /// <summary>Normalises an entity value the way linking needs it; null when nothing is left.</summary>
    public static string? Normalise(NetworkEntityType type, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim().ToUpperInvariant();
        return type switch
        {
            NetworkEntityType.ContactPhone => NonEmpty(new string(text.Where(char.IsAsciiDigit).ToArray())),
            NetworkEntityType.ContactEmail => text,
            _ => NonEmpty(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))),
        };
    }

    private static string? NonEmpty(string value) => value.Length == 0 ? null : value;

    private static string? DocumentValue(TravelDocument? document) =>
        document is null || string.IsNullOrWhiteSpace(document.Number)
            ? null
            : $"{document.Type}|{document.IssuingState}|{document.Number.Trim().ToUpperInvariant()}";

    private static string? PersonValue(PersonName? name, DateOnly? birthDate) =>
        name is null || string.IsNullOrWhiteSpace(name.Surname) || birthDate is null
            ? null
            : $"{name.Surname.Trim().ToUpperInvariant()}|{name.GivenNames?.Trim().ToUpperInvariant()}|{birthDate:yyyy-MM-dd}";

    private static string Hash(PseudonymisationKey key, string scope, string kind, string value)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes($"{scope}|{kind}|{value}"), mac);
        return key.Id + ":" + Base32.Encode(mac[..16]);
    }
}
