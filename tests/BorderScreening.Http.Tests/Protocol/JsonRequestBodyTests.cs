using System.Text;
using System.Text.Json.Nodes;
using BorderScreening.Application.Cases;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Http.Tests.Protocol;

public sealed class JsonRequestBodyTests
{
    private static async Task<(DecisionRequest? Body, int Status, JsonNode? Problem)> ReadAsync(string json)
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        context.Response.Body = new MemoryStream();

        var (body, problem) = await JsonRequestBody.ReadAsync<DecisionRequest>(context.Request, 64 * 1024, CancellationToken.None);
        if (problem is null)
        {
            return (body, 200, null);
        }

        await problem.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        return (null, context.Response.StatusCode, await JsonNode.ParseAsync(context.Response.Body));
    }

    [Theory]
    [InlineData("""{"ownAssessment":"Concern","outcome":12345}""")]
    [InlineData("""{"ownAssessment":"Concern","outcome":"12345"}""")]
    [InlineData("""{"ownAssessment":"Concern","outcome":"-1"}""")]
    [InlineData("""{"ownAssessment":"Concern","outcome":"NotAnOutcome"}""")]
    [InlineData("""{"ownAssessment":"Concern","outcome":"ReferCriminalInvestigation, ReferVictimSupport"}""")]
    public async Task ReadAsync_OutcomeNotADeclaredName_Is400NamingOutcome(string json)
    {
        var (body, status, problem) = await ReadAsync(json);

        Assert.Null(body);
        Assert.Equal(400, status);
        var error = Assert.Single(problem!["errors"]!.AsArray())!;
        Assert.Equal("outcome", error["path"]!.GetValue<string>());
        Assert.StartsWith("must be one of NoConcern", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_WrongTypeInAList_NamesTheElement()
    {
        var (_, status, problem) = await ReadAsync("""{"reasonCodes":["A", 7]}""");

        Assert.Equal(400, status);
        Assert.Equal("reasonCodes[1]", problem!["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("[]")]
    public async Task ReadAsync_NoObject_Is400NamingTheBody(string json)
    {
        var (_, status, problem) = await ReadAsync(json);

        Assert.Equal(400, status);
        Assert.Equal("$", problem!["errors"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReadAsync_DeclaredNames_AreRead()
    {
        var (body, status, _) = await ReadAsync("""{"ownAssessment":"concern","outcome":"ReferVictimSupport","reasonCodes":["MINOR_AT_RISK"]}""");

        Assert.Equal(200, status);
        Assert.Equal(OwnAssessment.Concern, body!.OwnAssessment);
        Assert.Equal(ReviewOutcome.ReferVictimSupport, body.Outcome);
    }
}
