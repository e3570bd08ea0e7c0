namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>Where a fanned-out replay stands: its job, how many slices are done, and the report once all are.</summary>
/// <param name="Job">The job.</param>
/// <param name="SlicesDone">Slices with a stored result.</param>
/// <param name="Report">The combined report, when every slice is done.</param>
public sealed record ReplayJobStatus(ReplayJob Job, int SlicesDone, ReplayReport? Report)
{
    /// <summary>"running" or "done".</summary>
    public string State => Report is null ? "running" : "done";
}
