using Azure.Storage.Blobs;
using BorderScreening.Model.Serving.Gating;
using BorderScreening.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BorderScreening.Model.Serving.Tests.Gating;

/// <summary>Frozen evaluation sets on Azurite blobs are deleted once past their retention, the current one included.</summary>
public sealed class EvaluationSetRetentionTests
{
    private static readonly DateTimeOffset Now = new(2027, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static FrozenEvaluationSet Set(DateTimeOffset frozenAt, bool label) => FrozenEvaluationSet.Freeze(
        "stored-labels",
        "test set",
        "schema",
        [new EvaluationRow("CW", DateOnly.FromDateTime(frozenAt.UtcDateTime), [0.5f, 1f], 0.4, label, 1, false, "group", "U")],
        frozenAt);

    [Fact]
    public async Task Run_DeletesSetsOlderThanTheRetention_AndAnOverdueCurrentSetWithItsPointer()
    {
        var azurite = await SharedAzurite.GetAsync();
        var container = new BlobContainerClient(azurite.ConnectionString, SharedAzurite.UniquePrefix());
        await container.CreateAsync();
        var store = new EvaluationSetStore(container);
        var old = Set(Now.AddDays(-500), label: true);
        var recent = Set(Now.AddDays(-100), label: false);
        await store.SaveAsCurrentAsync(old, null, CancellationToken.None);
        var (_, pointer) = await store.GetCurrentAsync(CancellationToken.None);
        await store.SaveAsCurrentAsync(recent, pointer, CancellationToken.None);
        var retention = new EvaluationSetRetention(store, Options.Create(new ModelGateOptions { SetRetentionDays = 400 }), new FakeTimeProvider(Now), NullLogger<EvaluationSetRetention>.Instance);

        var first = await retention.RunAsync(CancellationToken.None);
        var left = await store.ListAsync(CancellationToken.None);
        var currentAfterFirst = await store.CurrentIdAsync(CancellationToken.None);
        var later = new EvaluationSetRetention(store, Options.Create(new ModelGateOptions { SetRetentionDays = 30 }), new FakeTimeProvider(Now), NullLogger<EvaluationSetRetention>.Instance);
        var second = await later.RunAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal([recent.Id], left.Select(s => s.Id));
        Assert.Equal(recent.Id, currentAfterFirst);
        Assert.Equal(1, second);
        Assert.Empty(await store.ListAsync(CancellationToken.None));
        Assert.Null(await store.CurrentIdAsync(CancellationToken.None));
        Assert.Null((await store.GetCurrentAsync(CancellationToken.None)).Set);
    }
}
