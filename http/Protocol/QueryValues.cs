using System.Globalization;
using BorderScreening.Application.Feeds;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;
using Microsoft.AspNetCore.Http;

namespace BorderScreening.Http.Protocol;

/// <summary>
/// Reads a request's query parameters strictly and collects one <see cref="FieldError"/> per bad
/// parameter, named after it: given twice, not of its kind, out of its range. An empty value counts as
/// absent. Every route reads its query through this type, so the rules are the same everywhere (and
/// the route table's <c>RouteQuery</c> declarations describe them).
/// </summary>
internal sealed class QueryValues(HttpRequest request)
{
    private readonly List<FieldError> _errors = [];

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<FieldError> Errors => _errors;

    /// <summary>Records an error of a parameter (for checks that involve several).</summary>
    public void Add(string name, string message) => _errors.Add(new FieldError(name, message));

    /// <summary>The 400 problem listing the errors, or null when there are none.</summary>
    public IResult? Problem(string detail) => _errors.Count > 0 ? Problems.Validation(_errors, detail) : null;

    /// <summary>The one value of a parameter; null when absent or empty, or (with an error) when given twice.</summary>
    public string? Single(string name, bool required = false)
    {
        if (!request.Query.TryGetValue(name, out var values) || values.Count == 0)
        {
            return Missing(name, required);
        }

        // "?status=Open&status=Decided" would otherwise arrive as "Open,Decided".
        if (values.Count > 1)
        {
            Add(name, "must be given once");
            return null;
        }

        return string.IsNullOrEmpty(values[0]) ? Missing(name, required) : values[0];
    }

    /// <summary>Free text of at most <paramref name="maxLength"/> characters, without control characters.</summary>
    public string? Text(string name, int maxLength, bool required = false)
    {
        var text = Single(name, required);
        if (text is not null && (text.Length > maxLength || text.Any(char.IsControl)))
        {
            Add(name, $"must be at most {maxLength} printable characters");
            return null;
        }

        return text;
    }

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public int? Integer(string name, int minimum, int maximum)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        Add(name, $"must be a whole number from {minimum} to {maximum}");
        return null;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool? Boolean(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Add(name, "must be true or false");
        return null;
    }

    /// <summary>A day as <c>yyyy-MM-dd</c> inside <see cref="ApiDates"/>' window.</summary>
    public DateOnly? Date(string name, bool required = false)
    {
        var text = Single(name, required);
        if (text is null)
        {
            return null;
        }

        if (ApiDates.TryParseDay(text, out var day))
        {
            return day;
        }

        Add(name, $"must be a date as yyyy-MM-dd {ApiDates.Window}");
        return null;
    }

    /// <summary>An ISO 8601 date and time inside <see cref="ApiDates"/>' window.</summary>
    public DateTimeOffset? Instant(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (ApiDates.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        Add(name, $"must be an ISO 8601 date and time {ApiDates.Window}");
        return null;
    }

    /// <summary>A jurisdiction code.</summary>
    public Jurisdiction? Jurisdiction(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (JurisdictionCodes.TryParse(text, out var jurisdiction))
        {
            return jurisdiction;
        }

        Add(name, $"must be one of {string.Join(", ", JurisdictionCodes.All.Select(j => j.ToCode()))}");
        return null;
    }

    /// <summary>One of the names of <typeparamref name="TEnum"/> (never a number).</summary>
    public TEnum? Choice<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (EnumNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        Add(name, $"must be one of {EnumNames.Listed<TEnum>()}");
        return null;
    }

    /// <summary>One of <paramref name="values"/>, exactly.</summary>
    public string? Choice(string name, params string[] values)
    {
        var text = Single(name);
        if (text is null || values.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        Add(name, $"must be one of {string.Join(", ", values)}");
        return null;
    }

    private string? Missing(string name, bool required)
    {
        if (required)
        {
            Add(name, "is required");
        }

        return null;
    }
}
