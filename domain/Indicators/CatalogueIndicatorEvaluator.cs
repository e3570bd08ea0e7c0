using BorderScreening.Domain.Indicators.Conditions;
using BorderScreening.Domain.Scoring;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// Evaluates the catalogue in service on a record. Pure and thread-safe: it reads one snapshot of
/// the catalogue per record and touches no shared mutable state.
/// </summary>
public sealed class CatalogueIndicatorEvaluator : IIndicatorEvaluator
{
    private readonly IndicatorCatalogueHolder _holder;

    /// <summary>Evaluates whatever catalogue the holder has in service.</summary>
    public CatalogueIndicatorEvaluator(IndicatorCatalogueHolder holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        _holder = holder;
    }

    /// <summary>Evaluates a fixed catalogue (backtests, tests).</summary>
    public CatalogueIndicatorEvaluator(IndicatorCatalogue catalogue)
        : this(new IndicatorCatalogueHolder(catalogue))
    {
    }

    /// <inheritdoc />
    public string CatalogueVersion => _holder.Current.Version;

    /// <inheritdoc />
    public IndicatorOutcome Evaluate(ScreeningContext context) => Evaluate(_holder.Current, context);

    /// <summary>Evaluates the given catalogue on a record.</summary>
    public static IndicatorOutcome Evaluate(IndicatorCatalogue catalogue, ScreeningContext context)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(context);

        var input = new EvaluationInput(context, DateOnly.FromDateTime(context.EventAt.UtcDateTime), catalogue.MinimumWages);
        var sums = new double[TypologyScoring.TypologyCount];
        List<FiredIndicator>? fired = null;
        List<FiredIndicator>? shadow = null;
        List<NotEvaluatedIndicator>? notEvaluated = null;

        foreach (var indicator in catalogue.PlanFor(context.Record.Kind, context.Record.Jurisdiction))
        {
            string? reason = null;
            switch (indicator.Condition.Evaluate(in input, ref reason))
            {
                case Truth.True:
                    var hit = Fire(indicator, in input);
                    if (indicator.Status == IndicatorStatus.Shadow)
                    {
                        (shadow ??= []).Add(hit);
                    }
                    else
                    {
                        (fired ??= []).Add(hit);
                        sums[(int)indicator.Typology] += indicator.Weight;
                    }

                    break;
                case Truth.Unknown:
                    (notEvaluated ??= []).Add(new NotEvaluatedIndicator(indicator.Id, "not evaluated: " + (reason ?? "inputs missing")));
                    break;
            }
        }

        var (typologyScores, rulesScore) = TypologyScoring.FromSums(sums, catalogue.Scale);
        return new IndicatorOutcome
        {
            CatalogueVersion = catalogue.Version,
            Fired = (IReadOnlyList<FiredIndicator>?)fired ?? [],
            ShadowFired = (IReadOnlyList<FiredIndicator>?)shadow ?? [],
            NotEvaluated = (IReadOnlyList<NotEvaluatedIndicator>?)notEvaluated ?? [],
            TypologyScores = typologyScores,
            RulesScore = rulesScore,
        };
    }

    private static FiredIndicator Fire(IndicatorDefinition indicator, in EvaluationInput input)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        indicator.Condition.CollectValues(in input, values);
        return new FiredIndicator
        {
            Id = indicator.Id,
            Typology = indicator.Typology,
            Weight = indicator.Weight,
            Strength = indicator.StrengthName,
            ForcesReview = indicator.ForcesReview,
            Shadow = indicator.Status == IndicatorStatus.Shadow,
            TitleEn = indicator.Title.RenderEn(values),
            TitleNl = indicator.Title.RenderNl(values),
            ExplanationEn = indicator.Explanation.RenderEn(values),
            ExplanationNl = indicator.Explanation.RenderNl(values),
            Source = indicator.Source,
            Values = values,
        };
    }
}
