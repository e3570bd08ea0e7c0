using BorderScreening.Application.Audit;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BorderScreening.Http.Tests.Protocol;

/// <summary>
/// A POST with a text/plain body from a reviewer of Aruba, for a Curaçao case, as the Functions app
/// meets it (no routing checks the media type there): the APIs must answer 415 before looking at the
/// path, as the local host's routing does.
/// </summary>
internal sealed class WrongMediaTypeRequest : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public WrongMediaTypeRequest()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "POST";
        context.Request.ContentType = "text/plain";
        context.Request.Body = new MemoryStream("outcome=12345"u8.ToArray());
        context.Response.Body = new MemoryStream();
        Request = context.Request;
    }

    /// <summary>The request.</summary>
    public HttpRequest Request { get; }

    /// <summary>Resolves a reviewer of Aruba: a Curaçao case is "not found" for them.</summary>
    public static IActorResolver ArubaReviewer { get; } = new ArubaReviewerResolver();

    /// <summary>The status <paramref name="result"/> writes for the request.</summary>
    public async Task<int> StatusAsync(IResult result)
    {
        await result.ExecuteAsync(Request.HttpContext);
        return Request.HttpContext.Response.StatusCode;
    }

    public void Dispose() => _services.Dispose();

    private sealed class ArubaReviewerResolver : IActorResolver
    {
        public Actor? Resolve(HttpContext context) => new("aw-reviewer", "Review.AW", new HashSet<Jurisdiction>(), new HashSet<Jurisdiction> { Jurisdiction.AW });
    }
}
