using BorderScreening.Application.Cases;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Tests.Protocol;

public sealed class QueryValuesTests
{
    private static QueryValues Query(string queryString)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(queryString);
        return new QueryValues(context.Request);
    }

    [Theory]
    [InlineData("?status=12345")]
    [InlineData("?status=-1")]
    [InlineData("?status=Open,Decided")]
    [InlineData("?status=Open%2C%20Claimed")]
    [InlineData("?status=NotAStatus")]
    public void Choice_NumberCommaListOrUnknownName_IsRefusedNamingTheParameter(string queryString)
    {
        var query = Query(queryString);

        var status = query.Choice<CaseStatus>("status");

        Assert.Null(status);
        Assert.Equal("status", Assert.Single(query.Errors).Path);
    }

    [Fact]
    public void Choice_NameInAnyCase_IsRead()
    {
        var query = Query("?status=decided");

        Assert.Equal(CaseStatus.Decided, query.Choice<CaseStatus>("status"));
        Assert.Empty(query.Errors);
    }

    [Fact]
    public void Single_ParameterGivenTwice_IsRefusedNamingIt()
    {
        var query = Query("?jurisdiction=CW&jurisdiction=AW");

        Assert.Null(query.Jurisdiction("jurisdiction"));
        var error = Assert.Single(query.Errors);
        Assert.Equal("jurisdiction", error.Path);
        Assert.Contains("once", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("2026-02-30")]
    [InlineData("-1")]
    [InlineData("2026-1-5")]
    [InlineData("2026-01-15T00:00:00Z")]
    public void Date_OutOfWindowOrMalformed_IsRefusedNamingTheParameter(string value)
    {
        var query = Query("?from=" + Uri.EscapeDataString(value));

        Assert.Null(query.Date("from"));
        Assert.Equal("from", Assert.Single(query.Errors).Path);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01")]
    [InlineData("not a date")]
    public void Instant_OutOfWindowOrMalformed_IsRefusedNamingTheParameter(string value)
    {
        var query = Query("?deadlineBefore=" + Uri.EscapeDataString(value));

        Assert.Null(query.Instant("deadlineBefore"));
        Assert.Equal("deadlineBefore", Assert.Single(query.Errors).Path);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("99999999999999999999")]
    [InlineData("1.5")]
    [InlineData("0x10")]
    public void Integer_OutOfRangeOrNotWhole_IsRefusedNamingTheParameter(string value)
    {
        var query = Query("?page=" + value);

        Assert.Null(query.Integer("page", 1, 10_000));
        Assert.Equal("page", Assert.Single(query.Errors).Path);
    }

    [Fact]
    public void Values_Absent_AreNullWithoutErrorsUnlessRequired()
    {
        var query = Query("?other=1&from=");

        Assert.Null(query.Date("from"));
        Assert.Null(query.Jurisdiction("jurisdiction"));
        Assert.Empty(query.Errors);
        Assert.Null(query.Date("to", required: true));
        Assert.Equal("to", Assert.Single(query.Errors).Path);
    }

    [Fact]
    public void ValidValues_AreRead()
    {
        var query = Query("?from=2026-01-01&at=2026-01-01T10:00:00%2B02:00&page=3&publication=true&jurisdiction=bq-bo");

        Assert.Equal(new DateOnly(2026, 1, 1), query.Date("from"));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero), query.Instant("at"));
        Assert.Equal(3, query.Integer("page", 1, 10));
        Assert.True(query.Boolean("publication"));
        Assert.Equal(Jurisdiction.BQ_BO, query.Jurisdiction("jurisdiction"));
        Assert.Empty(query.Errors);
        Assert.Null(query.Problem("unused"));
    }

    [Fact]
    public void Text_TooLongOrWithControlCharacters_IsRefused()
    {
        var query = Query("?actor=" + new string('a', 257) + "&caseId=a%01b");

        Assert.Null(query.Text("actor", 256));
        Assert.Null(query.Text("caseId", 100));
        Assert.Equal(["actor", "caseId"], query.Errors.Select(e => e.Path));
    }
}
