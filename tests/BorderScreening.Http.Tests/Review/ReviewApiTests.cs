using BorderScreening.Http.Review;
using BorderScreening.Http.Tests.Protocol;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Tests.Review;

/// <summary>
/// The order within the content checks, as the Functions app meets it (no routing checks the media
/// type there): the media type first, as the local host's routing answers it, then the path.
/// </summary>
public sealed class ReviewApiTests
{
    [Fact]
    public async Task DecideAsync_WrongMediaTypeOnAnotherJurisdictionsCase_Is415AsInTheLocalHost()
    {
        // The services are never reached: the request is refused before anything is looked up.
        var api = new ReviewApi(null!, null!, null!, null!, WrongMediaTypeRequest.ArubaReviewer, null!, null!, TimeProvider.System);
        using var wrong = new WrongMediaTypeRequest();

        var status = await wrong.StatusAsync(await api.DecideAsync(wrong.Request, "CW", "cw-aaaaaaaaaaaaaaaaaaaaaaaa", CancellationToken.None));

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, status);
    }
}
