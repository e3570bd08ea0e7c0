using BorderScreening.Application.Feeds;

namespace BorderScreening.Application.Screening.Bookings;

/// <summary>A batch after PNR matching, and the earlier travellers its PNRs send back to screening.</summary>
/// <param name="Batch">The batch, listed travellers enriched where a PNR matched.</param>
/// <param name="Rescreen">Listed travellers of earlier batches, enriched by a PNR of this one.</param>
public sealed record EnrichedBatch(ParsedBatch Batch, IReadOnlyList<Rescreen> Rescreen)
{
    /// <summary>
    /// By record index in <see cref="Batch"/>: the assessment id of the matched counterpart (the PNR
    /// passenger of a listed traveller, or the earlier listed traveller of a PNR passenger), so the
    /// network counts see one trip once.
    /// </summary>
    public IReadOnlyDictionary<int, string> CountsAs { get; init; } = new Dictionary<int, string>();

    /// <summary>
    /// Screens the <see cref="Rescreen"/> travellers again, each under its original sender (so the
    /// result is its assessment's next version), and notes on each PNR record that sent one back what
    /// became of it. They were accepted from that sender before, so no binding is checked again.
    /// </summary>
    public async Task<BatchResult> RescreenAsync(
        BatchResult answer,
        Func<ParsedBatch, FeedSource, CancellationToken, Task<BatchResult>> screen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(screen);
        if (Rescreen.Count == 0)
        {
            return answer;
        }

        var records = answer.Records.ToArray();
        foreach (var group in Rescreen.GroupBy(r => r.Sender))
        {
            var items = group.ToList();
            var result = await screen(new ParsedBatch(items.Select(r => r.Record).ToList(), []), new FeedSource(group.Key, null, null), cancellationToken);
            for (var i = 0; i < items.Count && i < result.Records.Count; i++)
            {
                var cause = items[i].CausedBy;
                var r = result.Records[i];
                records[cause] = records[cause] with
                {
                    Warnings = [.. records[cause].Warnings, $"a passenger-list traveller matched this PNR passenger and was screened again: {r.Status} {r.AssessmentId}"],
                };
            }
        }

        return answer with { Records = records };
    }
}
