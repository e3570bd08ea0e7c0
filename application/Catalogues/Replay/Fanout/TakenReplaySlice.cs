namespace BorderScreening.Application.Catalogues.Replay.Fanout;

/// <summary>A slice taken from the queue, with what the queue needs to remove it.</summary>
/// <param name="Message">The slice.</param>
/// <param name="MessageId">The queue's message id.</param>
/// <param name="Receipt">The receipt of this take.</param>
/// <param name="Attempt">How often the message has been taken, this take included.</param>
public sealed record TakenReplaySlice(ReplaySliceMessage Message, string MessageId, string Receipt, long Attempt);
