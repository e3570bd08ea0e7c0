using System.Text;
using System.Text.Json;
using BorderScreening.TestSupport;

namespace BorderScreening.Web.Tests;

/// <summary>Bearer tokens for the page.</summary>
internal static class TokenFactory
{
    public static string Create(LocalHostServer host, string subject, string[] roles)
    {
        _ = host;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["roles"] = roles,
            ["iat"] = now,
            ["exp"] = now + 3600,
        }));
        return header + "." + payload + ".";
    }

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
