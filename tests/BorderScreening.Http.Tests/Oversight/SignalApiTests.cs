using BorderScreening.Http.Oversight;
using BorderScreening.Http.Tests.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Tests.Oversight;

/// <summary>
/// The order within the content checks, as the Functions app meets it (no routing checks the media
/// type there): the media type first, as the local host's routing answers it, then the path.
/// </summary>
public sealed class SignalApiTests
{
    [Fact]
    public async Task ResendAsync_WrongMediaTypeOnAnotherJurisdictionsCase_Is415AsInTheLocalHost()
    {
        var api = new SignalApi(null!, null!, WrongMediaTypeRequest.ArubaReviewer);
        using var wrong = new WrongMediaTypeRequest();

        var status = await wrong.StatusAsync(await api.ResendAsync(wrong.Request, "CW", "cw-aaaaaaaaaaaaaaaaaaaaaaaa", CancellationToken.None));

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, status);
    }
}
