using System.Security.Claims;
using System.Text;
using System.Text.Json;
using BorderScreening.Core.Review;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Web.Tests;

/// <summary>
/// Test stand-in until the host validates bearer tokens itself: reads the subject and roles from the
/// token's payload WITHOUT checking its signature and hands them to the real
/// <see cref="ClaimsActorResolver"/>. Only ever registered in these tests.
/// </summary>
internal sealed class UnverifiedBearerActorResolver : IActorResolver
{
    private readonly ClaimsActorResolver _inner = new();

    public Actor? Resolve(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = header["Bearer ".Length..].Trim().Split('.');
        if (parts.Length < 2)
        {
            return null;
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        var claims = new List<Claim>();
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                claims.AddRange(property.Value.EnumerateArray().Select(v => new Claim(property.Name, v.ToString())));
            }
            else
            {
                claims.Add(new Claim(property.Name, property.Value.ToString()));
            }
        }

        context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test-unverified"));
        return _inner.Resolve(context);
    }
}
