using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Oversight;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Http.Tests.Oversight;

/// <summary>
/// The order within the content checks, as the Functions app meets it (no routing checks the media
/// type there): the media type first, as the local host's routing answers it, then the path.
/// </summary>
public sealed class SignalApiTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    // A reviewer of Aruba: a Curaçao case is "not found" for them.
    private sealed class ArubaReviewer : IActorResolver
    {
        public Actor? Resolve(HttpContext context) => new("aw-reviewer", "Review.AW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.AW });
    }

    private HttpRequest TextPlain()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "POST";
        context.Request.ContentType = "text/plain";
        context.Request.Body = new MemoryStream("outcome=12345"u8.ToArray());
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    private static async Task<int> StatusAsync(HttpRequest request, IResult result)
    {
        await result.ExecuteAsync(request.HttpContext);
        return request.HttpContext.Response.StatusCode;
    }

    [Fact]
    public async Task ResendAsync_WrongMediaTypeOnAnotherJurisdictionsCase_Is415AsInTheLocalHost()
    {
        var api = new SignalApi(null!, new ArubaReviewer());
        var request = TextPlain();

        var status = await StatusAsync(request, await api.ResendAsync(request, "CW", "cw-aaaaaaaaaaaaaaaaaaaaaaaa", CancellationToken.None));

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, status);
    }
}
