using System.Globalization;
using System.Text;
using BorderScreening.Domain.Indicators.Conditions;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// Renders a catalogue as Markdown (docs/indicators.md): an overview table, the scoring formula,
/// the operators and fields conditions may use, the minimum-wage table and a section per indicator.
/// The committed document is checked against this output by a test.
/// </summary>
internal static class CatalogueDocument
{
    /// <summary>The operators with a one-line description each, in documentation order.</summary>
    public static IReadOnlyList<(string Operator, string Form, string Meaning)> OperatorDescriptions { get; } =
    [
        ("eq, ne", "{\"op\":\"eq\",\"field\":F,\"value\":V}", "field equals / differs from V (text compares case-insensitively)"),
        ("lt, le, gt, ge", "{\"op\":\"gt\",\"field\":F,\"value\":N}", "number or date comparison"),
        ("in, notIn", "{\"op\":\"in\",\"field\":F,\"values\":[...]}", "text or choice field is / is not one of the values"),
        ("between", "{\"op\":\"between\",\"field\":F,\"min\":A,\"max\":B}", "number or date within [A, B]"),
        ("present, absent", "{\"op\":\"present\",\"field\":F}", "the record has / lacks a value; never unknown; produces a value only when named with \"as\""),
        ("ageYears", "{\"op\":\"ageYears\",\"field\":\"birthDate\",\"cmp\":\"lt\",\"value\":18}", "whole years from the date to the screening date; value {age}"),
        ("daysBetween", "{\"op\":\"daysBetween\",\"from\":F1,\"to\":F2,\"cmp\":\"le\",\"value\":3}", "days from F1 to F2; value {days}"),
        ("networkCount", "{\"op\":\"networkCount\",\"entity\":E,\"windowDays\":30,\"min\":5}", "records in the window (7, 30 or 90 days) naming the same entity, this one included; values {count}, {window}; false when the record names no such entity"),
        ("wageBelowMinimum", "{\"op\":\"wageBelowMinimum\"}", "offered hourly wage below the statutory minimum of the record's jurisdiction on the record's own date for the worker's age (youth rates where the law has them; table below), times an optional factor; unknown where no amount is recorded for the date or age; values {wage}, {minimumWage}, {currency}, {minimumWageSource}, {minimumWageFrom}, {minimumWageAge}"),
        ("hasObservation", "{\"op\":\"hasObservation\",\"codes\":[...]}", "a border officer recorded one of the codes; value {observation}"),
        ("all, any", "{\"op\":\"all\",\"conditions\":[...]}", "and / or over sub-conditions (three-valued: a false child makes all false, a true child makes any true)"),
        ("not", "{\"op\":\"not\",\"condition\":C}", "negation; produces no values"),
    ];

