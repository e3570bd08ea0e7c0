using System.Globalization;
using System.Text.Json;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// True when the record matched an entry of a list with the given purpose (and typology, and
/// "may make a case alone" setting, where given). The best such match fills the explanation: list,
/// entry, what matched, the match quality and which tokens matched. A record screened without lists
/// (backtests) matches none: false.
/// </summary>
internal sealed class WatchlistNode(WatchlistPurpose purpose, string? typology, bool? createsCase) : ConditionNode
{
    public override IReadOnlySet<string> Produces { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "list", "listId", "entry", "entryKind", "matchedOn", "score", "matched",
    };

    /// <summary>Compiles <c>{"op": "watchlist", "purpose": …, "typology": …, "createsCase": …}</c>; null and the problem when invalid.</summary>
    public static WatchlistNode? Compile(JsonElement element, out (string Property, string Message) problem)
    {
        problem = default;
        if (!element.TryGetProperty("purpose", out var p) || p.ValueKind != JsonValueKind.String || !EnumNames.TryParse<WatchlistPurpose>(p.GetString(), out var purpose))
        {
            problem = ("purpose", "watchlist needs a \"purpose\": entitiesOfInterest or missingChildren");
            return null;
        }

        string? typology = null;
        if (element.TryGetProperty("typology", out var t))
        {
            if (t.ValueKind != JsonValueKind.String || !EnumNames.TryParse<Typology>(t.GetString(), out var parsed))
            {
                problem = ("typology", $"typology must be one of {EnumNames.Listed<Typology>()}");
                return null;
            }

            typology = parsed.ToString();
        }

        bool? createsCase = null;
        if (element.TryGetProperty("createsCase", out var c))
        {
            if (c.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problem = ("createsCase", "createsCase must be true or false");
                return null;
            }

            createsCase = c.GetBoolean();
        }

        return new WatchlistNode(purpose, typology, createsCase);
    }

    public override Truth Evaluate(in EvaluationInput input, ref string? reason) =>
        Best(input.Context.Watchlist) is null ? Truth.False : Truth.True;

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        if (Best(input.Context.Watchlist) is { } match)
        {
            values["list"] = match.List.Name;
            values["listId"] = match.List.ListId;
            values["entry"] = match.EntryId;
            values["entryKind"] = match.Kind.ToString();
            values["matchedOn"] = match.MatchedOn;
            values["score"] = match.Score.ToString("0.00", CultureInfo.InvariantCulture);
            values["matched"] = match.Explanation;
        }
    }

    public override string Describe() =>
        $"watchlist({purpose}{(typology is null ? "" : ", " + typology)}{(createsCase is null ? "" : createsCase.Value ? ", may make a case alone" : ", adds to the score only")})";

    private WatchlistMatch? Best(WatchlistMatches? matches)
    {
        if (matches is null)
        {
            return null;
        }

        foreach (var match in matches.All)
        {
            if (match.List.Purpose == purpose
                && (typology is null || string.Equals(match.List.Typology, typology, StringComparison.Ordinal))
                && (createsCase is null || match.CreatesCase == createsCase))
            {
                return match;
            }
        }

        return null;
    }
}
