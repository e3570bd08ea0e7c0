namespace BorderScreening.Application.HitQueues;

/// <summary>What the intake does with a delivered hit.</summary>
public enum IntakeDecision
{
    /// <summary>Put it in the worklist and complete the message.</summary>
    Accept,
    /// <summary>Its deadline passed before it reached the worklist: record a missed review.</summary>
    Expired,
    /// <summary>The body cannot be read, or it failed too often: dead-letter it and record it.</summary>
    Poison,
}

/// <summary>The settlement rules, kept pure so both adapters are tested against them.</summary>
public static class IntakeRules
{
    /// <summary>Decides what to do with one delivered hit.</summary>
    public static IntakeDecision Decide(ReceivedHit hit, DateTimeOffset now, int maxDeliveryCount) =>
        hit.Message is null || string.IsNullOrEmpty(hit.Message.CaseId) || hit.DeliveryCount > maxDeliveryCount ? IntakeDecision.Poison
        : hit.Message.Deadline <= now ? IntakeDecision.Expired
        : IntakeDecision.Accept;
}
