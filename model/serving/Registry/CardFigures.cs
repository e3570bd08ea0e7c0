using System.Globalization;

namespace BorderScreening.Model.Serving.Registry;

/// <summary>
/// Compares the figures an uploaded model card claims with the server's own on its frozen set. The
/// card's holdout is not the server's set, so small differences are normal: beyond the flag tolerance
/// a difference is shown; a candidate figure above the server's by more than the refuse tolerance is
/// an inflated card and registration is refused (gate <see cref="PromotionGates.CardFiguresGate"/>).
/// </summary>
public static class CardFigures
{
    /// <summary>The differences beyond <paramref name="flagTolerance"/>, in words ("" when none).</summary>
    public static string Mismatch(RegistrationFigures card, RegistrationFigures server, double flagTolerance)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(server);
        var notes = new List<string>();
        void Compare(string name, double? claimed, double? computed)
        {
            if (claimed is { } c && computed is { } s && double.IsFinite(c) && double.IsFinite(s) && Math.Abs(c - s) > flagTolerance)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: card {c:F3}, server {s:F3}"));
            }
        }

        Compare("AUPRC", card.Auprc, server.Auprc);
        Compare("rules-only AUPRC", card.RulesAuprc, server.RulesAuprc);
        Compare("recall at capacity", card.RecallAtCapacity, server.RecallAtCapacity);
        if (!string.Equals(card.FairnessFlags, server.FairnessFlags, StringComparison.Ordinal))
        {
            notes.Add($"fairness flags: card \"{card.FairnessFlags}\", server \"{server.FairnessFlags}\"");
        }

        return string.Join("; ", notes);
    }

    /// <summary>Throws when the card's candidate AUPRC or recall at capacity exceeds the server's by more than <paramref name="refuseTolerance"/>.</summary>
    public static void ThrowIfInflated(string version, RegistrationFigures card, ServerEvaluation server, double refuseTolerance)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(server);
        void Check(string name, double? claimed, double? computed)
        {
            if (claimed is { } c && computed is { } s && double.IsFinite(c) && double.IsFinite(s) && c - s > refuseTolerance)
            {
                throw new PromotionGateException(PromotionGates.CardFiguresGate, string.Create(CultureInfo.InvariantCulture,
                    $"The card of {version} claims {name} {c:F3}; the server computed {s:F3} on evaluation set {server.EvaluationSetId} ({server.EvaluationSetKind}, {server.Rows} rows, {server.Positives} positives), more than {refuseTolerance:F2} lower."));
            }
        }

        Check("AUPRC", card.Auprc, server.Figures.Auprc);
        Check("recall at capacity", card.RecallAtCapacity, server.Figures.RecallAtCapacity);
    }
}
