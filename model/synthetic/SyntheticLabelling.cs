namespace BorderScreening.Model.Synthetic;

/// <summary>
/// Puts the drafts in screening-time order, gives each the rolling network counts it would have
/// seen, and draws the label review would have recorded: some true cases never reviewed or missed,
/// a few ordinary records wrongly confirmed.
/// </summary>
internal static class SyntheticLabelling
{
    public static IReadOnlyList<GeneratedExample> Label(IReadOnlyList<DraftExample> drafts, SyntheticRandom rng, SyntheticOptions options)
    {
        var ordered = drafts.OrderBy(d => d.ScreenedAt).ThenBy(d => d.Sequence).ToList();
        var counter = new RollingNetworkCounter();
        var examples = new List<GeneratedExample>(ordered.Count);
        foreach (var draft in ordered)
        {
            var counts = counter.Add(draft.Record, draft.ScreenedAt);
            var isTrue = draft.Scenario.IsTrafficking();
            var r = rng.Next();
            bool? observed = isTrue
                ? r < options.UnlabelledFraction ? null : r < options.UnlabelledFraction + options.MissedByReviewFraction ? false : true
                : r < options.FalseLabelRate ? true : r < options.FalseLabelRate + options.ReviewedNegativeRate ? false : null;
            examples.Add(new GeneratedExample
            {
                Record = draft.Record,
                TrueLabel = isTrue,
                ObservedLabel = observed,
                Typology = draft.Scenario.TypologyOf(),
                Scenario = draft.Scenario,
                ScreenedAt = draft.ScreenedAt,
                Counts = counts,
            });
        }

        return examples;
    }
}
