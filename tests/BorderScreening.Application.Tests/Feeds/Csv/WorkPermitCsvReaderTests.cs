using System.Text;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Tests.Feeds.Fixtures;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.Feeds.Csv;

public class WorkPermitCsvReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly WorkPermitCsvReadOptions Options = new() { SourceSystem = "SX-PERMITS", Today = Today };
    private readonly WorkPermitCsvReader _reader = new();

    private ParsedBatch Read(string csv, WorkPermitCsvReadOptions? options = null) => _reader.Read(csv, options ?? Options);

    private static WorkPermitRecord Permit(ParsedBatch batch, int index) => Assert.IsType<WorkPermitRecord>(batch.Records[index].Record);

    [Fact]
    public void Read_FixtureWithBom_ReadsEveryColumn()
    {
        var batch = _reader.Read(FixtureFile.ReadBytes("workpermits.csv"), Options);

        Assert.True(batch.Records[0].IsValid, string.Join("; ", batch.Records[0].Errors));
        var p = Permit(batch, 0);
        Assert.Equal("WP-2026-001", p.ApplicationId);
        Assert.Equal("SX-PERMITS", p.SourceSystem);
        Assert.Equal(Jurisdiction.SX, p.Jurisdiction);
        Assert.Equal(new DateOnly(2026, 11, 1), p.ApplicationDate);
        Assert.Equal(new PersonName { Surname = "GARCIA", GivenNames = "ANA MARIA" }, p.Applicant);
        Assert.Equal(new DateOnly(1995, 2, 3), p.BirthDate);
        Assert.Equal(new ProtectedAttributes { Sex = "F", Nationality = "COL" }, p.Audit);
        Assert.Equal(new TravelDocument { Type = "P", Number = "AB123456", IssuingState = "COL", Expiry = new DateOnly(2031, 5, 5) }, p.Document);
        Assert.Equal(new Party { Id = "KVK-100200", Name = "Sunset Resort, N.V.", PartyKind = PartyKind.Company }, p.Employer);
        Assert.Equal("HOSPITALITY", p.Sector);
        Assert.Equal("5131", p.OccupationCode);
        Assert.Equal(PermitType.Regular, p.PermitType);
        Assert.Equal(365, p.DurationDays);
        Assert.Equal(12.50m, p.OfferedHourlyWage);
        Assert.Equal(40m, p.WeeklyHours);
        Assert.False(p.HousingProvidedByEmployer);
        Assert.Equal(0m, p.FeesPaidByWorker);
        Assert.Equal(Submitter.Employer, p.SubmittedBy);
        Assert.True(p.AppliedInPerson);
        Assert.False(p.LoanFromEmployer);
        Assert.Equal(DocumentKeeper.Worker, p.DocumentsKeptBy);
        Assert.Equal(new Contact { Phone = "+17215550101", Email = "ana@example.org" }, p.Contact);
    }

    [Fact]
    public void Read_QuotedFieldsWithQuotesAndNewlines_AreUnescaped()
    {
        var batch = _reader.Read(FixtureFile.ReadBytes("workpermits.csv"), Options);

        Assert.True(batch.Records[1].IsValid, string.Join("; ", batch.Records[1].Errors));
        var p = Permit(batch, 1);
        Assert.Equal("Club \"Paradise\"", p.Employer?.Name);
        Assert.Equal("Back street 12\nPhilipsburg", p.HousingAddress);
        Assert.Equal(PermitType.AdultEntertainment, p.PermitType);
        Assert.Equal(new Party { Id = "AG-77", Name = "Fast Jobs Agency" }, p.RecruitmentAgency);
        Assert.Equal(1500m, p.FeesPaidByWorker);
        Assert.Null(p.Document?.Expiry);
        Assert.Null(p.Contact?.Email);
    }

    [Fact]
    public void Read_BadRow_ReportsLineAndColumnAndKeepsOthers()
    {
        var batch = _reader.Read(FixtureFile.ReadBytes("workpermits.csv"), Options);

        Assert.Equal(3, batch.Records.Count);
        var paths = batch.Records[2].Errors.Select(e => e.Path).ToList();
        // The second row spans lines 3 and 4, so the third row starts on line 5.
        Assert.Contains("line 5.birthDate", paths);
        Assert.Contains("line 5.housingProvidedByEmployer", paths);
        Assert.Contains("line 5.applicant.surname", paths);
        Assert.Contains("line 5.durationDays", paths);
        Assert.Contains("line 5.employer", paths);
        Assert.True(batch.Records[0].IsValid);
    }

    [Fact]
    public void Read_LfLineEndsWithoutBom_Reads()
    {
        var batch = Read("applicationId,jurisdiction,applicant.surname,birthDate,employer.name\nA1,CW,DOE,1980-01-01,ACME\nA2,AW,ROE,1981-01-01,ACME\n");

        Assert.Equal(2, batch.Records.Count);
        Assert.All(batch.Records, r => Assert.True(r.IsValid, string.Join("; ", r.Errors)));
        Assert.Equal(Jurisdiction.AW, Permit(batch, 1).Jurisdiction);
    }

    [Fact]
    public void Read_HeadersInAnyCase_AreMatched()
    {
        var batch = Read("APPLICATIONID,Jurisdiction,APPLICANT.SURNAME,BirthDate,Employer.Name\r\nA1,CW,DOE,1980-01-01,ACME");

        Assert.True(Assert.Single(batch.Records).IsValid);
        Assert.Equal("ACME", Permit(batch, 0).Employer?.Name);
    }

    [Fact]
    public void Read_NoJurisdictionColumn_UsesBatchJurisdiction()
    {
        var batch = Read("applicationId,applicant.surname,birthDate,employer.id\nA1,DOE,1980-01-01,K1", Options with { Jurisdiction = Jurisdiction.BQ_SA });

        Assert.Equal(Jurisdiction.BQ_SA, Permit(batch, 0).Jurisdiction);
    }

    [Fact]
    public void Read_NoJurisdictionAnywhere_IsRowError()
    {
        var batch = Read("applicationId,applicant.surname,birthDate,employer.id\nA1,DOE,1980-01-01,K1");

        Assert.Contains(batch.Records[0].Errors, e => e.Path == "line 2.jurisdiction");
    }

    [Theory]
    [InlineData("durationDays", "1.5", "is not a whole number")]
    [InlineData("offeredHourlyWage", "12,50", "is not a number")]
    [InlineData("permitType", "Temporary", "is not one of")]
    [InlineData("permitType", "3", "is not one of")]
    [InlineData("jurisdiction", "NL", "must be one of")]
    [InlineData("applicationDate", "01/11/2026", "is not a date")]
    public void Read_WrongValue_ReportsColumnPath(string column, string value, string message)
    {
        var batch = Read($"applicationId,applicant.surname,birthDate,employer.id,{column}\nA1,DOE,1980-01-01,K1,\"{value}\"", Options with { Jurisdiction = Jurisdiction.CW });

        var error = Assert.Single(batch.Records[0].Errors, e => e.Path == $"line 2.{column}");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooManyFields_IsRowError()
    {
        var batch = Read("applicationId,jurisdiction\nA1,CW,extra\nA2,CW");

        Assert.Equal("line 2", Assert.Single(batch.Records[0].Errors).Path);
        Assert.Contains(batch.Records[1].Errors, e => e.Path == "line 3.applicant.surname");
    }

    [Fact]
    public void Read_TooFewFields_ReadsMissingAsEmptyWithWarning()
    {
        var batch = Read("applicationId,jurisdiction,applicant.surname,birthDate,employer.id,sector\nA1,CW,DOE,1980-01-01,K1");

        Assert.True(batch.Records[0].IsValid);
        Assert.Contains(batch.Records[0].Warnings, w => w.Contains("missing ones are read as empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownColumn_WarnsOnEveryRecord()
    {
        var batch = Read("applicationId,jurisdiction,applicant.surname,birthDate,employer.id,shoeSize\nA1,CW,DOE,1980-01-01,K1,42");

        Assert.True(batch.Records[0].IsValid);
        Assert.Contains(batch.Records[0].Warnings, w => w.Contains("'shoeSize' is not known", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DuplicateColumn_IsUnreadable()
    {
        var batch = Read("applicationId,ApplicationID\nA1,A2");

        Assert.True(batch.IsUnreadable);
        Assert.Equal("line 1.ApplicationID", batch.Errors[0].Path);
    }

    [Fact]
    public void Read_UnclosedQuote_IsErrorOnThatRowOnly()
    {
        var batch = Read("applicationId,jurisdiction,applicant.surname,birthDate,employer.id\nA1,CW,DOE,1980-01-01,K1\nA2,CW,\"DOE,1980-01-01,K1\n");

        Assert.True(batch.Records[0].IsValid);
        Assert.Equal("line 3", Assert.Single(batch.Records[1].Errors).Path);
        Assert.Contains("not closed", batch.Records[1].Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StrayQuoteInUnquotedField_IsKeptWithWarning()
    {
        var batch = Read("applicationId,jurisdiction,applicant.surname,birthDate,employer.name\nA1,CW,O\"NEIL,1980-01-01,K1");

        Assert.Equal("O\"NEIL", Permit(batch, 0).Applicant.Surname);
        Assert.Contains(batch.Records[0].Warnings, w => w.Contains("quote inside the unquoted field 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BlankLines_AreSkipped()
    {
        var batch = Read("applicationId,jurisdiction,applicant.surname,birthDate,employer.id\r\n\r\nA1,CW,DOE,1980-01-01,K1\r\n\r\n");

        Assert.True(Assert.Single(batch.Records).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("applicationId,jurisdiction\n")]
    [InlineData("foo,bar\n1,2")]
    public void Read_NoData_IsUnreadable(string csv)
    {
        Assert.True(Read(csv).IsUnreadable);
    }

    [Fact]
    public void Read_InvalidUtf8_IsUnreadable()
    {
        var batch = _reader.Read(new byte[] { 0x61, 0xC3, 0x28 }, Options);

        Assert.True(batch.IsUnreadable);
        Assert.Contains("not valid UTF-8", batch.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreRowsThanAllowed_IsUnreadable()
    {
        var csv = "applicationId,jurisdiction\n" + string.Concat(Enumerable.Range(0, 4).Select(i => $"A{i},CW\n"));

        var batch = Read(csv, Options with { Limits = new FeedLimits { MaxRecordsPerBatch = 3 } });

        Assert.True(batch.IsUnreadable);
        Assert.Contains("more than 3 rows", batch.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BodyLargerThanAllowed_IsUnreadable()
    {
        var batch = _reader.Read(Encoding.UTF8.GetBytes(new string('a', 100)), Options with { Limits = new FeedLimits { MaxBodyBytes = 10 } });

        Assert.True(batch.IsUnreadable);
    }

    [Fact]
    public void Write_ThenRead_ReturnsSameRecords()
    {
        var records = new[]
        {
            TestSupport.Records.WorkPermit("WP-1"),
            TestSupport.Records.WorkPermit("WP-2") with
            {
                HousingAddress = "Line 1,\r\n\"Line 2\"",
                Document = new TravelDocument { Type = "P", Number = "L898902C3", Mrz = ["LINE1", "LINE2"] },
                RecruitmentAgency = new Party { Name = " spaced " },
            },
        };

        var csv = new WorkPermitCsvWriter().Write(records);
        var batch = Read(csv);

        Assert.Equal(records[0], Permit(batch, 0));
        Assert.Equal(records[1] with { RecruitmentAgency = new Party { Name = "spaced" }, Document = records[1].Document! with { Mrz = null } }, Permit(batch, 1) with { Document = Permit(batch, 1).Document! with { Mrz = null } });
        Assert.Equal(["LINE1", "LINE2"], Permit(batch, 1).Document!.Mrz);
    }
}
