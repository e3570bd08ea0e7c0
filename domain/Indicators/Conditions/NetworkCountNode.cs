using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Domain.Indicators.Conditions;

/// <summary>
/// True when at least <c>min</c> records in the window name the same entity as this record.
/// A record that names no such entity cannot share it: false. A record that names one but has no
/// count (counting unavailable) is unknown.
/// </summary>
internal sealed class NetworkCountNode : ConditionNode
{
    private readonly NetworkEntityType _entity;
    private readonly int _windowDays;
    private readonly int _min;
    private readonly string _countName;
    private readonly string _windowName;
    private readonly string _window;
    private readonly string _unavailable;

    public NetworkCountNode(NetworkEntityType entity, int windowDays, int min, string countName)
    {
        _entity = entity;
        _windowDays = windowDays;
        _min = min;
        _countName = countName;
        _windowName = countName == "count" ? "window" : countName + "Window";
        _window = windowDays.ToString(CultureInfo.InvariantCulture);
        _unavailable = $"no network counts for {entity}";
        Produces = new HashSet<string>(StringComparer.Ordinal) { _countName, _windowName };
    }

    public override IReadOnlySet<string> Produces { get; }

    public override Truth Evaluate(in EvaluationInput input, ref string? reason)
    {
        if (input.Context.Counts.Get(_entity, _windowDays) is { } count)
        {
            return count >= _min ? Truth.True : Truth.False;
        }

        if (IndicatorFieldRegistry.NamesEntity(input.Record, input.Context.Pseudonyms, _entity))
        {
            reason = _unavailable;
            return Truth.Unknown;
        }

        return Truth.False;
    }

    public override void CollectValues(in EvaluationInput input, Dictionary<string, string> values)
    {
        if (input.Context.Counts.Get(_entity, _windowDays) is { } count)
        {
            values[_countName] = count.ToString(CultureInfo.InvariantCulture);
            values[_windowName] = _window;
        }
    }

    public override string Describe() => $"networkCount({_entity}, {_windowDays} days) ≥ {_min}";
}
