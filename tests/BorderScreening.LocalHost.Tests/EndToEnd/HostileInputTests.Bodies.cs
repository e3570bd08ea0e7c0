using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BorderScreening.Application.CheckPlanning;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Observations;
using BorderScreening.Application.Security;
using BorderScreening.Application.Watchlists;
using BorderScreening.Domain.Records;
using BorderScreening.Http.Api;
using BorderScreening.Http.Routing;
using BorderScreening.Http.Screening;
using BorderScreening.TestSupport;


namespace BorderScreening.LocalHost.Tests.EndToEnd;

/// <summary>The hostile suite's bodies: a valid sample of each route's request type and the mutations made from it.</summary>
public sealed partial class HostileInputTests
{
    private sealed record Mutation(string Label, byte[] Body, string Field, int? Expected);

    private static JsonNode SampleNode(RouteDefinition route) =>
        route.Request!.Type == typeof(ScreeningBatchRequest)
            ? JsonSerializer.SerializeToNode(new { records = new ScreeningRecord[] { Records.Traveller("hostile-1"), Records.WorkPermit("hostile-2") } }, ScreeningJson.Options)!
            : route.Request.Type == typeof(WatchlistEntryRequest)
                // Free-text fields with formats of their own (entry id, kind, days): a valid entry.
                ? JsonSerializer.SerializeToNode(new WatchlistEntryRequest { EntryId = "hostile-1", Kind = "person", GivenNames = "Hostile", Name = "Suite", BirthDate = "1990", Reason = "hostile suite", Source = "hostile suite", ValidFrom = "2026-12-01", ValidTo = "2027-06-01" }, ScreeningJson.Options)!
                : route.Request.Type == typeof(ObservationRequest)
                    ? JsonSerializer.SerializeToNode(new ObservationRequest([ObservationCodes.Fearful], "hostile suite"), ScreeningJson.Options)!
                    : route.Request.Type == typeof(InspectionFindingRequest)
                        // An inspection day is in the past, and a pseudonym has no spaces.
                        ? JsonSerializer.SerializeToNode(new InspectionFindingRequest(NetworkEntityType.Employer, "HOSTILE1", InspectionFindingCode.NoIndication, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1), "hostile suite"), ScreeningJson.Options)!
                        : SampleOf(route.Request.Type);

    private static byte[] Sample(RouteDefinition route) => Encoding.UTF8.GetBytes(SampleNode(route).ToJsonString());

    // A valid-looking instance of a command body, from its properties: text, 1, the first name of an enumeration, a list of one.
    private static JsonObject SampleOf(Type type)
    {
        var sample = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            sample[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = SampleValue(property.Name, property.PropertyType);
        }

        return sample;
    }

    private static JsonNode? SampleValue(string name, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(DateOnly))
        {
            // Tomorrow (UTC): a day any route that takes one (capacity) accepts.
            return DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (plain.IsEnum)
        {
            return Enum.GetNames(plain)[0];
        }

        if (plain == typeof(int))
        {
            return 1;
        }

        if (plain == typeof(bool))
        {
            return true;
        }

        if (plain == typeof(double) || plain == typeof(decimal))
        {
            // Inside every range a route takes one in (a watchlist threshold is 0.5 to 1).
            return 0.9;
        }

        if (plain != typeof(string) && plain.IsAssignableTo(typeof(System.Collections.IEnumerable)))
        {
            return new JsonArray("HOSTILE");
        }

        return name == "To" ? "shadow" : "hostile suite";
    }

    // The CLR property a JSON property of `type` binds to (records: by the "kind" discriminator).
    private static PropertyInfo? PropertyOf(Type type, string name, JsonNode? owner)
    {
        if (type == typeof(ScreeningRecord) || type.IsAbstract)
        {
            type = owner?["kind"]?.GetValue<string>() == "workPermit" ? typeof(WorkPermitRecord) : typeof(TravellerRecord);
        }

        return type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType ? type.GetGenericArguments()[0]
        : null;

    // Every leaf of the sample (and every list), with the CLR type it binds to and the field the API names it by.
    private static IEnumerable<(string Path, string Field, Type? Type)> Leaves(JsonNode node, Type? type, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    var property = type is null ? null : PropertyOf(type, name, obj);
                    if (property is { CanWrite: false })
                    {
                        // Written for readers (a record's "auditAttributes"), never read: whatever it holds is ignored.
                        continue;
                    }

                    var childType = property?.PropertyType;
                    var childPath = path.Length == 0 ? name : path + "." + name;
                    if (child is JsonObject or JsonArray)
                    {
                        foreach (var leaf in Leaves(child, childType, childPath))
                        {
                            yield return leaf;
                        }

                        if (child is JsonArray)
                        {
                            yield return (childPath, name, childType);
                        }
                    }
                    else
                    {
                        yield return (childPath, name, childType);
                    }
                }

                break;
            case JsonArray array:
                var elementType = type is null ? null : ElementType(type);
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject or JsonArray)
                    {
                        foreach (var leaf in Leaves(array[i]!, elementType, $"{path}[{i}]"))
                        {
                            yield return leaf;
                        }
                    }
                    else
                    {
                        var field = path[(path.LastIndexOf('.') + 1)..];
                        yield return ($"{path}[{i}]", field, elementType);
                    }
                }

                break;
        }
    }

    private static IEnumerable<Mutation> Mutations(RouteDefinition route)
    {
        var rootType = route.Request!.Type;
        foreach (var (path, field, type) in Leaves(SampleNode(route), rootType, "").ToList())
        {
            var plain = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
            var values = new List<(string Label, JsonNode? Value, int? Expected)>();
            var isList = plain is not null && plain != typeof(string) && plain.IsAssignableTo(typeof(System.Collections.IEnumerable));
            if (isList)
            {
                // A huge array within the limit of the route, and wrong types for the list itself.
                values.Add(("2000 elements", new JsonArray([.. Enumerable.Range(0, 2000).Select(i => (JsonNode?)JsonValue.Create("X" + i.ToString(CultureInfo.InvariantCulture)))]), null));
                values.Add(("a string instead of a list", "HOSTILE", 400));
                values.Add(("a number instead of a list", 12345, 400));
            }
            else
            {
                values.Add(("a number", 12345, plain == typeof(int) || plain == typeof(decimal) || plain == typeof(double) ? null : 400));
                values.Add(("an object", new JsonObject { ["x"] = 1 }, 400));
                values.Add(("an array", new JsonArray(1, 2), 400));
                values.Add(("true", true, plain == typeof(bool) ? null : 400));
                values.Add(("null", null, null));
                values.Add(("10000 characters", new string('x', 10_000), plain == typeof(string) || plain is null ? null : 400));
                values.Add(("a number beyond Int64", JsonNode.Parse("1e400"), plain == typeof(double) ? null : 400));
            }

            if (plain is { IsEnum: true })
            {
                var names = Enum.GetNames(plain);
                values.Add(("an unknown name", "NotAValue12345", 400));
                values.Add(("a number in a string", "12345", 400));
                values.Add(("-1 in a string", "-1", 400));
                values.Add(("two names", names.Length > 1 ? $"{names[0]}, {names[1]}" : $"{names[0]}, {names[0]}", 400));
                if (plain != typeof(Jurisdiction))
                {
                    // Jurisdiction codes are trimmed on purpose ("cw ", "bq_bo" are CW and BQ-BO).
                    values.Add(("a name with spaces", " " + names[0] + " ", 400));
                }
            }

            if (plain == typeof(Jurisdiction))
            {
                values.Add(("an unknown jurisdiction", "XX", 400));
            }

            if (plain == typeof(DateOnly))
            {
                values.Add(("9999-12-31", "9999-12-31", null));
                values.Add(("0001-01-01", "0001-01-01", null));
                values.Add(("2026-02-30", "2026-02-30", 400));
                values.Add(("-1 as a date", "-1", 400));
            }

            if (plain == typeof(DateTimeOffset))
            {
                values.Add(("9999-12-31T23:59:59+00:00", "9999-12-31T23:59:59+00:00", null));
                values.Add(("0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00+00:00", null));
                values.Add(("2026-02-30T10:00:00Z", "2026-02-30T10:00:00Z", 400));
                values.Add(("-1 as a date and time", "-1", 400));
            }

            if (plain == typeof(int))
            {
                values.Add(("-1", -1, null));
                values.Add(("int.MaxValue", int.MaxValue, null));
                values.Add(("int.MinValue", int.MinValue, null));
                values.Add(("2^31", 2147483648L, 400));
                values.Add(("1.5", 1.5, 400));
            }

            if (plain == typeof(decimal))
            {
                values.Add(("-1", -1, null));
                values.Add(("1e28", JsonNode.Parse("79228162514264337593543950335"), null));
            }

            foreach (var (label, value, expected) in values)
            {
                var root = SampleNode(route);
                var (parent, key) = Find(root, path);
                switch (parent)
                {
                    case JsonObject obj:
                        obj[(string)key] = value?.DeepClone();
                        break;
                    case JsonArray array:
                        array[(int)key] = value?.DeepClone();
                        break;
                }

                yield return new Mutation($"{path} = {label}", Encoding.UTF8.GetBytes(root.ToJsonString()), field, expected);
            }
        }
    }

    // The parent and key of the node at a path like "records[0].legs[0].scheduledDeparture".
    private static (JsonNode Parent, object Key) Find(JsonNode root, string path)
    {
        JsonNode current = root;
        var segments = PathSegment().Matches(path).Select(m => m.Value).ToList();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            object key = segment.StartsWith('[') ? int.Parse(segment[1..^1], CultureInfo.InvariantCulture) : segment;
            if (i == segments.Count - 1)
            {
                return (current, key);
            }

            current = key is int index ? current[index]! : current[(string)key]!;
        }

        throw new InvalidOperationException("Empty path.");
    }

    [GeneratedRegex(@"[^.\[\]]+|\[\d+\]")]
    private static partial Regex PathSegment();
}
