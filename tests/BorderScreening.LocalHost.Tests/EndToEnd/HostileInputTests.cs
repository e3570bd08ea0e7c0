using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Feeds.Pnrgov;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Screening;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

/// <summary>
/// Hostile input against every route of <see cref="RouteTable"/> the local host serves (the list comes
/// from the table, so a new route is attacked as soon as it is declared), with a token of a role the
/// route allows: bad path segments, bad values of every declared query parameter, duplicated
/// parameters, malformed, truncated and wrongly typed JSON bodies, numeric and unknown enumeration
/// values, extreme and impossible dates, huge strings and arrays within and over the body limits, and
/// wrong content types. Whatever arrives, the answer is never a 5xx, every 4xx is a problem document,
/// a 400 names the field, and a value that cannot be valid (an enumeration by number, 2026-02-30) is
/// refused with a 400. Deterministic (fixed seeds) and bounded: about two thousand small requests to
/// 127.0.0.1.
/// </summary>
public sealed partial class HostileInputTests(HostileInputFixture fixture) : IClassFixture<HostileInputFixture>, IDisposable
{
    private const string UnknownId = "cw-aaaaaaaaaaaaaaaaaaaaaaaa";

    /// <summary>Larger than every body limit of the JSON routes (16 KiB to 1 MiB) and the feeds' limit in this host.</summary>
    private const int OverLimitBytes = (1024 * 1024) + 4096;

    private readonly LocalHostServer _host = fixture.Host;
    private readonly Dictionary<HttpClient, HttpClient> _patient = [];

    public void Dispose()
    {
        foreach (var client in _patient.Values)
        {
            client.Dispose();
        }
    }

    public static TheoryData<string> Routes => [.. RouteTable.All.Where(r => r.Hosts.HasFlag(RouteHosts.LocalHost)).Select(r => r.Key)];

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();

    // ---------- the cases ----------

    /// <summary>One hostile request and what it must get.</summary>
    /// <param name="Label">What was sent, for the failure message.</param>
    /// <param name="Path">Path and query, already encoded as they go on the wire.</param>
    /// <param name="Body">The body, or null.</param>
    /// <param name="ContentType">The Content-Type header, or null for none.</param>
    /// <param name="Field">The field a 400 must name, or null when any field will do.</param>
    /// <param name="Expected">The status it must get, or null when any non-5xx will do.</param>
    private sealed record HostileCase(string Label, string Path, byte[]? Body, string? ContentType, string? Field = null, int? Expected = null)
    {
        /// <summary>Send <c>Expect: 100-continue</c> (a large body the server may refuse unread).</summary>
        public bool ExpectContinue { get; init; }

        /// <summary>Send the body without Content-Length (chunked), so only reading it finds its size.</summary>
        public bool Chunked { get; init; }

        /// <summary>
        /// The body is past the host's own limit and sent chunked, so the server learns its size only
        /// by reading, answers 413 and closes the connection: a client still writing may see the
        /// socket break before it reads that answer. A broken upload is then a refusal too.
        /// </summary>
        public bool ServerMayCloseMidBody { get; init; }
    }

    private static string Template(RouteDefinition route, IReadOnlyDictionary<string, string>? overrides = null) =>
        Parameter().Replace(route.Path, m => overrides?.GetValueOrDefault(m.Groups[1].Value) ?? ValidSegment(m.Groups[1].Value));

    // Values that pass the path's own checks but name nothing stored, so every route reaches its
    // validation of the query and the body.
    private static string ValidSegment(string name) => name switch
    {
        "jurisdiction" => "CW",
        "day" => "2026-01-15",
        _ => UnknownId,
    };

