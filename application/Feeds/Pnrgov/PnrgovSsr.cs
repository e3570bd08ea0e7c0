using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Pnrgov;

/// <summary>
/// Special service requests of a PNR (SSR, and contacts sent as OSI free text): DOCS (document and
/// birth date), DOCO (other document, read and not carried), DOCA (addresses), UMNR (unaccompanied
/// minor), CTCE/CTCM/CTCH/CTCB (contacts), GRPS/GRPF (group name). The free text is the last
/// component of element 1, with or without its leading slash.
/// </summary>
internal static class PnrgovSsr
{
    /// <summary>The SSR code (DOCS) and its free text split at slashes (leading slash removed).</summary>
    public static (string Code, string[] Fields, string Text) Of(EdifactSegment ssr)
    {
        var code = ssr.Value(1, 0).ToUpperInvariant();
        var components = ssr.Components(1);
        var text = components.Count > 1 ? components[^1].Trim() : "";
        if (text.StartsWith('/'))
        {
            text = text[1..];
        }

        return (code, text.Split('/'), text);
    }

    /// <summary>DOCS: /type/issuing state/number/nationality/birth date/sex/expiry/surname/given names.</summary>
    public static void Docs(PnrPassengerBuilder p, EdifactSegment ssr, string[] f, DateOnly today)
    {
        string Field(int i) => i < f.Length ? f[i].Trim().ToUpperInvariant() : "";
        var number = Field(2);
        var type = Field(0) switch
        {
            "" => "O",
            "PT" or "PP" => "P",
            "IP" or "ID" => "I",
            "AC" => "C",
            var t => t[..1],
        };
        if (Field(0).Length == 0 && number.Length > 0)
        {
            p.Warnings.Add($"{ssr.Where}: DOCS without a document type; the document is kept as type O (other)");
        }

        if (number.Length > 0)
        {
            var state = Field(1);
            var expiry = PnrgovDates.SsrDate(Field(6), today, birth: false);
            if (Field(6).Length > 0 && expiry is null)
            {
                p.Warnings.Add($"{ssr.Where}: DOCS expiry '{Field(6)}' is not a date (DDMMMYY); left out");
            }

            p.Document = new TravelDocument
            {
                Type = type,
                Number = number,
                IssuingState = state.Length == 3 && state.All(char.IsAsciiLetterUpper) ? state : null,
                Expiry = expiry,
            };
        }

        if (Field(4).Length > 0)
        {
            var birth = PnrgovDates.SsrDate(Field(4), today, birth: true);
            if (birth is null)
            {
                p.Warnings.Add($"{ssr.Where}: DOCS birth date '{Field(4)}' is not a date (DDMMMYY); left out");
            }

            p.BirthDate ??= birth;
        }

        p.Sex ??= Field(5) switch
        {
            "M" or "MI" => "M",
            "F" or "FI" => "F",
            "U" or "X" => "X",
            _ => null,
        };
        p.Nationality ??= Field(3).Length == 3 ? Field(3) : null;
        if (Field(5) is "MI" or "FI")
        {
            p.Infant = true;
        }
    }

    /// <summary>DOCA: /D (destination) or R (residence)/country/address/city/region/postal code.</summary>
    public static void Doca(PnrPassengerBuilder p, string[] f)
    {
        var parts = f.Skip(2).Select(x => x.Trim().ToUpperInvariant()).Where(x => x.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return;
        }

        var country = f.Length > 1 ? f[1].Trim().ToUpperInvariant() : "";
        var address = string.Join(", ", country.Length > 0 ? [.. parts, country] : parts);
        if (f[0].Trim().Equals("D", StringComparison.OrdinalIgnoreCase))
        {
            p.AddressAtDestination = address;
        }
        else
        {
            p.Address ??= address;
        }
    }

    /// <summary>A contact from an SSR or OSI text (CTCE e-mail, CTCM/CTCH/CTCB/CTCR phone), or null.</summary>
    public static (string? Phone, string? Email) Contact(string code, string text)
    {
        var value = text.Trim();
        return code switch
        {
            // In PNR free text '@' is written '//' and '_' as '..' (IATA convention).
            "CTCE" => (null, value.Replace("//", "@", StringComparison.Ordinal).Replace("..", "_", StringComparison.Ordinal).ToLowerInvariant()),
            "CTCM" or "CTCH" or "CTCB" or "CTCR" or "CTCT" => (Phone(value), null),
            _ => (null, null),
        };
    }

    /// <summary>An OSI/IFT contact line ("CTCM 31612345678", "CTCE JOHN//EXAMPLE.COM"), or null.</summary>
    public static (string? Phone, string? Email)? OsiContact(string line)
    {
        var text = line.Trim().ToUpperInvariant();
        if (text.Length < 5 || !text.StartsWith("CTC", StringComparison.Ordinal))
        {
            return null;
        }

        var code = text[..4];
        var rest = text[4..].TrimStart(' ', '/');
        var (phone, email) = Contact(code, rest);
        return phone is null && email is null ? null : (phone, email);
    }

    private static string? Phone(string value)
    {
        var phone = new string(value.Where(c => char.IsAsciiDigit(c) || c is '+' or ' ').ToArray()).Trim();
        return phone.Count(char.IsAsciiDigit) >= 5 ? phone : null;
    }
}
