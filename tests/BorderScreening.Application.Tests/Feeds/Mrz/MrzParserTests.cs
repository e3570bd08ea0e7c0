using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Domain.Records;
using static BorderScreening.Application.Feeds.Mrz.MrzParser.CheckDigitNames;

namespace BorderScreening.Application.Tests.Feeds.Mrz;

/// <summary>
/// The specimens of ICAO Doc 9303 parts 4–7 (Anna Maria Eriksson of Utopia). Every check digit of
/// these lines was recomputed with the 7-3-1 weighting before use; all of them validate as printed.
/// </summary>
public class MrzParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly string[] Td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
    private static readonly string[] Td1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"];
    private static readonly string[] Td2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"];
    private static readonly string[] MrvA = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"];
    private static readonly string[] MrvB = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"];

    public static TheoryData<string, string[], MrzFormat> Specimens => new()
    {
        { "TD3", Td3, MrzFormat.Td3 },
        { "TD1", Td1, MrzFormat.Td1 },
        { "TD2", Td2, MrzFormat.Td2 },
        { "MRV-A", MrvA, MrzFormat.MrvA },
        { "MRV-B", MrvB, MrzFormat.MrvB },
    };

    [Theory]
    [MemberData(nameof(Specimens))]
    public void Parse_IcaoSpecimen_IsValidWithFormatAndNames(string name, string[] lines, MrzFormat format)
    {
        var result = MrzParser.Parse(lines, Today);

        Assert.True(result.IsValid, name + ": " + string.Join("; ", result.Errors));
        Assert.Equal(format, result.Format);
        Assert.Equal("ERIKSSON", result.Fields.Surname);
        Assert.Equal("ANNA MARIA", result.Fields.GivenNames);
        Assert.Equal("UTO", result.Fields.IssuingState);
        Assert.Equal("F", result.Fields.Sex);
        Assert.All(result.CheckDigits, c => Assert.True(c.IsValid, c.Name));
    }

    [Fact]
    public void Parse_Td3Specimen_ReadsEveryField()
    {
        var f = MrzParser.Parse(Td3, Today).Fields;

        Assert.Equal("P", f.DocumentCode);
        Assert.Equal("L898902C3", f.DocumentNumber);
        Assert.Equal("UTO", f.Nationality);
        Assert.Equal(new DateOnly(1974, 8, 12), f.BirthDate);
        Assert.Equal(new DateOnly(2012, 4, 15), f.Expiry);
        Assert.Equal("ZE184226B", f.OptionalData);
    }

    [Theory]
    [InlineData(MrzFormat.Td3, new[] { DocumentNumber, BirthDate, Expiry, PersonalNumber, Composite })]
    [InlineData(MrzFormat.Td1, new[] { DocumentNumber, BirthDate, Expiry, Composite })]
    [InlineData(MrzFormat.Td2, new[] { DocumentNumber, BirthDate, Expiry, Composite })]
    [InlineData(MrzFormat.MrvA, new[] { DocumentNumber, BirthDate, Expiry })]
    [InlineData(MrzFormat.MrvB, new[] { DocumentNumber, BirthDate, Expiry })]
    public void Parse_EachFormat_ReportsItsCheckDigitsByName(MrzFormat format, string[] names)
    {
        var lines = format switch
        {
            MrzFormat.Td3 => Td3,
            MrzFormat.Td1 => Td1,
            MrzFormat.Td2 => Td2,
            MrzFormat.MrvA => MrvA,
            _ => MrvB,
        };

        var result = MrzParser.Parse(lines, Today);

        Assert.Equal(names.Order(), result.CheckDigits.Select(c => c.Name).Order());
    }

    [Fact]
    public void Parse_Td1Specimen_ReadsDocumentNumberAndDates()
    {
        var f = MrzParser.Parse(Td1, Today).Fields;

        Assert.Equal("I", f.DocumentCode);
        Assert.Equal("D23145890", f.DocumentNumber);
        Assert.Equal(new DateOnly(1974, 8, 12), f.BirthDate);
        Assert.Equal(new DateOnly(2012, 4, 15), f.Expiry);
        Assert.Equal("UTO", f.Nationality);
    }

    [Fact]
    public void Parse_Td1LongDocumentNumber_ReadsOverflowFromOptionalData()
    {
        // Constructed after Doc 9303 part 5 §4.2.4: a 12-character number D23145890734 whose last
        // three characters and check digit (9) continue in the optional data after a filler.
        string[] lines = ["I<UTOD23145890<7349<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"];

        var result = MrzParser.Parse(lines, Today);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("D23145890734", result.Fields.DocumentNumber);
        Assert.Equal("", result.Fields.OptionalData);
        Assert.Equal('9', result.CheckDigit(DocumentNumber)?.Declared);
    }

    [Fact]
    public void Parse_MrvASpecimen_ResolvesExpiryToLastCentury()
    {
        var f = MrzParser.Parse(MrvA, Today).Fields;

        Assert.Equal("V", f.DocumentCode);
        Assert.Equal("L8988901C", f.DocumentNumber);
        Assert.Equal("XXX", f.Nationality);
        Assert.Equal(new DateOnly(1940, 9, 7), f.BirthDate);
        Assert.Equal(new DateOnly(1996, 12, 10), f.Expiry);
        Assert.Equal("6ZE184226B", f.OptionalData);
    }

    [Theory]
    [InlineData(9, DocumentNumber)]
    [InlineData(19, BirthDate)]
    [InlineData(27, Expiry)]
    [InlineData(42, PersonalNumber)]
    [InlineData(43, Composite)]
    public void Parse_Td3WrongCheckDigit_FailsThatVerdictByName(int position, string name)
    {
        var line2 = Td3[1].ToCharArray();
        line2[position] = line2[position] == '0' ? '1' : '0';

        var result = MrzParser.Parse([Td3[0], new string(line2)], Today);

        Assert.False(result.IsValid);
        Assert.False(result.CheckDigit(name)!.IsValid);
        Assert.Contains(result.Errors, e => e.Path == "mrz.checkDigits." + name);
        // The composite covers the other check digits, so only the remaining field checks stay valid.
        Assert.All(result.CheckDigits.Where(c => c.Name != name && c.Name != Composite), c => Assert.True(c.IsValid, c.Name));
    }

    [Theory]
    [InlineData(0, 14, DocumentNumber)]
    [InlineData(1, 6, BirthDate)]
    [InlineData(1, 14, Expiry)]
    [InlineData(1, 29, Composite)]
    public void Parse_Td1WrongCheckDigit_FailsThatVerdictByName(int line, int position, string name)
    {
        var lines = Td1.ToArray();
        var chars = lines[line].ToCharArray();
        chars[position] = chars[position] == '0' ? '1' : '0';
        lines[line] = new string(chars);

        var result = MrzParser.Parse(lines, Today);

        Assert.False(result.CheckDigit(name)!.IsValid);
        Assert.Contains(result.Errors, e => e.Path == "mrz.checkDigits." + name);
    }

    [Theory]
    [InlineData(9, DocumentNumber)]
    [InlineData(19, BirthDate)]
    [InlineData(27, Expiry)]
    [InlineData(35, Composite)]
    public void Parse_Td2WrongCheckDigit_FailsThatVerdictByName(int position, string name)
    {
        var chars = Td2[1].ToCharArray();
        chars[position] = chars[position] == '0' ? '1' : '0';

        var result = MrzParser.Parse([Td2[0], new string(chars)], Today);

        Assert.False(result.CheckDigit(name)!.IsValid);
    }

    [Theory]
    [InlineData(9, DocumentNumber)]
    [InlineData(19, BirthDate)]
    [InlineData(27, Expiry)]
    public void Parse_VisaWrongCheckDigit_FailsThatVerdictByName(int position, string name)
    {
        foreach (var visa in new[] { MrvA, MrvB })
        {
            var chars = visa[1].ToCharArray();
            chars[position] = chars[position] == '0' ? '1' : '0';

            var result = MrzParser.Parse([visa[0], new string(chars)], Today);

            Assert.False(result.CheckDigit(name)!.IsValid);
        }
    }

    [Fact]
    public void Parse_TamperedDocumentNumber_FailsDocumentAndCompositeChecks()
    {
        var result = MrzParser.Parse([Td3[0], "L898903C36UTO7408122F1204159ZE184226B<<<<<10"], Today);

        Assert.False(result.CheckDigit(DocumentNumber)!.IsValid);
        Assert.False(result.CheckDigit(Composite)!.IsValid);
        Assert.True(result.CheckDigit(BirthDate)!.IsValid);
    }

    [Fact]
    public void Parse_NonDigitCheckDigit_IsAnError()
    {
        var result = MrzParser.Parse([Td3[0], "L898902C3XUTO7408122F1204159ZE184226B<<<<<10"], Today);

        Assert.Contains(result.Errors, e => e.Path == "mrz.checkDigits.documentNumber" && e.Message.Contains("not a digit", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EmptyPersonalNumberWithFillerCheckDigit_IsValid()
    {
        var lines = MrzWriter.Write(MrzFormat.Td3, new MrzFields
        {
            DocumentCode = "P", IssuingState = "NLD", Surname = "JANSEN", GivenNames = "MARIA", DocumentNumber = "NX1234567",
            Nationality = "NLD", BirthDate = new DateOnly(1990, 4, 12), Sex = "F", Expiry = new DateOnly(2030, 1, 1),
        });

        var result = MrzParser.Parse(lines, Today);

        Assert.Equal('<', lines[1][42]);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Theory]
    [InlineData("P<UTOERIKSSON")]
    [InlineData("")]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1")]
    public void Parse_WrongShape_ReportsFormatError(string text)
    {
        var result = MrzParser.Parse(text, Today);

        Assert.Null(result.Format);
        Assert.Equal("mrz", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Parse_InvalidCharacter_NamesLineAndPosition()
    {
        var result = MrzParser.Parse(["P<UTOERIKSSON<<ANNA-MARIA<<<<<<<<<<<<<<<<<<<", Td3[1]], Today);

        Assert.Contains(result.Errors, e => e.Path == "mrz.line1" && e.Message.Contains("position 20", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LowerCaseAndSurroundingSpace_ReadsWithWarning()
    {
        var result = MrzParser.Parse("  " + Td3[0].ToLowerInvariant() + "  \r\n" + Td3[1] + "\n", Today);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Contains(result.Warnings, w => w.Contains("lower-case", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ImpossibleBirthDate_IsAnErrorEvenWithMatchingCheckDigit()
    {
        var lines = MrzWriter.Write(MrzFormat.Td3, new MrzFields { DocumentCode = "P", IssuingState = "UTO", Surname = "X", DocumentNumber = "1", Nationality = "UTO" });
        var line2 = lines[1][..13] + "741399" + MrzCheckDigit.Compute("741399") + lines[1][20..];

        var result = MrzParser.Parse([lines[0], line2], Today);

        Assert.Contains(result.Errors, e => e.Path == "mrz.birthDate");
        Assert.True(result.CheckDigit(BirthDate)!.IsValid);
    }

    [Fact]
    public void Parse_UnknownSex_IsX()
    {
        var result = MrzParser.Parse([Td3[0], "L898902C36UTO7408122<1204159ZE184226B<<<<<10"], Today);

        Assert.Equal("X", result.Fields.Sex);
    }

    [Fact]
    public void Parse_TwoDigitBirthYear_ResolvesToThePast()
    {
        var lines = MrzWriter.Write(MrzFormat.Td3, new MrzFields
        {
            DocumentCode = "P", IssuingState = "UTO", Surname = "KID", DocumentNumber = "A1", Nationality = "UTO",
            BirthDate = new DateOnly(2020, 5, 5), Expiry = new DateOnly(2071, 1, 1),
        });

        var f = MrzParser.Parse(lines, Today).Fields;

        Assert.Equal(new DateOnly(2020, 5, 5), f.BirthDate);
        Assert.Equal(new DateOnly(2071, 1, 1), f.Expiry);
    }

    [Fact]
    public void ToTravelDocument_Td3Specimen_CarriesNumberStateExpiryAndLines()
    {
        var result = MrzParser.Parse(Td3, Today);

        var document = result.ToTravelDocument();

        Assert.Equal("P", document.Type);
        Assert.Equal("L898902C3", document.Number);
        Assert.Equal("UTO", document.IssuingState);
        Assert.Equal(new DateOnly(2012, 4, 15), document.Expiry);
        Assert.Equal(Td3, document.Mrz);
        Assert.Equal(new PersonName { Surname = "ERIKSSON", GivenNames = "ANNA MARIA" }, result.ToPersonName());
        Assert.Equal(new ProtectedAttributes { Sex = "F", Nationality = "UTO" }, result.ToAuditAttributes());
    }

    [Theory]
    [InlineData("P", "P")]
    [InlineData("PD", "P")]
    [InlineData("I", "I")]
    [InlineData("ID", "I")]
    [InlineData("AC", "C")]
    [InlineData("V", "V")]
    [InlineData("", "O")]
    public void DocumentType_MrzCode_MapsToRecordType(string code, string expected) =>
        Assert.Equal(expected, MrzResult.DocumentType(code));

    [Fact]
    public void ToTravelDocument_GermanOneLetterCode_BecomesDeu()
    {
        var lines = MrzWriter.Write(MrzFormat.Td3, new MrzFields { DocumentCode = "P", IssuingState = "D", Surname = "MUSTERMANN", DocumentNumber = "C01X00T47", Nationality = "D" });

        Assert.Equal("DEU", MrzParser.Parse(lines, Today).ToTravelDocument().IssuingState);
    }

    [Theory]
    [InlineData("L898902C3", 6)]
    [InlineData("740812", 2)]
    [InlineData("120415", 9)]
    [InlineData("<<<<<<", 0)]
    public void Compute_KnownValues_MatchDoc9303(string value, int expected) =>
        Assert.Equal(expected, MrzCheckDigit.Compute(value));
}
