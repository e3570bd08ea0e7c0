using System.Globalization;
using System.Text.RegularExpressions;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// Checks an entry request and makes the stored entry: names kept, identifiers replaced by the keyed
/// hashes every jurisdiction's records would carry (so consent given later needs no re-entry), with a
/// masked hint for people reading the list.
/// </summary>
public sealed partial class WatchlistEntryFactory(Pseudonymiser pseudonymiser)
{
    private const int MaxText = 200;

    private static readonly NetworkEntityType[] RegistrationTypes =
        [NetworkEntityType.Sponsor, NetworkEntityType.Employer, NetworkEntityType.RecruitmentAgency, NetworkEntityType.Payer];

    /// <summary>The entry, or the errors (paths under <paramref name="path"/>).</summary>
    public (WatchlistEntry? Entry, IReadOnlyList<FieldError> Errors) Create(string listId, WatchlistEntryRequest request, string addedBy, DateTimeOffset now, string path = "")
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        void Error(string field, string message) => errors.Add(new FieldError(path + field, message));

        var entryId = string.IsNullOrWhiteSpace(request.EntryId) ? Guid.NewGuid().ToString("N")[..12] : request.EntryId.Trim();
        if (!EntryIdPattern().IsMatch(entryId))
        {
            Error("entryId", "must be 1-64 letters, digits, '-' or '_'");
        }

        if (!EnumNames.TryParse<WatchlistEntryKind>(request.Kind, out var kind))
        {
            Error("kind", $"must be one of {EnumNames.Listed<WatchlistEntryKind>()}");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
        {
            Error("reason", "is required (at most 1000 characters)");
        }

        if (string.IsNullOrWhiteSpace(request.Source) || request.Source.Length > MaxText)
        {
            Error("source", $"is required (at most {MaxText} characters)");
        }

        var from = Day(request.ValidFrom, "validFrom", Error) ?? DateOnly.FromDateTime(now.UtcDateTime);
        var to = Day(request.ValidTo, "validTo", Error);
        if (to is { } end && end < from)
        {
            Error("validTo", "must not be before validFrom");
        }

        PartialDate? birth = null;
        IReadOnlyList<string> hashes = [];
        var display = "";
        if (errors.All(e => e.Path != path + "kind"))
        {
            switch (kind)
            {
                case WatchlistEntryKind.Person:
                    if ((request.GivenNames?.Length ?? 0) > MaxText)
                    {
                        Error("givenNames", $"must be at most {MaxText} characters");
                    }
                    else if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxText
                        || PreparedName.Person(request.GivenNames, request.Name).IsEmpty)
                    {
                        Error("name", "a person needs a surname (and given names where known)");
                    }

                    if (!PartialDate.TryParse(request.BirthDate, out birth))
                    {
                        Error("birthDate", "must be YYYY-MM-DD, YYYY or empty");
                    }

                    display = $"{request.GivenNames} {request.Name}".Trim();
                    break;
                case WatchlistEntryKind.Organisation:
                    if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxText || PreparedName.Organisation(request.Name).IsEmpty)
                    {
                        Error("name", "an organisation needs a name (more than a legal form)");
                    }

                    display = request.Name?.Trim() ?? "";
                    break;
                default:
                    (hashes, display) = Identifier(kind, request, Error);
                    break;
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var listed = new ListedEntry
        {
            ListId = listId, EntryId = entryId, Kind = kind,
            GivenNames = kind == WatchlistEntryKind.Person ? request.GivenNames?.Trim() : null,
            Name = kind is WatchlistEntryKind.Person or WatchlistEntryKind.Organisation ? request.Name!.Trim() : null,
            BirthDate = birth, IdentifierHashes = hashes, ValidFrom = from, ValidTo = to,
        };
        return (new WatchlistEntry { Listed = listed, Display = display, Reason = request.Reason!.Trim(), Source = request.Source!.Trim(), AddedBy = addedBy, AddedAt = now }, errors);
    }

    private (IReadOnlyList<string> Hashes, string Display) Identifier(WatchlistEntryKind kind, WatchlistEntryRequest request, Action<string, string> error)
    {
        var value = request.Value?.Trim() ?? "";
        if (value.Length is 0 or > MaxText)
        {
            error("value", $"is required for {kind} (at most {MaxText} characters)");
            return ([], "");
        }

        var all = JurisdictionCodes.All;
        switch (kind)
        {
            case WatchlistEntryKind.Phone:
                var phone = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                if (!E164Pattern().IsMatch(phone))
                {
                    error("value", "a phone must be in E.164: + country code and number, 8-15 digits (+59995551234)");
                    return ([], "");
                }

                return (all.SelectMany(j => pseudonymiser.EntityHashes(j, NetworkEntityType.ContactPhone, phone)).ToList(), "•••" + phone[^4..]);
            case WatchlistEntryKind.Email:
                var at = value.IndexOf('@', StringComparison.Ordinal);
                if (at < 1 || at == value.Length - 1)
                {
                    error("value", "must be an e-mail address");
                    return ([], "");
                }

                return (all.SelectMany(j => pseudonymiser.EntityHashes(j, NetworkEntityType.ContactEmail, value)).ToList(), value[0] + "•••" + value[at..]);
            case WatchlistEntryKind.Address:
                return (all.SelectMany(j => pseudonymiser.EntityHashes(j, NetworkEntityType.Address, value)).ToList(), "••• (" + value.Length.ToString(CultureInfo.InvariantCulture) + " characters)");
            case WatchlistEntryKind.Registration:
                return (all.SelectMany(j => RegistrationTypes.SelectMany(t => pseudonymiser.EntityHashes(j, t, value))).ToList(), "•••" + value[Math.Max(0, value.Length - 3)..]);
            default:
                if (string.IsNullOrWhiteSpace(request.IssuingState) || !StatePattern().IsMatch(request.IssuingState.Trim().ToUpperInvariant()))
                {
                    error("issuingState", "a document needs its issuing state (ISO 3166-1 alpha-3)");
                    return ([], "");
                }

                var document = new TravelDocument
                {
                    Type = string.IsNullOrWhiteSpace(request.DocumentType) ? "P" : request.DocumentType.Trim().ToUpperInvariant(),
                    Number = value, IssuingState = request.IssuingState.Trim().ToUpperInvariant(),
                };
                return (all.SelectMany(j => pseudonymiser.DocumentHashes(j, document)).ToList(), $"{document.Type} {document.IssuingState} •••{value[Math.Max(0, value.Length - 3)..]}");
        }
    }

    private static DateOnly? Day(string? text, string field, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        error(field, "must be a date YYYY-MM-DD");
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex EntryIdPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164Pattern();

    [GeneratedRegex("^[A-Z<]{3}$")]
    private static partial Regex StatePattern();
}
