using BorderScreening.Application.Cases;

namespace BorderScreening.Application.Tests.Cases;

public class MissedReasonTests
{
    [Theory]
    [InlineData("TTLExpiredException", "expired-in-queue")]
    [InlineData("deadline passed", "expired-in-queue")]
    [InlineData("MaxDeliveryCountExceeded", "delivery-count")]
    [InlineData("delivered too often", "delivery-count")]
    [InlineData("Some broker reason", "dead-lettered")]
    [InlineData(null, "dead-lettered")]
    public void FromDeadLetter_GroupsTheQueuesReasonIntoACause(string? reason, string code)
    {
        Assert.Equal(code, MissedReason.FromDeadLetter(reason).Code);
    }

    [Fact]
    public void FromDeadLetter_UnknownReason_IsNamedInTheTextButBounded()
    {
        var text = MissedReason.FromDeadLetter("SessionLockLost" + new string('x', 500)).Text;

        Assert.Contains("SessionLockLost", text, StringComparison.Ordinal);
        Assert.True(text.Length < 200, text);
    }

    [Fact]
    public void Codes_AreFewAndTagSafe()
    {
        // The code is a telemetry tag: a small fixed set, never free text from a queue.
        var reasons = new[]
        {
            MissedReason.ExpiredBeforeIntake, MissedReason.ExpiredUnseen, MissedReason.NeverPublished, MissedReason.DeliveredTooOften,
            MissedReason.FromDeadLetter("anything at all"), MissedReason.FromDeadLetter("TTLExpiredException"),
        };

        Assert.Equal(["dead-lettered", "delivery-count", "expired-in-queue", "never-published"], reasons.Select(r => r.Code).Distinct().Order(StringComparer.Ordinal));
    }
}