    private static string ValidQueryValue(RouteQuery query, int position) => query.Kind switch
    {
        QueryValueKind.Date => position == 0 ? "2026-01-01" : "2026-01-31",
        QueryValueKind.DateTime => "2026-01-15T12:00:00Z",
        QueryValueKind.Integer => Math.Max(query.Minimum ?? 1, 1).ToString(CultureInfo.InvariantCulture),
        QueryValueKind.Boolean => "true",
        QueryValueKind.Jurisdiction => "CW",
        QueryValueKind.Choice => query.Values[0],
        _ => "HOSTILE-SUITE",
    };

    private static string Query(IEnumerable<(string Name, string Value)> parameters)
    {
        var pairs = parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)).ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    // The required parameters with valid values: the base every query case changes one thing of.
    private static List<(string Name, string Value)> BaseQuery(RouteDefinition route)
    {
        var position = 0;
        return [.. route.Query.Where(q => q.Required).Select(q => (q.Name, ValidQueryValue(q, q.Kind == QueryValueKind.Date ? position++ : 0)))];
    }

    private static IEnumerable<HostileCase> PathCases(RouteDefinition route)
    {
        var query = Query(BaseQuery(route));
        yield return new HostileCase("valid path, unknown ids", Template(route) + query, null, null);
        foreach (Match parameter in Parameter().Matches(route.Path))
        {
            var name = parameter.Groups[1].Value;
            string[] hostile =
            [
                new string('a', 2000),
                "cw-%2F..%2Fx",
                "%2F",
                "..",
                "%2E%2E",
                ".",
                "a%3Fb",
                "a%23b",
                "a%5Cb",
                "%C3%A9%E2%80%AE",
                "12345",
                "XX",
            ];
            foreach (var value in hostile)
            {
                yield return new HostileCase($"{{{name}}} = {value[..Math.Min(value.Length, 40)]}", Template(route, new Dictionary<string, string> { [name] = value }) + query, null, null);
            }

            if (name == "day")
            {
                foreach (var day in new[] { "9999-12-31", "0001-01-01", "2026-02-30", "-1", "2026-13-01", "20260115" })
                {
                    yield return new HostileCase($"{{day}} = {day}", Template(route, new Dictionary<string, string> { [name] = day }) + query, null, null, Field: "day", Expected: 400);
                }
            }
        }
    }

    private static IEnumerable<string> InvalidQueryValues(RouteQuery query) => query.Kind switch
    {
        QueryValueKind.Date => ["9999-12-31", "0001-01-01", "2026-02-30", "-1", "2026-1-5", "15-01-2026", "2026-01-15T00:00:00Z"],
        QueryValueKind.DateTime => ["9999-12-31", "0001-01-01", "2026-02-30", "-1", "9999-12-31T23:59:59+14:00", "not a date"],
        QueryValueKind.Integer => OutOfRange(query).Concat(["99999999999999999999", "1.5", "12abc", "0x10"]),
        QueryValueKind.Boolean => ["12345", "yes", "1"],
        QueryValueKind.Jurisdiction => ["XX", "12345", "CW,AW", "C W"],
        QueryValueKind.Choice => ["12345", "-1", "NotAValue", query.Values.Count > 1 ? query.Values[0] + "," + query.Values[1] : query.Values[0] + "," + query.Values[0]],
        _ => [new string('x', (query.MaxLength ?? 1000) + 1), "a\u0001b"],
    };

    private static IEnumerable<string> OutOfRange(RouteQuery query)
    {
        if (query.Minimum is { } min && min > int.MinValue)
        {
            yield return (min - 1L).ToString(CultureInfo.InvariantCulture);
        }

        if (query.Maximum is { } max && max < int.MaxValue)
        {
            yield return (max + 1L).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static IEnumerable<HostileCase> QueryCases(RouteDefinition route)
    {
        var path = Template(route);
        var position = 0;
        foreach (var query in route.Query)
        {
            var valid = ValidQueryValue(query, query.Kind == QueryValueKind.Date ? position++ : 0);
            var others = BaseQuery(route).Where(p => p.Name != query.Name).ToList();
            foreach (var value in InvalidQueryValues(query))
            {
                yield return new HostileCase($"?{query.Name}={value[..Math.Min(value.Length, 40)]}", path + Query([.. others, (query.Name, value)]), null, null, Field: query.Name, Expected: 400);
            }

            yield return new HostileCase($"?{query.Name} twice", path + Query([.. others, (query.Name, valid), (query.Name, valid)]), null, null, Field: query.Name, Expected: 400);
            yield return new HostileCase($"?{query.Name} empty", path + Query([.. others, (query.Name, "")]), null, null, Field: query.Required ? query.Name : null, Expected: query.Required ? 400 : null);
        }

        // Parameters no route declares are ignored, never a failure.
        yield return new HostileCase("undeclared parameters", path + Query([.. BaseQuery(route), ("hostile", new string('z', 3000)), ("from", "9999-12-31"), ("status", "12345")]), null, null);
    }

    private static IEnumerable<HostileCase> BodyCases(RouteDefinition route)
    {
        var path = Template(route) + Query(BaseQuery(route));
        var json = route.Request?.ContentType == "application/json";
        HostileCase Json(string label, byte[] body, string? field = null, int? expected = null) =>
            new(label, path, body, "application/json", field, json ? expected : null);

        // Whole-body cases, for every route that takes a body (the JSON ones must refuse them).
        yield return Json("empty JSON body", [], expected: 400);
        foreach (var text in new[] { "null", "{", "{\"reason\":", "{\"reason\": \"x\"", "{,}", "nul", "[", "[]", "\"text\"", "12345", "{\"a\":1}}", "\u0000\u0001" })
        {
            yield return Json($"body {text}", Encoding.UTF8.GetBytes(text), expected: text == "{\"a\":1}}" ? null : 400);
        }

        yield return Json("nesting 2000 deep", Encoding.UTF8.GetBytes(new string('[', 2000) + new string(']', 2000)), expected: 400);
        var random = new Random(20261128);
        var noise = new byte[4096];
        random.NextBytes(noise);
        yield return Json("random bytes", noise, expected: 400);
        yield return Json("invalid UTF-8", [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'], expected: 400);
        yield return Json($"{OverLimitBytes} bytes", Encoding.UTF8.GetBytes("{\"reason\":\"" + new string('x', OverLimitBytes) + "\"}"), expected: 413);
        // Over the host's own limit (8 MiB): announced with Expect: 100-continue, as large uploads
        // are, so the answer can come before the body is sent (otherwise the server's early answer
        // meets a client still writing, and the socket breaks before either side learns anything).
        yield return Json("9 MiB", Encoding.UTF8.GetBytes("{\"reason\":\"" + new string('x', 9 * 1024 * 1024) + "\"}"), expected: 413) with { ExpectContinue = true };
        // Chunked past the route's limit but within the host's: the server reads until the route's
        // limit, answers, and the host drains the rest, so the answer always arrives.
        yield return Json($"{OverLimitBytes} bytes chunked", Encoding.UTF8.GetBytes("{\"reason\":\"" + new string('x', OverLimitBytes) + "\"}"), expected: 413) with { Chunked = true };
        yield return Json("9 MiB chunked", Encoding.UTF8.GetBytes("{\"reason\":\"" + new string('x', 9 * 1024 * 1024) + "\"}"), expected: 413) with { ExpectContinue = true, Chunked = true, ServerMayCloseMidBody = true };

        // Content types the route does not read.
        var sample = json ? Sample(route) : Encoding.UTF8.GetBytes("{}");
        foreach (var contentType in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", "application/json-patch+json" })
        {
            yield return new HostileCase($"Content-Type {contentType}", path, sample, contentType, Expected: json ? 415 : null);
        }

        yield return new HostileCase("no Content-Type", path, sample, null, Expected: json ? 415 : null);

        if (json)
        {
            yield return new HostileCase("valid sample", path, sample, "application/json");
            foreach (var mutation in Mutations(route))
            {
                yield return Json(mutation.Label, mutation.Body, mutation.Field, mutation.Expected);
            }
        }
    }

    // JSON samples and their mutations: HostileInputTests.Bodies.cs.

    // ---------- sending and judging ----------

    private HttpClient ClientFor(RouteDefinition route)
    {
        if (route.Policy.IsAnonymous)
        {
            return _host.Client;
        }

        // A supervisor of every jurisdiction may act in every jurisdiction of the case routes; the
        // claim names them all, since scoped roles without one reach nothing.
        var role = route.Policy.Roles.Contains(AppRoles.ReviewSupervisor) ? AppRoles.ReviewSupervisor : route.Policy.Roles[0];
        return _host.CreateClient("hostile-" + role.ToLowerInvariant(), [role], ["AW", "CW", "SX", "BQ"]);
    }

    private static HttpRequestMessage RequestFor(Uri baseAddress, RouteDefinition route, HostileCase hostile)
    {
        var uri = new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + hostile.Path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var request = new HttpRequestMessage(new HttpMethod(route.Method), uri);
        request.Headers.ExpectContinue = hostile.ExpectContinue;
        if (hostile.Body is not null)
        {
            request.Content = hostile.Chunked ? new StreamContent(new UnknownLengthStream(hostile.Body)) : new ByteArrayContent(hostile.Body);
            request.Content.Headers.ContentType = null;
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }
        }

        return request;
    }

    private static IReadOnlyList<string?> ErrorPaths(string problem) =>
        (JsonNode.Parse(problem)?["errors"] as JsonArray ?? []).Select(e => e?["path"]?.GetValue<string>()).ToList();

    // The fields the valid-looking sample itself is refused for (a generated sample cannot know a
    // snooze's entity types or the reason codes): a mutation of another field may leave just those.
    private async Task<IReadOnlySet<string>> SampleErrorsAsync(HttpClient client, RouteDefinition route)
    {
        if (route.Method != "POST" || route.Request?.ContentType != "application/json")
        {
            return new HashSet<string>();
        }

        using var request = RequestFor(_host.BaseAddress, route, new HostileCase("sample", Template(route) + Query(BaseQuery(route)), Sample(route), "application/json"));
        using var response = await client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.BadRequest
            ? ErrorPaths(await response.Content.ReadAsStringAsync()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
    }

    // Waits as long as the server needs to answer an Expect: 100-continue (the default second is
    // shorter than a loaded test machine may take).
    private HttpClient PatientClient(HttpClient client)
    {
        if (!_patient.TryGetValue(client, out var patient))
        {
            patient = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) });
            patient.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
            _patient[client] = patient;
        }

        return patient;
    }

    private async Task<string?> JudgeAsync(HttpClient client, RouteDefinition route, HostileCase hostile, IReadOnlySet<string> sampleErrors)
    {
        using var request = RequestFor(_host.BaseAddress, route, hostile);
        HttpResponseMessage response;
        try
        {
            response = await (hostile.ExpectContinue ? PatientClient(client) : client).SendAsync(request);
        }
        catch (HttpRequestException ex) when (hostile.ServerMayCloseMidBody && ex.InnerException is IOException)
        {
            // The server cut the upload off (Kestrel past MaxRequestBodySize): refused, no 5xx.
            return null;
        }

        using var answered = response;
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var where = $"{route.Key} with {hostile.Label}: {status}";
        if (status >= 500)
        {
            return $"{where} (server error) {text[..Math.Min(text.Length, 300)]}";
        }

        if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{where} without a problem document ({response.Content.Headers.ContentType})";
        }

        if (hostile.Expected is { } expected && status != expected)
        {
            return $"{where}, expected {expected}: {text[..Math.Min(text.Length, 300)]}";
        }

        if (status == 400)
        {
            var paths = ErrorPaths(text);
            if (paths.Count == 0 || paths.Any(string.IsNullOrEmpty))
            {
                return $"{where} without the invalid fields: {text[..Math.Min(text.Length, 300)]}";
            }

            var named = hostile.Field is not { } field
                || paths.Any(p => p!.Contains(field, StringComparison.OrdinalIgnoreCase))
                || (hostile.Expected is null && sampleErrors.Count > 0 && sampleErrors.SetEquals(paths!));
            if (!named)
            {
                return $"{where} names {string.Join(", ", paths)}, not {hostile.Field}";
            }
        }

        return null;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_HostileInput_NeverAnswers5xxAndRefusesWithProblemsNamingTheField(string key)
    {
        var route = RouteTable.Find(key)!;
        var client = ClientFor(route);
        var sampleErrors = await SampleErrorsAsync(client, route);
        IEnumerable<HostileCase> cases = [.. PathCases(route), .. QueryCases(route)];
        if (route.Method == "POST")
        {
            cases = cases.Concat(BodyCases(route));
        }

        var failures = new List<string>();
        var count = 0;
        foreach (var hostile in cases)
        {
            count++;
            if (await JudgeAsync(client, route, hostile, sampleErrors) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(count > 0, "no hostile case for " + key);
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} hostile requests were mishandled:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    // ---------- mutated feed bodies (the readers' own FsCheck properties cover far more in-process) ----------

    private static IEnumerable<byte[]> Mutations(byte[] valid, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var body = (byte[])valid.Clone();
            switch (i % 5)
            {
                case 0:
                    body = body[..random.Next(body.Length)];
                    break;
                case 1:
                    for (var k = 0; k < 1 + random.Next(8); k++)
                    {
                        body[random.Next(body.Length)] = (byte)random.Next(256);
                    }

                    break;
                case 2:
                    var cut = random.Next(body.Length);
                    body = [.. body[..cut], .. body[random.Next(cut, body.Length)..], .. body[..random.Next(body.Length)]];
                    break;
                case 3:
                    body = new byte[random.Next(1, 2048)];
                    random.NextBytes(body);
                    break;
                default:
                    var text = Encoding.UTF8.GetString(body);
                    text = text.Replace("\"", random.Next(2) == 0 ? "'" : "", StringComparison.Ordinal).Replace(":", random.Next(2) == 0 ? "::" : ":[", StringComparison.Ordinal);
                    body = Encoding.UTF8.GetBytes(text);
                    break;
            }

            yield return body;
        }
    }

    [Fact]
    public async Task Screenings_MutatedJson_NeverAnswers5xx()
    {
        var valid = JsonSerializer.SerializeToUtf8Bytes(new { records = new ScreeningRecord[] { Records.Traveller("h1"), Records.WorkPermit("h2") } }, ScreeningJson.Options);

        foreach (var body in Mutations(valid, seed: 11, count: 120))
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _host.Client.PostAsync("/api/screenings", content);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for body {Convert.ToBase64String(body)}");
        }
    }

    [Fact]
    public async Task Paxlst_MutatedInterchange_NeverAnswers5xx()
    {
        var valid = Encoding.UTF8.GetBytes(new PaxlstWriter().Write([Records.Traveller("p1"), Records.Traveller("p2")], new PaxlstWriteOptions()));

        foreach (var body in Mutations(valid, seed: 12, count: 120))
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
            using var response = await _host.Client.PostAsync("/api/feeds/paxlst?sourceSystem=FUZZ", content);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for body {Convert.ToBase64String(body)}");
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }
    }

    [Fact]
    public async Task Pnrgov_MutatedInterchange_NeverAnswers5xx()
    {
        var valid = Encoding.UTF8.GetBytes(new PnrgovWriter().Write([Records.Traveller("p1"), Records.Traveller("p2")]));

        foreach (var body in Mutations(valid, seed: 13, count: 120))
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/edifact");
            using var response = await _host.Client.PostAsync("/api/feeds/pnrgov?sourceSystem=FUZZ", content);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for body {Convert.ToBase64String(body)}");
        }
    }

    // A body whose length HttpClient cannot ask for, so it is sent chunked.
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
