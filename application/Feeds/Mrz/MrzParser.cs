namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>
/// Parses ICAO Doc 9303 machine readable zones (TD1, TD2, TD3, MRV-A, MRV-B), verifies every
/// check digit with the 7-3-1 weighting and reports each verdict by name. Never throws: every
/// problem becomes a <see cref="FieldError"/> with a path under <c>mrz</c>.
/// </summary>
public static class MrzParser
{
    private static readonly System.Buffers.SearchValues<char> MrzCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<");

    /// <summary>Names of the check digits as reported in <see cref="MrzResult.CheckDigits"/>.</summary>
    public static class CheckDigitNames
    {
        /// <summary>Check digit over the document number.</summary>
        public const string DocumentNumber = "documentNumber";
        /// <summary>Check digit over the birth date.</summary>
        public const string BirthDate = "birthDate";
        /// <summary>Check digit over the expiry date.</summary>
        public const string Expiry = "expiry";
        /// <summary>Check digit over the TD3 personal number (optional data).</summary>
        public const string PersonalNumber = "personalNumber";
        /// <summary>Composite check digit (TD1, TD2, TD3).</summary>
        public const string Composite = "composite";
    }

    /// <summary>Parses MRZ text: the lines separated by line breaks (blank lines ignored).</summary>
    public static MrzResult Parse(string text, DateOnly today) =>
        Parse((text ?? "").Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList(), today);

    /// <summary>Parses MRZ lines.</summary>
    public static MrzResult Parse(IReadOnlyList<string> lines, DateOnly today)
    {
        var context = new Context(today);
        try
        {
            return context.Run(lines ?? []);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A safety net: a parser bug must become an error, not a failed request.
            return new MrzResult(null, [], new MrzFields(), [], [new FieldError("mrz", $"could not be read ({ex.GetType().Name})")], []);
        }
    }

    private sealed class Context(DateOnly today)
    {
        private readonly List<FieldError> _errors = [];
        private readonly List<string> _warnings = [];
        private readonly List<CheckDigitVerdict> _checks = [];

        public MrzResult Run(IReadOnlyList<string> raw)
        {
            var lines = Normalise(raw);
            var format = Detect(lines);
            if (format is null)
            {
                var shape = lines.Count == 0 ? "no lines" : $"{lines.Count} line(s) of {string.Join("/", lines.Select(l => l.Length))} characters";
                _errors.Add(new FieldError("mrz", $"is not a machine readable zone: expected 3×30 (TD1), 2×36 (TD2, MRV-B) or 2×44 (TD3, MRV-A) characters, got {shape}"));
                return Result(null, lines, new MrzFields());
            }

            for (var l = 0; l < lines.Count; l++)
            {
                var bad = lines[l].AsSpan().IndexOfAnyExcept(MrzCharacters);
                if (bad >= 0)
                {
                    _errors.Add(new FieldError($"mrz.line{l + 1}", $"character '{lines[l][bad]}' at position {bad + 1} is not allowed (A–Z, 0–9 and < only)"));
                }
            }

            var fields = format switch
            {
                MrzFormat.Td1 => Td1(lines),
                MrzFormat.Td2 => Td2OrMrvB(lines, isVisa: false),
                MrzFormat.MrvB => Td2OrMrvB(lines, isVisa: true),
                MrzFormat.Td3 => Td3OrMrvA(lines, isVisa: false),
                _ => Td3OrMrvA(lines, isVisa: true),
            };
            foreach (var (path, code) in (ReadOnlySpan<(string, string)>)[("mrz.issuingState", fields.IssuingState), ("mrz.nationality", fields.Nationality)])
            {
                if (code.Length > 0 && !IcaoCountryCodes.IsValid(code))
                {
                    _errors.Add(new FieldError(path, $"'{code}' is not a country code of ICAO Doc 9303 Part 3"));
                }
            }

            return Result(format, lines, fields with { LongNumberConvention = LongNumberConvention });
        }

        private MrzResult Result(MrzFormat? format, IReadOnlyList<string> lines, MrzFields fields) =>
            new(format, lines, fields, _checks, _errors, _warnings);

