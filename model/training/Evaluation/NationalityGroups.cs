namespace BorderScreening.Model.Training.Evaluation;

/// <summary>
/// Coarse nationality groups for the disparate-impact audit only (never a feature). The one table
/// lives in core (<see cref="BorderScreening.Domain.Auditing.NationalityGroups"/>) so evaluation and
/// monitoring group people the same way.
/// </summary>
public static class NationalityGroups
{
    /// <summary>The group of an ISO 3166-1 alpha-3 nationality code.</summary>
    public static string Of(string? nationality) => BorderScreening.Domain.Auditing.NationalityGroups.Of(nationality);
}
