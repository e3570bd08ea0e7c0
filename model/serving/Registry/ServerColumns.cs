using Azure.Data.Tables;

namespace BorderScreening.Model.Serving.Registry;

/// <summary>
/// The server evaluation's columns on a model's registry row, beside the card's figures (which keep
/// their old column names, so rows written before server gates read back unchanged).
/// </summary>
internal static class ServerColumns
{
    /// <summary>Writes (or overwrites) the columns.</summary>
    public static void Write(TableEntity e, ServerEvaluation s)
    {
        var f = s.Figures;
        e["ServerAuprc"] = f.Auprc;
        e["ServerRocAuc"] = f.RocAuc;
        e["ServerRulesAuprc"] = f.RulesAuprc;
        e["ServerActiveAuprc"] = f.ActiveModelAuprc;
        e["ServerRecallAtCapacity"] = f.RecallAtCapacity;
        e["ServerActiveRecallAtCapacity"] = f.ActiveModelRecallAtCapacity;
        e["ServerRulesRecallAtCapacity"] = s.RulesRecallAtCapacity;
        e["ServerFairnessFlags"] = f.FairnessFlags;
        e["EvaluationSetId"] = s.EvaluationSetId;
        e["EvaluationSetHash"] = s.EvaluationSetHash;
        e["EvaluationSetKind"] = s.EvaluationSetKind;
        e["EvaluationRows"] = s.Rows;
        e["EvaluationPositives"] = s.Positives;
        e["EvaluatedAgainst"] = s.ActiveVersion;
        e["EvaluatedAt"] = s.EvaluatedAt;
        e["CardMismatch"] = s.CardMismatch;
    }

    /// <summary>The stored evaluation, or null for a row never evaluated by the server.</summary>
    public static ServerEvaluation? Read(TableEntity e)
    {
        if (e.GetString("EvaluationSetId") is not { Length: > 0 } setId)
        {
            return null;
        }

        var figures = new RegistrationFigures(
            e.GetDouble("ServerAuprc") ?? double.NaN, e.GetDouble("ServerRocAuc") ?? double.NaN, e.GetDouble("ServerRulesAuprc") ?? double.NaN,
            e.GetDouble("ServerActiveAuprc"), e.GetString("ServerFairnessFlags") ?? "", e.GetDouble("ServerRecallAtCapacity"), e.GetDouble("ServerActiveRecallAtCapacity"));
        return new ServerEvaluation(
            figures, setId, e.GetString("EvaluationSetHash") ?? "", e.GetString("EvaluationSetKind") ?? "",
            e.GetInt32("EvaluationRows") ?? 0, e.GetInt32("EvaluationPositives") ?? 0, e.GetString("EvaluatedAgainst"),
            e.GetDouble("ServerRulesRecallAtCapacity"), e.GetDateTimeOffset("EvaluatedAt") ?? default, e.GetString("CardMismatch") ?? "");
    }
}
