using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Review.Agreement;

/// <summary>
/// The supervisors' report on automation bias in one jurisdiction: per reviewer and month, how
/// often the own assessment, the score and the final outcome agree (docs/review-api.md#agreement).
/// </summary>
/// <param name="Jurisdiction">The jurisdiction.</param>
/// <param name="From">First instant of the period.</param>
/// <param name="To">End of the period (exclusive).</param>
/// <param name="Rows">Per reviewer and month, then per reviewer over the period ("all" month), then the jurisdiction ("all" reviewer).</param>
public sealed record AgreementReport(Jurisdiction Jurisdiction, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<AgreementRow> Rows);
