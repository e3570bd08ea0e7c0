using BorderScreening.Application.Cases;
using BorderScreening.Application.Screening;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Review;

/// <summary>
/// Other cases of the jurisdiction that name the same entities (same keyed hash), found through the
/// network counts' sightings; only sightings that became cases are listed.
/// </summary>
public sealed class LinkedCaseFinder(IWorklistStore worklist, INetworkCounter network)
{
    /// <summary>Cases linked to <paramref name="caseId"/> through any of its entities, newest first.</summary>
    public async Task<IReadOnlyList<LinkedCase>> FindAsync(Jurisdiction jurisdiction, string caseId, IReadOnlyDictionary<NetworkEntityType, string> entities, CancellationToken cancellationToken)
    {
        var linked = new List<LinkedCase>();
        foreach (var (type, hash) in entities)
        {
            var ids = new List<string>();
            await foreach (var id in network.RecordIdsAsync(jurisdiction, type, hash, 51, cancellationToken))
            {
                if (id != caseId && ids.Count < 50)
                {
                    ids.Add(id);
                }
            }

            foreach (var id in ids)
            {
                // Only sightings that became cases are linked cases; the rest were not hits.
                if (await worklist.GetAsync(jurisdiction, id, cancellationToken) is { } other)
                {
                    linked.Add(new LinkedCase(other.CaseId, type.ToString(), other.Status, other.Outcome, other.ReceivedAt));
                }
            }
        }

        return linked.OrderByDescending(l => l.ReceivedAt).ToList();
    }
}
