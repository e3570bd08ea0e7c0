using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Retention;

/// <summary>
/// The retention job's view of the drop folders (<c>Drops/IDropStore</c> is the screening side's;
/// the two are apart so the retention feature does not depend on screening). Implemented by the same
/// adapter.
/// </summary>
public interface IDropRetentionStore
{
    /// <summary>
    /// Retention of one drop folder: deletes every file whose result was written before
    /// <paramref name="filesAnsweredBefore"/> (the result stays, so the file is not screened again),
    /// then every result written before <paramref name="resultsWrittenBefore"/> whose file is gone.
    /// Files without a result are never deleted — nobody screened their records — but those that
    /// arrived before <paramref name="filesAnsweredBefore"/> are counted, so a stuck file is reported.
    /// </summary>
    Task<DropCleanup> CleanUpAsync(Jurisdiction jurisdiction, DateTimeOffset filesAnsweredBefore, DateTimeOffset resultsWrittenBefore, CancellationToken cancellationToken);
}

/// <summary>What one clean-up of a drop folder did.</summary>
/// <param name="FilesDeleted">Screened files deleted.</param>
/// <param name="ResultsDeleted">Result files deleted.</param>
/// <param name="Unanswered">Files without a result older than the files' period (kept, reported).</param>
public sealed record DropCleanup(int FilesDeleted, int ResultsDeleted, int Unanswered);
