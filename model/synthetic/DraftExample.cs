using BorderScreening.Domain.Records;

namespace BorderScreening.Model.Synthetic;

/// <summary>A generated record before ordering, counting and labelling; the sequence breaks ties in time.</summary>
internal sealed record DraftExample(ScreeningRecord Record, DateTimeOffset ScreenedAt, ScenarioKind Scenario, int Sequence);
