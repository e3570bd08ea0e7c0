using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderScreening.Application.Feeds.Json;
using Spectre.Console;

namespace BorderScreening.Cli.Commands.Model;

/// <summary>
/// The registry API over HTTP for the <c>screening model</c> commands, and how they print a problem
/// (title, detail, the gate that refused, field errors). Exit codes: 0 done, 2 refused (4xx), 1 failed.
/// </summary>
internal sealed class ModelRegistryClient : IDisposable
{
    private readonly HttpClient _http;

    public ModelRegistryClient(ModelHostSettings settings)
    {
        _http = new HttpClient { BaseAddress = new Uri(settings.Host), Timeout = TimeSpan.FromMinutes(2) };
        var token = settings.Token ?? Environment.GetEnvironmentVariable("SCREENING_TOKEN");
        if (!string.IsNullOrEmpty(token))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public Task<HttpResponseMessage> GetAsync(string path, CancellationToken cancellationToken) => _http.GetAsync(path, cancellationToken);

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body, CancellationToken cancellationToken) =>
        _http.PostAsJsonAsync(path, body, ScreeningJson.Options, cancellationToken);

    public Task<HttpResponseMessage> PostAsync(string path, HttpContent content, CancellationToken cancellationToken) => _http.PostAsync(path, content, cancellationToken);

    /// <summary>The body as <typeparamref name="T"/> when the call succeeded; otherwise prints the problem and gives the exit code.</summary>
    public static async Task<(T? Value, int ExitCode)> ReadAsync<T>(HttpResponseMessage response, IAnsiConsole console, CancellationToken cancellationToken)
        where T : class
    {
        if (response.IsSuccessStatusCode)
        {
            return (await response.Content.ReadFromJsonAsync<T>(ScreeningJson.Options, cancellationToken), 0);
        }

        await PrintProblemAsync(response, console, cancellationToken);
        return (null, (int)response.StatusCode is >= 400 and < 500 ? 2 : 1);
    }

    private static async Task PrintProblemAsync(HttpResponseMessage response, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? problem = null;
        try
        {
            problem = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not a problem document (a proxy's error page, say): shown as it is below.
        }

        var status = (int)response.StatusCode;
        if (problem is not JsonObject)
        {
            console.MarkupLineInterpolated($"[red]{status} {response.ReasonPhrase}[/] {text}");
            return;
        }

        console.MarkupLineInterpolated($"[red]{status} {problem["title"]?.ToString() ?? response.ReasonPhrase}[/]");
        if (problem["gate"]?.ToString() is { } gate)
        {
            console.MarkupLineInterpolated($"gate: [yellow]{gate}[/]");
        }

        if (problem["detail"]?.ToString() is { } detail)
        {
            console.WriteLine(detail);
        }

        foreach (var error in problem["errors"]?.AsArray() ?? [])
        {
            console.MarkupLineInterpolated($"  [yellow]{error?["path"]?.ToString()}[/] {error?["message"]?.ToString()}");
        }

        if (status == 401)
        {
            console.WriteLine("Pass --token (or set SCREENING_TOKEN); locally: screening token --role Model.Train --subject <you>.");
        }
    }

    public void Dispose() => _http.Dispose();
}
