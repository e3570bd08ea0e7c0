using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Serving;
using BorderScreening.Model.Serving.Artifacts;
using BorderScreening.Model.Serving.Evaluation;
using BorderScreening.Model.Serving.Registry;
using Microsoft.Extensions.Logging;

namespace BorderScreening.Model.Serving;

/// <summary>
/// Makes the model holder serve what the registry says: the active model, and the newest shadow
/// model (or none). Called at start, by the refresh timer (Functions) or loop (local host), and right
/// after a promotion or rollback made through this host. A swap never interrupts a prediction: calls
/// in flight finish on the model they read (see <see cref="SwappableRiskModel"/>). What describes the
/// active model follows it here too, on every instance: the drift reference monitoring compares with
/// and the model card the transparency page shows (issue 20, point 5), so a rollback restores both.
/// </summary>
public sealed partial class RegistryModelSync(
    ModelRegistry registry,
    SwappableRiskModel holder,
    MonitoringReferenceProvider references,
    Application.Oversight.Transparency.ActiveModelCard card,
    ILogger<RegistryModelSync> logger) : IServedVersionSource, IDisposable
{
    /// <summary>Who the audit names for the bootstrap of the shipped model.</summary>
    public const string ShippedActor = "shipped-model-bootstrap";

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <inheritdoc />
    public string Name => "model";

    /// <inheritdoc />
    async Task IServedVersionSource.SyncAsync(CancellationToken cancellationToken) => await SyncAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Loads and swaps in the registry's active and shadow models where they differ from those served.</summary>
    public async Task<ServingView> SyncAsync(CancellationToken cancellationToken)
    {
        // One sync at a time: a timer run and a promotion must not load the same model twice or undo each other.
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var active = await registry.GetActiveAsync(cancellationToken).ConfigureAwait(false);
            if (active is not null && active.Version != holder.Active.Version)
            {
                var loaded = await registry.LoadAsync(active.Version, cancellationToken).ConfigureAwait(false);
                var old = holder.Swap(loaded);
                LogSwapped(logger, "active", old.Version, loaded.Version);
            }

            if (active is not null && references.FollowedModelVersion != active.Version)
            {
                await FollowAsync(active.Version, cancellationToken).ConfigureAwait(false);
            }

            var shadows = await registry.ListAsync(ModelStage.Shadow, cancellationToken).ConfigureAwait(false);
            var shadow = shadows.OrderByDescending(m => m.RegisteredAt).FirstOrDefault();
            if (shadow?.Version != holder.Shadow?.Version)
            {
                var loaded = shadow is null ? null : await registry.LoadAsync(shadow.Version, cancellationToken).ConfigureAwait(false);
                var old = holder.SetShadow(loaded);
                LogSwapped(logger, "shadow", old?.Version ?? "none", loaded?.Version ?? "none");
            }

            return new ServingView(holder.Active.Version, holder.Shadow?.Version);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// On a registry that has never had an active model, registers and activates the shipped model
    /// (with the figures of its model card), so a fresh installation serves and can roll back to it.
    /// </summary>
    public async Task<bool> BootstrapShippedAsync(CancellationToken cancellationToken)
    {
        await registry.InitializeAsync(cancellationToken).ConfigureAwait(false);
        if (await registry.GetActiveAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var directory = Path.GetDirectoryName(MlNetRiskModel.ShippedModelPath)!;
        var card = JsonSerializer.Deserialize<ModelCard>(await File.ReadAllBytesAsync(Path.Combine(directory, ModelCard.JsonFile), cancellationToken).ConfigureAwait(false), ModelCard.ReadOptions)
            ?? throw new InvalidDataException("The shipped model card is empty.");
        var bootstrapped = await registry.BootstrapAsync(directory, ShippedActor, RegistrationFigures.From(card.Evaluation), cancellationToken).ConfigureAwait(false);
        if (bootstrapped is not null)
        {
            LogBootstrapped(logger, bootstrapped.Version);
        }

        return bootstrapped is not null;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task FollowAsync(string version, CancellationToken cancellationToken)
    {
        if (await registry.GetMonitoringReferenceAsync(version, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            references.Use(version, stored.ToObjectFromJson<MonitoringReference>(ScreeningJson.Options));
        }
        else if (version == ShippedVersion.Value)
        {
            // Registries bootstrapped before references were stored with models: the shipped file is this model's.
            references.UseConfigured(version);
        }
        else
        {
            references.Use(version, null);
        }

        if (await registry.GetModelCardAsync(version, cancellationToken).ConfigureAwait(false) is { } storedCard)
        {
            card.Use(Application.Oversight.Transparency.ModelCardSummary.Parse(storedCard.ToString()));
        }

        LogFollowed(logger, version);
    }

    private static readonly Lazy<string?> ShippedVersion = new(() =>
    {
        var path = Path.Combine(Path.GetDirectoryName(MlNetRiskModel.ShippedModelPath)!, ModelMetadata.FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(path), ScreeningJson.Options)?.ModelVersion : null;
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Drift reference and transparency card now follow model {Version}")]
    private static partial void LogFollowed(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Slot} swapped from {OldVersion} to {NewVersion}")]
    private static partial void LogSwapped(ILogger logger, string slot, string oldVersion, string newVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registry was empty: shipped model {Version} registered and activated")]
    private static partial void LogBootstrapped(ILogger logger, string version);
}
