using System.Globalization;
using System.Text;

namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>
/// Writes machine readable zones with correct check digits, for round-trip tests and demo data.
/// Names are upper-cased, characters outside A–Z become fillers, and names longer than the field
/// are truncated (Doc 9303 part 3 truncation, simplified: cut at the field end).
/// </summary>
public static class MrzWriter
{
    /// <summary>Writes the lines of <paramref name="format"/> for <paramref name="fields"/>.</summary>
    /// <exception cref="ArgumentException">A field does not fit its layout (document number too long for TD3 or a visa).</exception>
    public static IReadOnlyList<string> Write(MrzFormat format, MrzFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var code = Pad(fields.DocumentCode, 2);
        var state = Pad(fields.IssuingState, 3);
        var nationality = Pad(fields.Nationality, 3);
        var birth = Date(fields.BirthDate);
        var expiry = Date(fields.Expiry);
        var sex = fields.Sex is "M" or "F" ? fields.Sex : "<";
        switch (format)
        {
            case MrzFormat.Td1:
            {
                var (number, optional1) = LongNumber(fields.DocumentNumber, fields.OptionalData, 15);
                var line1 = code + state + number + optional1;
                var line2Head = birth + Digit(birth) + sex + expiry + Digit(expiry) + nationality + Pad(fields.OptionalData2, 11);
                var composite = line1[5..30] + line2Head[..7] + line2Head[8..15] + line2Head[18..29];
                return [line1, line2Head + Digit(composite), Name(fields, 30)];
            }

            case MrzFormat.Td2:
            {
                var (number, optional) = LongNumber(fields.DocumentNumber, fields.OptionalData, 7);
                var line2Head = number + nationality + birth + Digit(birth) + sex + expiry + Digit(expiry) + optional;
                var composite = line2Head[..10] + line2Head[13..20] + line2Head[21..35];
                return [code + state + Name(fields, 31), line2Head + Digit(composite)];
            }

            case MrzFormat.Td3:
            {
                var personal = Pad(fields.OptionalData, 14);
                var personalCheck = personal.All(c => c == '<') ? "<" : Digit(personal);
                var line2Head = ShortNumber(fields.DocumentNumber) + nationality + birth + Digit(birth) + sex + expiry + Digit(expiry) + personal + personalCheck;
                var composite = line2Head[..10] + line2Head[13..20] + line2Head[21..43];
                return [code + state + Name(fields, 39), line2Head + Digit(composite)];
            }

            case MrzFormat.MrvA:
            case MrzFormat.MrvB:
            {
                var wide = format == MrzFormat.MrvA;
                var line2 = ShortNumber(fields.DocumentNumber) + nationality + birth + Digit(birth) + sex + expiry + Digit(expiry)
                    + Pad(fields.OptionalData, wide ? 16 : 8);
                return [code + state + Name(fields, wide ? 39 : 31), line2];
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>Document number and its check digit in nine plus one positions.</summary>
    private static string ShortNumber(string number)
    {
        var clean = Clean(number);
        if (clean.Length > 9)
        {
            throw new ArgumentException("document numbers longer than 9 characters fit only TD1 and TD2", nameof(number));
        }

        var padded = Pad(clean, 9);
        return padded + Digit(padded);
    }

    /// <summary>TD1/TD2: a number over nine characters continues in the optional data, then its check digit and a filler.</summary>
    private static (string NumberAndCheck, string Optional) LongNumber(string number, string optional, int optionalWidth)
    {
        var clean = Clean(number);
        if (clean.Length <= 9)
        {
            return (ShortNumber(clean), Pad(optional, optionalWidth));
        }

        var overflow = clean[9..] + Digit(clean) + "<" + Clean(optional);
        if (clean.Length - 9 + 1 > optionalWidth)
        {
            throw new ArgumentException("document number too long for the optional data", nameof(number));
        }

        return (clean[..9] + "<", Pad(overflow, optionalWidth));
    }

    private static string Name(MrzFields fields, int width)
    {
        var name = Clean(fields.Surname.Replace(' ', '<'));
        var given = Clean(fields.GivenNames.Replace(' ', '<'));
        if (given.Length > 0)
        {
            name += "<<" + given;
        }

        return Pad(name, width);
    }

    private static string Date(DateOnly? date) =>
        date?.ToString("yyMMdd", CultureInfo.InvariantCulture) ?? "<<<<<<";

    private static string Digit(string value) => MrzCheckDigit.Compute(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Upper case; anything but A–Z, 0–9 and filler becomes a filler.</summary>
    private static string Clean(string? value)
    {
        var builder = new StringBuilder();
        foreach (var c in (value ?? "").ToUpperInvariant())
        {
            builder.Append(c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '<');
        }

        return builder.ToString();
    }

    private static string Pad(string? value, int width)
    {
        var clean = Clean(value);
        return clean.Length >= width ? clean[..width] : clean.PadRight(width, '<');
    }
}
