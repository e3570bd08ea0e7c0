using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace BorderScreening.Functions.Tests;

/// <summary>
/// Calls function methods the way the ASP.NET Core integration does: a real HttpContext in, the
/// returned IActionResult executed against it.
/// </summary>
internal static class FunctionInvoker
{
    public static HttpRequest Request(IServiceProvider services, string method, string? body = null, string contentType = "application/json")
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            context.Request.ContentType = contentType;
            context.Request.ContentLength = Encoding.UTF8.GetByteCount(body);
        }

        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public static async Task<(int Status, JsonNode? Body)> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        await result.ExecuteResultAsync(new ActionContext(request.HttpContext, new RouteData(), new ActionDescriptor()));
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        var text = await new StreamReader(response.Body).ReadToEndAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
