using System.Text;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.Application.Tests.Feeds.Mrz;

public class MrzIntakeCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    // ICAO's TD3 specimen: ERIKSSON ANNA MARIA, L898902C3, born 12 Aug 1974.
    private static readonly string[] Td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];

    private static TravellerRecord Carrying(IReadOnlyList<string> mrz, string surname = "ERIKSSON", DateOnly? born = null, string number = "L898902C3") => Records.Traveller() with
    {
        Name = new PersonName { Surname = surname, GivenNames = "ANNA MARIA" },
        BirthDate = born ?? new DateOnly(1974, 8, 12),
        Document = new TravelDocument { Type = "P", Number = number, IssuingState = "UTO", Mrz = mrz },
        Observations = [],
    };

    [Fact]
    public void Verify_MrzThatChecksAndAgrees_AddsNothing()
    {
        var (record, warnings) = MrzIntakeCheck.Verify(Carrying(Td3), Today);

        Assert.Empty(record.Observations);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Verify_WrongCheckDigit_IsAnObservationNotARejection()
    {
        var (record, warnings) = MrzIntakeCheck.Verify(Carrying([Td3[0], Td3[1][..9] + "7" + Td3[1][10..]]), Today);

        Assert.Equal([ObservationCodes.MrzCheckFailed], record.Observations);
        Assert.Contains(warnings, w => w.Contains("mrz.checkDigits.documentNumber", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_UnknownCountryCode_FailsTheCheck()
    {
        var result = MrzParser.Parse(["P<ZZZERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36ZZZ7408122F1204159ZE184226B<<<<<10"], Today);

        Assert.Contains(result.Errors, e => e.Path == "mrz.issuingState" && e.Message == "'ZZZ' is not a country code of ICAO Doc 9303 Part 3");
        Assert.Contains(result.Errors, e => e.Path == "mrz.nationality");
    }

    [Theory]
    [InlineData("NLD")]
    [InlineData("D")]
    [InlineData("XXA")]
    [InlineData("GBN")]
    [InlineData("UNO")]
    public void IcaoCountryCodes_StatesOrganisationsAndStatuses_AreValid(string code) => Assert.True(IcaoCountryCodes.IsValid(code));

    [Fact]
    public void Verify_MrzOfSomeoneElse_IsAMismatchNamingTheFields()
    {
        var (record, warnings) = MrzIntakeCheck.Verify(Carrying(Td3, surname: "JANSEN", born: new DateOnly(1980, 1, 1), number: "NX1234567"), Today);

        Assert.Equal([ObservationCodes.MrzMismatch], record.Observations);
        Assert.Contains("document.mrz disagrees with the record on name.surname, birthDate, document.number; observation MRZ_MISMATCH", warnings);
    }

    [Fact]
    public void Verify_TransliteratedOrTruncatedSurname_Agrees()
    {
        var (record, _) = MrzIntakeCheck.Verify(Carrying(["P<UTOMUELLER<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<", Td3[1]], surname: "MÜLLER"), Today);

        Assert.DoesNotContain(ObservationCodes.MrzMismatch, record.Observations);
    }

    [Fact]
    public void Parse_Td1LongNumberDoc9303Convention_SaysWhich()
    {
        var result = MrzParser.Parse(["I<UTOD23145890<7349<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"], Today);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("Doc 9303", result.Fields.LongNumberConvention);
    }

    [Fact]
    public void Parse_Td1LongNumberWithTheFillerCounted_IsAcceptedAndSaysSo()
    {
        // An overflow whose two conventions give different check digits, so only one can verify.
        var overflow = Enumerable.Range(700, 99).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(o => MrzCheckDigit.Compute("D23145890<" + o) != MrzCheckDigit.Compute("D23145890" + o));
        var withFiller = MrzCheckDigit.Compute("D23145890<" + overflow);
        var line1 = $"I<UTOD23145890<{overflow}{withFiller}<<<<<<<<<<<";
        var line2 = "7408122F1204159UTO<<<<<<<<<<<";
        var composite = MrzCheckDigit.Compute(line1[5..30] + line2[0..7] + line2[8..15] + line2[18..29]);

        var result = MrzParser.Parse([line1, line2 + composite, "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"], Today);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(("D23145890" + overflow, "filler counted"), (result.Fields.DocumentNumber, result.Fields.LongNumberConvention));
        Assert.Contains(result.Warnings, w => w.Contains("counts the filler after the ninth character", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonIntake_TravellerWithAFailingMrz_IsScreenedWithTheObservation()
    {
        var limits = new FeedLimits();
        var traveller = Carrying([Td3[0], Td3[1][..9] + "7" + Td3[1][10..]]);
        var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize<ScreeningRecord>(traveller, ScreeningJson.Options));

        var parsed = Assert.Single(new JsonRecordReader(limits, new RecordValidator(limits)).Read(body, Today).Records);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal([ObservationCodes.MrzCheckFailed], ((TravellerRecord)parsed.Record!).Observations);
        Assert.Contains(parsed.Warnings, w => w.StartsWith("document.mrz does not verify", StringComparison.Ordinal));
    }
}
