using System.Net.Http.Headers;
using System.Text;

namespace BorderScreening.Cli.Commands.Catalogue;

/// <summary>
/// Talks to a running host's /api/catalogues routes and prints the answer: the body on stdout when it
/// succeeded, the problem on stderr otherwise. Exit codes: 0 ok, 2 rejected input (400), 1 anything else.
/// </summary>
public static class CatalogueClient
{
    /// <summary>A client for the host, with the bearer token from the settings or SCREENING_TOKEN.</summary>
    public static HttpClient Create(CatalogueHostSettings settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var client = new HttpClient { BaseAddress = new Uri(settings.Host), Timeout = timeout };
        var token = settings.Token ?? Environment.GetEnvironmentVariable("SCREENING_TOKEN");
        if (!string.IsNullOrEmpty(token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>
    /// Sends a request; <paramref name="render"/> turns a successful body into what is printed. The body
    /// is JSON unless <paramref name="mediaType"/> says otherwise (the watchlist import sends text/csv).
    /// </summary>
    public static async Task<int> SendAsync(CatalogueHostSettings settings, HttpMethod method, string path, string? jsonBody, Func<string, string>? render, CancellationToken cancellationToken, string mediaType = "application/json")
    {
        using var client = Create(settings, TimeSpan.FromMinutes(5));
        using var request = new HttpRequestMessage(method, path);
        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, mediaType);
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            await Console.Error.WriteLineAsync($"Cannot reach {settings.Host}: {ex.Message}");
            return 1;
        }

        using (response)
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                await Console.Out.WriteLineAsync(render is null ? answer : render(answer));
                return 0;
            }

            await Console.Error.WriteLineAsync($"{(int)response.StatusCode} {response.ReasonPhrase}");
            await Console.Error.WriteLineAsync(answer);
            return (int)response.StatusCode == 400 ? 2 : 1;
        }
    }
}
