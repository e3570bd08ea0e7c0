namespace BorderScreening.Domain.Records;

/// <summary>A person's names as on the travel document.</summary>
public sealed record PersonName
{
    /// <summary>Surname(s).</summary>
    public string Surname { get; init; } = "";

    /// <summary>Given names, space separated.</summary>
    public string? GivenNames { get; init; }
}
