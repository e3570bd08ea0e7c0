using Azure.Data.Tables;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Snoozes;

/// <summary>How a snooze is kept in its table: one row per snooze, partitioned by jurisdiction.</summary>
internal static class SnoozeRows
{
    public static TableEntity ToEntity(Snooze s) => new(s.Jurisdiction.ToCode(), s.Id)
    {
        ["IndicatorId"] = s.IndicatorId,
        ["EntityType"] = s.EntityType.ToString(),
        ["EntityHash"] = s.EntityHash,
        ["Reason"] = s.Reason,
        ["CreatedAt"] = s.CreatedAt,
        ["ExpiresAt"] = s.ExpiresAt,
        ["CreatedBy"] = s.CreatedBy,
        ["CaseId"] = s.CaseId,
    };

    public static Snooze FromEntity(TableEntity e) => new(
        e.RowKey,
        JurisdictionCodes.TryParse(e.PartitionKey, out var j) ? j : default,
        e.GetString("IndicatorId") ?? "",
        Enum.TryParse<NetworkEntityType>(e.GetString("EntityType"), out var t) ? t : default,
        e.GetString("EntityHash") ?? "",
        e.GetString("Reason") ?? "",
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("ExpiresAt") ?? default,
        e.GetString("CreatedBy") ?? "",
        e.GetString("CaseId") ?? "");
}
