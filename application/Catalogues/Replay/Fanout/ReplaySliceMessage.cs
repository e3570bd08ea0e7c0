using System.Text.Json;
using BorderScreening.Application.Feeds.Json;

namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>The queue message of one slice: which job, which slice. Nothing else travels on the queue.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Slice">The slice, from 0.</param>
public sealed record ReplaySliceMessage(string JobId, int Slice)
{
    /// <summary>The message as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ScreeningJson.Options);

    /// <summary>A message from its JSON; <see cref="InvalidDataException"/> when it is none.</summary>
    public static ReplaySliceMessage Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReplaySliceMessage>(json, ScreeningJson.Options) is { JobId: not null } message
                ? message
                : throw new InvalidDataException("A replay slice message without a job.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("A replay slice message that is not JSON.", ex);
        }
    }
}
