namespace BorderScreening.Domain.Scoring;

/// <summary>The model in service. Implementations are thread-safe and may be swapped at run time.</summary>
public interface IRiskModel
{
    /// <summary>Version of the active model.</summary>
    string Version { get; }

    /// <summary>Scores one record.</summary>
    ModelOutput Predict(ScreeningContext context);

    /// <summary>Scores one record and explains it with the top feature contributions.</summary>
    ModelOutput PredictWithContributions(ScreeningContext context, int top = 8);
}
