using BorderScreening.Adapters.ServiceBus;
using BorderScreening.Application.Signals;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Tests.Signals;

public class SignalRenderingTests
{
    private static readonly ThemeSignal Signal = new()
    {
        SignalId = "sig-cw-abcdefghijklmnopqrstuvwx",
        Jurisdiction = Jurisdiction.CW,
        Destination = SignalDestination.LabourInspection,
        DecidedAt = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero),
        CaseReference = "cw-abcdefghijklmnopqrstuvwx",
        DecidedByRole = "Review.CW",
        Person = new SignalPerson { Surname = "O'BRIEN <script>alert(1)</script>", BirthDate = new DateOnly(1999, 1, 2) },
        Circumstances = new SignalCircumstances { RecordKind = "workPermit", ApplicationId = "WP-9" },
        Parties = [new SignalParty("employer", "Sunset & Sons", "KVK-1")],
        Typologies = [Typology.LabourExploitation],
        Indicators = [new SignalIndicator("WP-FEES", Typology.LabourExploitation, "Recruitment fees", "Worker paid 1500 in fees", "ILO")],
    };

    [Fact]
    public void Html_HoldsTheSignalsFieldsEscapedAndNoScript()
    {
        var html = SignalHtml.Render(Signal);

        Assert.Contains("sig-cw-abcdefghijklmnopqrstuvwx", html, StringComparison.Ordinal);
        Assert.Contains("referral to labour inspection", html, StringComparison.Ordinal);
        Assert.Contains("1999-01-02", html, StringComparison.Ordinal);
        Assert.Contains("Sunset &amp; Sons (KVK-1)", html, StringComparison.Ordinal);
        Assert.Contains("Worker paid 1500 in fees", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(0, "sig-cw-abcdefghijklmnopqrstuvwx")]
    [InlineData(2, "sig-cw-abcdefghijklmnopqrstuvwx.r2")]
    public void ServiceBusMessage_FirstSendUsesTheSignalIdReSendsAreNotDroppedAsDuplicates(int resend, string messageId)
    {
        var message = ServiceBusHitQueue.ToServiceBusMessage(Signal, resend);

        Assert.Equal(messageId, message.MessageId);
        Assert.Equal(Signal.SignalId, message.ApplicationProperties["signalId"]);
        Assert.Equal("LabourInspection", message.ApplicationProperties["destination"]);
        Assert.Equal(ThemeSignal.FormatName, message.Subject);
        Assert.Equal("sig-cw-abcdefghijklmnopqrstuvwx", System.Text.Json.JsonDocument.Parse(message.Body.ToString()).RootElement.GetProperty("signalId").GetString());
    }
}
