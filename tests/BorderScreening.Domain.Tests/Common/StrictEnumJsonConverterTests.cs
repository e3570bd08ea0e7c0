using System.Text.Json;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Tests.Common;

public sealed class StrictEnumJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private sealed record Holder(Direction? Direction);

    [Theory]
    [InlineData("""{"direction":1}""")]
    [InlineData("""{"direction":12345}""")]
    [InlineData("""{"direction":"1"}""")]
    [InlineData("""{"direction":"-1"}""")]
    [InlineData("""{"direction":"Arrival, Departure"}""")]
    [InlineData("""{"direction":"Arrival,Departure"}""")]
    [InlineData("""{"direction":" Arrival"}""")]
    [InlineData("""{"direction":"Landing"}""")]
    [InlineData("""{"direction":""}""")]
    [InlineData("""{"direction":true}""")]
    public void Read_AnythingButOneDeclaredName_IsRefusedListingTheNames(string json)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(json, Options));

        Assert.Equal("must be one of Arrival or Departure", error.Message);
        Assert.Equal("$.direction", error.Path);
    }

    [Theory]
    [InlineData("Arrival", Direction.Arrival)]
    [InlineData("departure", Direction.Departure)]
    public void Read_DeclaredNameInAnyCase_IsRead(string name, Direction expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<Holder>($$"""{"direction":"{{name}}"}""", Options)!.Direction);

    [Fact]
    public void Read_Null_IsNullForANullableEnumeration() =>
        Assert.Null(JsonSerializer.Deserialize<Holder>("""{"direction":null}""", Options)!.Direction);

    [Fact]
    public void Write_DeclaredValue_IsItsName() =>
        Assert.Equal("""{"direction":"Departure"}""", JsonSerializer.Serialize(new Holder(Direction.Departure), Options));

    [Fact]
    public void DictionaryKeys_RoundTripByName()
    {
        var scores = new Dictionary<Typology, int> { [Typology.ChildTrafficking] = 1 };

        var json = JsonSerializer.Serialize(scores, Options);

        Assert.Equal("""{"ChildTrafficking":1}""", json);
        Assert.Equal(scores, JsonSerializer.Deserialize<Dictionary<Typology, int>>(json, Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<Typology, int>>("""{"99":1}""", Options));
    }

    [Fact]
    public void EnumNames_TryParse_RefusesWhatEnumTryParseAccepts()
    {
        // The reason for the helper: the framework reads all of these as a value.
        Assert.True(Enum.TryParse<Direction>("12345", out _));
        Assert.True(Enum.TryParse<Direction>("Arrival, Departure", out _));

        Assert.False(EnumNames.TryParse<Direction>("12345", out _));
        Assert.False(EnumNames.TryParse<Direction>("Arrival, Departure", out _));
        Assert.False(EnumNames.TryParse<Direction>(null, out _));
        Assert.True(EnumNames.TryParse<Direction>("ARRIVAL", out var value));
        Assert.Equal(Direction.Arrival, value);
    }
}
