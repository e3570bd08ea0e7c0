namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// One example of a frozen evaluation set: what the record was scored with then (features, rules-only
/// score), its label and design weight, and its audit groups (audit-only: read by the fairness
/// ratios, never by a model or a rule). No id, name, document number or exact time.
/// </summary>
/// <param name="Jurisdiction">Jurisdiction code ("AW").</param>
/// <param name="Day">The day it was screened (UTC): capacity is applied per jurisdiction-day.</param>
/// <param name="Features">Model features in <see cref="Features.FeatureSchema"/> order.</param>
/// <param name="RulesScore">The rules-only score it had.</param>
/// <param name="Label">Referral confirmed (stored labels) or ground truth (synthetic holdout).</param>
/// <param name="Weight">Design weight: 1 / inclusion probability for a random check, else 1.</param>
/// <param name="RandomCheck">Whether the label comes from the random review sample.</param>
/// <param name="NationalityGroup">Coarse nationality group (audit-only).</param>
/// <param name="Sex">Sex as recorded, or "unknown" (audit-only).</param>
public sealed record EvaluationRow(string Jurisdiction, DateOnly Day, float[] Features, double RulesScore, bool Label, double Weight, bool RandomCheck, string NationalityGroup, string Sex);
