namespace BorderScreening.Model.Training.Runs;

/// <summary>The training data cannot be used (no labels, no positives, feature schema mismatch); the message says why.</summary>
public sealed class TrainingDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrainingDataException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TrainingDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public TrainingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