        private List<string> Normalise(IReadOnlyList<string> raw)
        {
            var lines = new List<string>(raw.Count);
            foreach (var line in raw)
            {
                var trimmed = (line ?? "").Trim();
                if (trimmed.Contains(' ', StringComparison.Ordinal))
                {
                    _warnings.Add("spaces inside an MRZ line removed");
                    trimmed = trimmed.Replace(" ", "", StringComparison.Ordinal);
                }

                if (trimmed.Any(char.IsAsciiLetterLower))
                {
                    _warnings.Add("lower-case letters in the MRZ upper-cased");
                    trimmed = trimmed.ToUpperInvariant();
                }

                lines.Add(trimmed);
            }

            return lines;
        }

        private static MrzFormat? Detect(List<string> lines) => lines switch
        {
            [{ Length: 30 }, { Length: 30 }, { Length: 30 }] => MrzFormat.Td1,
            [{ Length: 36 } first, { Length: 36 }] => first[0] == 'V' ? MrzFormat.MrvB : MrzFormat.Td2,
            [{ Length: 44 } first, { Length: 44 }] => first[0] == 'V' ? MrzFormat.MrvA : MrzFormat.Td3,
            _ => null,
        };

        private MrzFields Td1(List<string> l)
        {
            var (number, optional1) = DocumentNumber(l[0], 5, l[0][15..30], "mrz.line1");
            var fields = new MrzFields
            {
                DocumentCode = Strip(l[0][..2]),
                IssuingState = Strip(l[0][2..5]),
                DocumentNumber = number,
                OptionalData = optional1,
                BirthDate = Date(l[1][..6], l[1][6], CheckDigitNames.BirthDate, birth: true),
                Sex = Sex(l[1][7]),
                Expiry = Date(l[1][8..14], l[1][14], CheckDigitNames.Expiry, birth: false),
                Nationality = Strip(l[1][15..18]),
                OptionalData2 = Strip(l[1][18..29]),
            };
            Check(CheckDigitNames.Composite, l[0][5..30] + l[1][..7] + l[1][8..15] + l[1][18..29], l[1][29]);
            var (surname, given) = Names(l[2]);
            return fields with { Surname = surname, GivenNames = given };
        }

        private MrzFields Td2OrMrvB(List<string> l, bool isVisa)
        {
            var second = l[1];
            var (number, optional) = isVisa
                ? (DocumentNumber(second, 0, "", "mrz.line2").Number, Strip(second[28..36]))
                : DocumentNumber(second, 0, second[28..35], "mrz.line2");
            var (surname, given) = Names(l[0][5..36]);
            var fields = Common(l[0], second, surname, given) with { DocumentNumber = number, OptionalData = optional };
            if (!isVisa)
            {
                Check(CheckDigitNames.Composite, second[..10] + second[13..20] + second[21..35], second[35]);
            }

            return fields;
        }

        private MrzFields Td3OrMrvA(List<string> l, bool isVisa)
        {
            var second = l[1];
            var (surname, given) = Names(l[0][5..44]);
            var number = DocumentNumber(second, 0, "", "mrz.line2").Number;
            string optional;
            if (isVisa)
            {
                optional = Strip(second[28..44]);
            }
            else
            {
                var personal = second[28..42];
                optional = Strip(personal);
                // An absent personal number may carry a filler instead of a check digit.
                if (!(optional.Length == 0 && second[42] == '<'))
                {
                    Check(CheckDigitNames.PersonalNumber, personal, second[42]);
                }
                else
                {
                    _checks.Add(new CheckDigitVerdict(CheckDigitNames.PersonalNumber, '<', 0, true));
                }

                Check(CheckDigitNames.Composite, second[..10] + second[13..20] + second[21..43], second[43]);
            }

            return Common(l[0], second, surname, given) with { DocumentNumber = number, OptionalData = optional };
        }

        /// <summary>The fields TD2, TD3 and both visas share on line 2 (positions 11–28).</summary>
        private MrzFields Common(string first, string second, string surname, string given) => new()
        {
            DocumentCode = Strip(first[..2]),
            IssuingState = Strip(first[2..5]),
            Surname = surname,
            GivenNames = given,
            Nationality = Strip(second[10..13]),
            BirthDate = Date(second[13..19], second[19], CheckDigitNames.BirthDate, birth: true),
            Sex = Sex(second[20]),
            Expiry = Date(second[21..27], second[27], CheckDigitNames.Expiry, birth: false),
        };

