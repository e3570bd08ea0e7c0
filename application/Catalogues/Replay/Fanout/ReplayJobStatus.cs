namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>Where a fanned-out replay stands: its job, how many slices are done, and the report once all are.</summary>
/// <param name="Job">The job.</param>
/// <param name="SlicesDone">Slices with a stored result.</param>
/// <param name="Report">The combined report, when every slice is done.</param>
/// <param name="SlicesFailed">Slices that failed every allowed run: the job cannot finish without them.</param>
public sealed record ReplayJobStatus(ReplayJob Job, int SlicesDone, ReplayReport? Report, IReadOnlyList<int> SlicesFailed)
{
    /// <summary>"done", "failed" (some slice failed for good; start the job again once the cause is fixed) or "running".</summary>
    public string State => Report is not null ? "done" : SlicesFailed.Count > 0 ? "failed" : "running";
}
