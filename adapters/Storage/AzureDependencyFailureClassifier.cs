using Azure;
using Azure.Messaging.ServiceBus;
using BorderScreening.Application.Dependencies;

namespace BorderScreening.Adapters.Storage;

/// <summary>The Azure SDK's failures: a status of 0 (no answer), 408, 429 or 5xx, or a transient Service Bus error.</summary>
public sealed class AzureDependencyFailureClassifier : IDependencyFailureClassifier
{
    /// <inheritdoc />
    public bool? IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        ServiceBusException bus => bus.IsTransient,
        _ => null,
    };
}
