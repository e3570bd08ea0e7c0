using Azure.Messaging.ServiceBus;
using BorderScreening.Adapters.ServiceBus;
using BorderScreening.Application.Cases;
using BorderScreening.Application.HitQueues;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Risk;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Tests.ServiceBus;

public class ServiceBusHitQueueMappingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static HitRouting Hit(DateTimeOffset deadline) => new()
    {
        CaseId = "cw-abc",
        AssessmentId = "cw-abc",
        Jurisdiction = Jurisdiction.BQ_SE,
        Priority = 1,
        Deadline = deadline,
        Score = 0.9,
        Band = RiskBand.High,
    };

    [Fact]
    public void ToServiceBusMessage_SetsIdTtlAndRoutingProperties()
    {
        var message = ServiceBusHitQueue.ToServiceBusMessage(Hit(Now.AddHours(3)), Now);

        Assert.Equal("cw-abc", message.MessageId);
        Assert.Equal(TimeSpan.FromHours(3), message.TimeToLive);
        Assert.Equal("BQ-SE", message.ApplicationProperties["jurisdiction"]);
        Assert.Equal(1, message.ApplicationProperties["priority"]);
        Assert.Equal("application/json", message.ContentType);
    }

    [Fact]
    public void ToServiceBusMessage_DeadlinePassed_KeepsAMinuteSoItDeadLettersVisibly()
    {
        var message = ServiceBusHitQueue.ToServiceBusMessage(Hit(Now.AddMinutes(-5)), Now);

        Assert.Equal(TimeSpan.FromMinutes(1), message.TimeToLive);
    }

    [Fact]
    public void FromServiceBusMessage_RoundTripsTheHitAndDeliveryCount()
    {
        var sent = ServiceBusHitQueue.ToServiceBusMessage(Hit(Now.AddHours(3)), Now);
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(body: sent.Body, messageId: sent.MessageId, deliveryCount: 3);

        var hit = ServiceBusHitQueue.FromServiceBusMessage(received);

        Assert.Equal("cw-abc", hit.Message!.CaseId);
        Assert.Equal(Jurisdiction.BQ_SE, hit.Message.Jurisdiction);
        Assert.Equal(3, hit.DeliveryCount);
        Assert.Equal(IntakeDecision.Accept, IntakeRules.Decide(hit, Now, maxDeliveryCount: 5));
    }

    [Fact]
    public void Decide_UnreadableBody_IsPoison()
    {
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(body: BinaryData.FromString("not json"), messageId: "x", deliveryCount: 1);

        Assert.Equal(IntakeDecision.Poison, IntakeRules.Decide(ServiceBusHitQueue.FromServiceBusMessage(received), Now, 5));
    }

    [Fact]
    public void Decide_DeliveredTooOften_IsPoison()
    {
        var sent = ServiceBusHitQueue.ToServiceBusMessage(Hit(Now.AddHours(3)), Now);
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(body: sent.Body, messageId: sent.MessageId, deliveryCount: 6);

        Assert.Equal(IntakeDecision.Poison, IntakeRules.Decide(ServiceBusHitQueue.FromServiceBusMessage(received), Now, 5));
    }

    [Fact]
    public void Decide_DeadlinePassed_IsExpired()
    {
        var sent = ServiceBusHitQueue.ToServiceBusMessage(Hit(Now.AddHours(1)), Now);
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(body: sent.Body, messageId: sent.MessageId, deliveryCount: 1);

        Assert.Equal(IntakeDecision.Expired, IntakeRules.Decide(ServiceBusHitQueue.FromServiceBusMessage(received), Now.AddHours(2), 5));
    }

    [Fact]
    public void ToServiceBusMessage_ConfiguredMinimumTimeToLive_IsTheFloor()
    {
        var message = ServiceBusHitQueue.ToServiceBusMessage(Hit(Now.AddSeconds(-5)), Now, TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), message.TimeToLive);
    }

    [Theory]
    [InlineData("TTLExpiredException", "expired-in-queue")]
    [InlineData("MaxDeliveryCountExceeded", "delivery-count")]
    [InlineData("deadline passed", "expired-in-queue")]
    public void FromDeadLetteredMessage_CarriesTheBrokersReason(string reason, string code)
    {
        var sent = ServiceBusHitQueue.ToServiceBusMessage(Hit(Now.AddHours(1)), Now);
        var received = ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: sent.Body, messageId: sent.MessageId, deliveryCount: 10,
            properties: new Dictionary<string, object> { ["DeadLetterReason"] = reason });

        var dead = ServiceBusHitQueue.FromDeadLetteredMessage(received);

        Assert.Equal(reason, dead.Reason);
        Assert.Equal("cw-abc", dead.Hit.Message!.CaseId);
        Assert.Equal(code, MissedReason.FromDeadLetter(dead.Reason).Code);
    }

    [Fact]
    public async Task DeadLetterReceiver_ReadsTheDeadLetterSubQueueOfTheJurisdictionsQueue_WithPeekLock()
    {
        // No namespace is reached: creating a receiver opens no connection, so its wiring can be read.
        await using var client = new ServiceBusClient("Endpoint=sb://screening-test.servicebus.windows.net/;SharedAccessKeyName=test;SharedAccessKey=dGVzdA==");
        await using var queue = new ServiceBusHitQueue(client, Options.Create(new HitQueueOptions()), TimeProvider.System);

        var receiver = queue.DeadLetterReceiver(Jurisdiction.BQ_SE);

        Assert.Equal("hits-bq-se/$DeadLetterQueue", receiver.EntityPath);
        Assert.Equal(ServiceBusReceiveMode.PeekLock, receiver.ReceiveMode);
        Assert.Same(receiver, queue.DeadLetterReceiver(Jurisdiction.BQ_SE));
        Assert.NotEqual(receiver.EntityPath, queue.DeadLetterReceiver(Jurisdiction.CW).EntityPath);
    }
}
