namespace BorderScreening.Http.Routing;

/// <summary>What a query parameter of a route holds (see <see cref="RouteQuery"/>).</summary>
public enum QueryValueKind
{
    /// <summary>Free text up to <see cref="RouteQuery.MaxLength"/> characters.</summary>
    Text,

    /// <summary>A whole number from <see cref="RouteQuery.Minimum"/> to <see cref="RouteQuery.Maximum"/>.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A day as <c>yyyy-MM-dd</c>, within the dates the API accepts.</summary>
    Date,

    /// <summary>An ISO 8601 date and time (UTC when no offset is given), within the dates the API accepts.</summary>
    DateTime,

    /// <summary>A jurisdiction code (AW, CW, SX, BQ-BO, BQ-SE, BQ-SA).</summary>
    Jurisdiction,

    /// <summary>One of <see cref="RouteQuery.Values"/>.</summary>
    Choice,
}
