namespace BorderScreening.Application.Assessments;

/// <summary>Reads the point-in-time scoring facts stored beside an assessment (<see cref="MonitoringFacts"/>).</summary>
public interface IScoringFactsReader
{
    /// <summary>The facts of one assessment; null when the id is unknown or malformed.</summary>
    Task<ScoringFacts?> GetAsync(string assessmentId, CancellationToken cancellationToken);
}
