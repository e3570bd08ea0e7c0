using System.Text;
using BorderScreening.Http.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Tests.Protocol;

public sealed class RequestBodyTests
{
    private static HttpRequest Request(Stream body, long? length = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = body;
        context.Request.ContentLength = length;
        return context.Request;
    }

    [Fact]
    public async Task ReadAsync_HostLimitRunsOutWhileReading_IsTooLargeNotAnError()
    {
        var request = Request(new HostLimitedStream());

        Assert.Null(await RequestBody.ReadAsync(request, 16 * 1024 * 1024, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_OverTheLimitWithoutContentLength_IsTooLarge() =>
        Assert.Null(await RequestBody.ReadAsync(Request(new MemoryStream(new byte[1025])), 1024, CancellationToken.None));

    [Fact]
    public async Task ReadAsync_AnnouncedOverTheLimit_IsTooLargeUnread()
    {
        var body = new MemoryStream(Encoding.UTF8.GetBytes("{}"));

        Assert.Null(await RequestBody.ReadAsync(Request(body, 9 * 1024 * 1024), 1024, CancellationToken.None));
        Assert.Equal(0, body.Position);
    }

    [Fact]
    public async Task ReadAsync_WithinTheLimit_IsTheBody() =>
        Assert.Equal("{}"u8.ToArray(), await RequestBody.ReadAsync(Request(new MemoryStream("{}"u8.ToArray())), 1024, CancellationToken.None));

    // What Kestrel's request body does past MaxRequestBodySize.
    private sealed class HostLimitedStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
    }
}