        /// <summary>
        /// Reads the nine-character document number at <paramref name="start"/> and its check digit.
        /// When the check digit position holds a filler (TD1, TD2), the number continues in the
        /// optional data up to the first filler, whose last character is the check digit.
        /// </summary>
        private (string Number, string Optional) DocumentNumber(string line, int start, string optional, string path)
        {
            var number = line.Substring(start, 9);
            var check = line[start + 9];
            if (check == '<' && optional.Length > 0 && optional[0] != '<')
            {
                var end = optional.IndexOf('<', StringComparison.Ordinal);
                var overflow = end < 0 ? optional : optional[..end];
                if (overflow.Length >= 2)
                {
                    // Doc 9303 computes the check digit over the whole number without the filler at the
                    // check digit position; some issuers count that filler. Either is accepted, and said.
                    var full = number + overflow[..^1];
                    var withFiller = number + "<" + overflow[..^1];
                    if (!Verifies(full, overflow[^1]) && Verifies(withFiller, overflow[^1]))
                    {
                        Check(CheckDigitNames.DocumentNumber, withFiller, overflow[^1]);
                        LongNumberConvention = "filler counted";
                        _warnings.Add("long document number: its check digit counts the filler after the ninth character (an issuer's convention, not Doc 9303's); accepted");
                    }
                    else
                    {
                        Check(CheckDigitNames.DocumentNumber, full, overflow[^1]);
                        LongNumberConvention = "Doc 9303";
                    }

                    return (Strip(full), end < 0 ? "" : Strip(optional[(end + 1)..]));
                }

                _errors.Add(new FieldError(path, "the document number overflow in the optional data has no check digit"));
            }

            Check(CheckDigitNames.DocumentNumber, number, check);
            return (Strip(number), Strip(optional));
        }

        private DateOnly? Date(string value, char check, string name, bool birth)
        {
            Check(name, value, check);
            var path = "mrz." + name;
            if (value.Contains('<', StringComparison.Ordinal))
            {
                if (birth)
                {
                    _warnings.Add("birth date not (fully) known in the MRZ");
                }
                else if (value != "<<<<<<")
                {
                    _errors.Add(new FieldError(path, $"'{value}' is not a date (YYMMDD)"));
                }

                return null;
            }

            if (!value.All(char.IsAsciiDigit))
            {
                _errors.Add(new FieldError(path, $"'{value}' is not a date (YYMMDD)"));
                return null;
            }

            var yy = int.Parse(value.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
            var mm = int.Parse(value.AsSpan(2, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
            var dd = int.Parse(value.AsSpan(4, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
            var date = birth ? TwoDigitYear.BirthDate(yy, mm, dd, today) : TwoDigitYear.Expiry(yy, mm, dd, today);
            if (date is null)
            {
                _errors.Add(new FieldError(path, $"'{value}' is not a date (YYMMDD)"));
            }

            return date;
        }

        private string Sex(char c)
        {
            switch (c)
            {
                case 'M' or 'F' or 'X':
                    return c.ToString();
                case '<':
                    return "X";
                default:
                    _errors.Add(new FieldError("mrz.sex", $"'{c}' is not M, F, X or <"));
                    return "X";
            }
        }

        /// <summary>For a long TD1/TD2 document number, the check digit convention it used.</summary>
        public string? LongNumberConvention { get; private set; }

        private static bool Verifies(string value, char declared) => declared == (char)('0' + MrzCheckDigit.Compute(value));

        private void Check(string name, string value, char declared)
        {
            var computed = MrzCheckDigit.Compute(value);
            var valid = declared == (char)('0' + computed) || (declared == '<' && computed == 0 && value.All(c => c == '<'));
            _checks.Add(new CheckDigitVerdict(name, declared, computed, valid));
            if (!valid)
            {
                _errors.Add(new FieldError(
                    "mrz.checkDigits." + name,
                    char.IsAsciiDigit(declared)
                        ? $"check digit {declared} does not match the computed {computed}"
                        : $"check digit '{declared}' is not a digit (computed {computed})"));
            }
        }

        private static (string Surname, string Given) Names(string field)
        {
            var separator = field.IndexOf("<<", StringComparison.Ordinal);
            var surname = separator < 0 ? field : field[..separator];
            var given = separator < 0 ? "" : field[(separator + 2)..];
            return (Words(surname), Words(given));
        }

        private static string Words(string value) =>
            string.Join(' ', value.Split('<', StringSplitOptions.RemoveEmptyEntries));

        private static string Strip(string value) => value.Replace("<", "", StringComparison.Ordinal);
    }
}
