namespace BorderScreening.Http.Security;

/// <summary>HTTP hardening settings (section "Security").</summary>
public sealed class SecurityOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Security";

    /// <summary>Origins allowed to call the API from a browser (CORS); none by default. In Azure, CORS is set on the Function App.</summary>
    public IList<string> AllowedOrigins { get; set; } = [];

    /// <summary>Requests per minute per caller on feed routes before 429.</summary>
    public int FeedRequestsPerMinute { get; set; } = 600;
}
