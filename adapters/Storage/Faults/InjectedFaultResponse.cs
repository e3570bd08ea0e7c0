using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace BorderScreening.Adapters.Storage.Faults;

/// <summary>A bare 503 answer, as a busy storage front end sends it, with no body.</summary>
internal sealed class InjectedFaultResponse(string clientRequestId) : Response
{
    /// <inheritdoc />
    public override int Status => 503;

    /// <summary>
    /// Always an error. The pipeline classifies responses in its transport policy, which an injected
    /// answer never reaches, so the response says so itself (the retry policy reads this flag).
    /// </summary>
    public override bool IsError => true;

    /// <inheritdoc />
    public override string ReasonPhrase => "Server Busy (injected fault)";

    /// <inheritdoc />
    public override Stream? ContentStream { get; set; } = new MemoryStream([], writable: false);

    /// <inheritdoc />
    public override string ClientRequestId { get; set; } = clientRequestId;

    /// <inheritdoc />
    public override void Dispose() => ContentStream?.Dispose();

    /// <inheritdoc />
    protected override bool ContainsHeader(string name) => false;

    /// <inheritdoc />
    protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

    /// <inheritdoc />
    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        return false;
    }

    /// <inheritdoc />
    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = null;
        return false;
    }
}
