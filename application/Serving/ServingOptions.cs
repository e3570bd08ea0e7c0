namespace BorderScreening.Application.Serving;

/// <summary>How often an instance checks the stored catalogue and model versions from the screening path (section "Serving").</summary>
public sealed class ServingOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Serving";

    /// <summary>At most one check per this interval and instance; promotions reach every instance within it.</summary>
    public TimeSpan FollowInterval { get; set; } = TimeSpan.FromSeconds(30);
}
