using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BorderScreening.Functions.Http;

/// <summary>
/// Lets a function return the shared API's <see cref="IResult"/> through the ASP.NET Core
/// integration, which executes <see cref="IActionResult"/>s: both hosts then write identical responses.
/// </summary>
public sealed class ResultActionResult(IResult result) : IActionResult
{
    /// <summary>The wrapped result.</summary>
    public IResult Result { get; } = result;

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}

/// <summary>Conversion helper.</summary>
public static class ResultExtensions
{
    /// <summary>Wraps a result for the Functions host.</summary>
    public static async Task<IActionResult> AsActionResult(this Task<IResult> result) => new ResultActionResult(await result);
}