    /// <summary>Renders the catalogue.</summary>
    public static string Render(IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var md = new StringBuilder();
        var indicators = catalogue.Indicators;

        Line(md, $"# Trafficking indicators — catalogue {catalogue.Version}");
        Line(md);
        Line(md, "> Generated from `domain/Indicators/Catalogue/catalogue.json` by `CatalogueDocument`. Do not edit by hand:");
        Line(md, "> change the catalogue and run the indicator tests with `UPDATE_DOCS=1` to regenerate.");
        Line(md);
        Line(md, "Indicators describe circumstances and behaviour — who paid, who sponsors, how many others share a sponsor,");
        Line(md, "recruitment fees, job conditions, what a border officer observed — drawn from published indicator lists.");
        Line(md, "No condition may read nationality, ethnicity, race, religion, sex, gender, country of birth, the audit");
        Line(md, "attributes, the document's issuing state or anything derived from them (DESIGN §5). Every hit is reviewed by a person.");
        Line(md);
        Line(md, Invariant($"{indicators.Count} indicators: {Count(indicators, IndicatorStatus.Active)} active, {Count(indicators, IndicatorStatus.Shadow)} shadow, {Count(indicators, IndicatorStatus.Retired)} retired;")
            + Invariant($" {indicators.Count(i => i.AppliesTo == RecordKind.Traveller)} for travellers, {indicators.Count(i => i.AppliesTo == RecordKind.WorkPermit)} for work permits;")
            + Invariant($" {indicators.Count(i => i.IsExonerating)} exonerating, {indicators.Count(i => i.ForcesReview)} forcing review."));
        Line(md);

        Line(md, "## Overview");
        Line(md);
        Line(md, "| Id | Title | Applies to | Typology | Strength | Weight | Forces review | Status |");
        Line(md, "| --- | --- | --- | --- | --- | ---: | --- | --- |");
        foreach (var i in indicators)
        {
            Line(md, $"| [{i.Id}](#{Anchor(i.Id)}) | {Cell(i.Title.En)} | {AppliesTo(i.AppliesTo)} | {i.Typology} | {i.StrengthName} | {Weight(i.Weight)} | {(i.ForcesReview ? "yes" : "no")} | {Status(i.Status)} |");
        }

        Line(md);
        Line(md, "## Scoring");
        Line(md);
        Line(md, "Each indicator that applies to the record's kind and is not retired is evaluated to *fired*, *not fired* or");
        Line(md, "*not evaluated* (an input it needs is missing — missing inputs never count as not fired). Only fired **active**");
        Line(md, "indicators count; **shadow** indicators are recorded in `ShadowFired` and never change a score; **retired** ones");
        Line(md, "are not evaluated.");
        Line(md);
        Line(md, "For each typology *t*, with *W_t* the sum of the weights of the fired active indicators of that typology");
        Line(md, "(exonerating indicators have negative weights and subtract within their own typology):");
        Line(md);
        Line(md, "    s_t = 1 − exp(−max(0, W_t) / k)");
        Line(md, "    rules score = 1 − Π_t (1 − s_t)");
        Line(md);
        Line(md, Invariant($"with k = {catalogue.Scale} from the catalogue. Both lie in [0, 1) and never decrease when a positive weight grows or"));
        Line(md, "another positive indicator fires (tested as a property). An indicator with *forces review* sets `ForcesReview` on its");
        Line(md, "fired entry and makes the record a hit whatever the score; it may not have a negative weight.");
        Line(md);
        Line(md, "| W_t | 0.5 | 1 | 2 | 3 | 4 | 6 |");
        Line(md, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Line(md, "| s_t | " + string.Join(" | ", new[] { 0.5, 1, 2, 3, 4, 6 }.Select(w => TypologyScoring.TypologyScore(w, catalogue.Scale).ToString("0.00", CultureInfo.InvariantCulture))) + " |");
        Line(md);

        Line(md, "## Condition operators");
        Line(md);
        Line(md, "Conditions use a closed set of operators over typed fields from an explicit registry (no reflection, no expressions");
        Line(md, "compiled from strings). A catalogue that uses anything else is rejected when it loads. Leaf operators take an optional");
        Line(md, "`\"as\"` to name their value for the templates (default: the field name, or the name given below).");
        Line(md);
        Line(md, "| Operator | Form | Meaning |");
        Line(md, "| --- | --- | --- |");
        foreach (var (op, form, meaning) in OperatorDescriptions)
        {
            Line(md, $"| {op} | `{form}` | {Cell(meaning)} |");
        }

        Line(md);
        foreach (var kind in new[] { RecordKind.Traveller, RecordKind.WorkPermit })
        {
            Line(md, $"### Fields for {AppliesTo(kind)} records");
            Line(md);
            Line(md, "| Field | Type | Meaning |");
            Line(md, "| --- | --- | --- |");
            foreach (var field in IndicatorFieldRegistry.For(kind).Values.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var allowed = field.AllowedValues.Count > 0 ? " (" + string.Join(", ", field.AllowedValues) + ")" : "";
                Line(md, $"| `{field.Name}` | {field.Type} | {Cell(field.Description + allowed)} |");
            }

            Line(md);
            Line(md, $"Network entities: {string.Join(", ", IndicatorFieldRegistry.EntitiesFor(kind).Order())}.");
            Line(md);
        }

        Line(md, "### Checks when a catalogue loads");
        Line(md);
        Line(md, "A catalogue is validated completely before it is used or swapped in; every problem is reported with the");
        Line(md, "indicator id and the JSON path, and an invalid candidate is rejected whole. It is rejected when it:");
        Line(md, "references an unknown field, a field of the other record kind or a protected attribute; uses an unknown");
        Line(md, "operator, typology, strength, status, entity, window or observation code, or a literal of the wrong type;");
        Line(md, Invariant($"has a weight that is not a finite number, is 0, exceeds ±{IndicatorCatalogueLoader.MaxAbsoluteWeight}, or is negative on an indicator that forces review;"));
        Line(md, "duplicates an id; misses a title or explanation, or its Dutch or English text; uses a placeholder the condition");
        Line(md, "does not produce (for `any`, only names every branch produces count); has a review date that is not yyyy-MM-dd;");
        Line(md, "lacks a source or owner; or lacks a minimum wage for a jurisdiction. A review date in the past is a warning.");
        Line(md);
        Line(md, "### Protected attributes");
        Line(md);
        Line(md, "No accessor exists for these; a catalogue naming one is rejected with an error naming the indicator and field:");
        Line(md, string.Join(", ", ProtectedFieldNames.Listed) + ".");
        Line(md);

        Line(md, "## Statutory minimum wages");
        Line(md);
        Line(md, "A record is judged by the amount in force on its own date (a permit's application date). Below the adult age");
        Line(md, "the youth rate for the worker's age applies; where the law as recorded sets none for that age, the indicator is");
        Line(md, "not evaluated rather than judged by the adult amount.");
        Line(md);
        Line(md, "| Jurisdiction | Per hour | Currency | From | To | Adult from | Youth rates | Source |");
        Line(md, "| --- | ---: | --- | --- | --- | ---: | --- | --- |");
        foreach (var wage in catalogue.MinimumWages.All)
        {
            var youth = wage.YouthRates.Count == 0 ? "none recorded"
                : string.Join(", ", wage.YouthRates.Select(y => Invariant($"{y.FromAge}: {y.Share * 100:0.#}%")));
            Line(md, Invariant($"| {wage.Jurisdiction.ToCode()} | {FieldValue.FormatNumber(wage.Hourly)} | {wage.Currency} | {Date(wage.EffectiveFrom)} | {(wage.EffectiveTo is { } to ? Date(to) : "—")} | {wage.AdultAge} | {youth} | {Cell(wage.Source)} |"));
        }

        Line(md);
        Line(md, "## Indicators");
        foreach (var i in indicators)
        {
            Line(md);
            Line(md, $"### {i.Id}");
            Line(md);
            Line(md, $"**{i.Title.En}** — *{i.Title.Nl}*");
            Line(md);
            Line(md, "| | |");
            Line(md, "| --- | --- |");
            Line(md, $"| Applies to | {AppliesTo(i.AppliesTo)} |");
            Line(md, $"| Jurisdictions | {(i.Jurisdictions is null ? "all" : string.Join(", ", i.Jurisdictions.Order().Select(j => j.ToCode())))} |");
            Line(md, $"| Typology | {i.Typology} |");
            Line(md, $"| Strength | {i.StrengthName} |");
            Line(md, $"| Weight | {Weight(i.Weight)}{(i.IsExonerating ? " (exonerating)" : "")} |");
            Line(md, $"| Forces review | {(i.ForcesReview ? "yes" : "no")} |");
            Line(md, $"| Status | {Status(i.Status)} |");
            Line(md, $"| Source | {Cell(i.Source)} |");
            Line(md, $"| Owner | {Cell(i.Owner)} |");
            Line(md, $"| Review by | {Date(i.ReviewBy)} |");
            Line(md, $"| Condition | `{i.ConditionText}` |");
            Line(md);
            Line(md, $"- Explanation (en): {i.Explanation.En}");
            Line(md, $"- Toelichting (nl): {i.Explanation.Nl}");
            if (!string.IsNullOrWhiteSpace(i.Notes))
            {
                Line(md, $"- Notes: {i.Notes}");
            }
        }

        return md.ToString();
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    private static int Count(IReadOnlyList<IndicatorDefinition> indicators, IndicatorStatus status) => indicators.Count(i => i.Status == status);

    private static string AppliesTo(RecordKind kind) => kind == RecordKind.Traveller ? "traveller" : "work permit";

    private static string Status(IndicatorStatus status) => status.ToString().ToLowerInvariant();

    private static string Weight(double weight) => weight.ToString("+0.##;-0.##", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Anchor(string id) => id.ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
