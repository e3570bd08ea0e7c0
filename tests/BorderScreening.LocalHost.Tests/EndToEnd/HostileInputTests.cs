using System.Net;
using System.Text;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;
using BorderScreening.TestSupport;

namespace BorderScreening.LocalHost.Tests.EndToEnd;

/// <summary>
/// Mutated and random bodies through the real HTTP API: whatever arrives, the answer is never a 5xx.
/// Seeded and bounded (a few hundred requests to 127.0.0.1); the readers' own FsCheck properties
/// cover far more inputs in-process.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private LocalHostServer _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostServer.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

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
            content.Headers.ContentType = new("application/json");
            var response = await _host.Client.PostAsync("/api/screenings", content);
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
            content.Headers.ContentType = new("application/edifact");
            var response = await _host.Client.PostAsync("/api/feeds/paxlst?sourceSystem=FUZZ", content);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for body {Convert.ToBase64String(body)}");
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        }
    }
}
