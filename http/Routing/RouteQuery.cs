using BorderScreening.Domain.Common;

namespace BorderScreening.Http.Routing;

/// <summary>
/// A query parameter a route reads, declared in its <see cref="RouteDefinition"/>: the OpenAPI
/// document lists it, and the hostile-input suite throws bad values of its kind at it (each must be a
/// 400 problem naming the parameter). The API class still reads and checks it (<c>QueryValues</c>).
/// </summary>
public sealed record RouteQuery
{
    /// <summary>The parameter's name.</summary>
    public required string Name { get; init; }

    /// <summary>What it holds.</summary>
    public required QueryValueKind Kind { get; init; }

    /// <summary>What it does, for the OpenAPI document.</summary>
    public required string Description { get; init; }

    /// <summary>Whether the route refuses a request without it.</summary>
    public bool Required { get; init; }

    /// <summary>The accepted values of a <see cref="QueryValueKind.Choice"/>.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The smallest accepted <see cref="QueryValueKind.Integer"/>.</summary>
    public int? Minimum { get; init; }

    /// <summary>The largest accepted <see cref="QueryValueKind.Integer"/>.</summary>
    public int? Maximum { get; init; }

    /// <summary>The longest accepted <see cref="QueryValueKind.Text"/>.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Free text of at most <paramref name="maxLength"/> characters.</summary>
    public static RouteQuery Text(string name, string description, int maxLength, bool required = false) =>
        new() { Name = name, Kind = QueryValueKind.Text, Description = description, MaxLength = maxLength, Required = required };

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static RouteQuery Integer(string name, string description, int minimum, int maximum) =>
        new() { Name = name, Kind = QueryValueKind.Integer, Description = description, Minimum = minimum, Maximum = maximum };

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static RouteQuery Boolean(string name, string description) =>
        new() { Name = name, Kind = QueryValueKind.Boolean, Description = description };

    /// <summary>A day (<c>yyyy-MM-dd</c>).</summary>
    public static RouteQuery Date(string name, string description, bool required = false) =>
        new() { Name = name, Kind = QueryValueKind.Date, Description = description, Required = required };

    /// <summary>An ISO 8601 date and time.</summary>
    public static RouteQuery DateTime(string name, string description) =>
        new() { Name = name, Kind = QueryValueKind.DateTime, Description = description };

    /// <summary>A jurisdiction code.</summary>
    public static RouteQuery Jurisdiction(string name, string description) =>
        new() { Name = name, Kind = QueryValueKind.Jurisdiction, Description = description };

    /// <summary>One of the names of <typeparamref name="TEnum"/>.</summary>
    public static RouteQuery Choice<TEnum>(string name, string description)
        where TEnum : struct, Enum => Choice(name, description, [.. EnumNames.All<TEnum>()]);

    /// <summary>One of <paramref name="values"/>.</summary>
    public static RouteQuery Choice(string name, string description, params string[] values) =>
        new() { Name = name, Kind = QueryValueKind.Choice, Description = description, Values = values };
}
