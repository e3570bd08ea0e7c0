using BorderScreening.Application.Cases;
namespace BorderScreening.Application.HitQueues;

/// <summary>A hit taken from a queue, to be settled explicitly.</summary>
/// <param name="Message">The hit, or null when the body could not be read (poison).</param>
/// <param name="DeliveryCount">How often it has been delivered.</param>
/// <param name="Receipt">Transport handle needed to settle it.</param>
/// <param name="RawBody">Body as received, for poison handling.</param>
public sealed record ReceivedHit(HitRouting? Message, int DeliveryCount, object Receipt, string RawBody);
