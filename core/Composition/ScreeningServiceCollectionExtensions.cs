using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using BorderScreening.Core.Api;
using BorderScreening.Core.Assessments;
using BorderScreening.Core.Feeds;
using BorderScreening.Core.Feeds.Csv;
using BorderScreening.Core.Feeds.Json;
using BorderScreening.Core.Feeds.Paxlst;
using BorderScreening.Core.HitQueues;
using BorderScreening.Core.Indicators;
using BorderScreening.Core.Network;
using BorderScreening.Core.Oversight.Signals;
using BorderScreening.Core.Oversight.Statistics;
using BorderScreening.Core.Privacy;
using BorderScreening.Core.Review;
using BorderScreening.Core.Risk;
using BorderScreening.Core.Scoring;
using BorderScreening.Core.Screening;
using BorderScreening.Core.Security;
using BorderScreening.Core.Storage;
using BorderScreening.Core.Telemetry;
using BorderScreening.Core.Storage.Faults;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BorderScreening.Core.Composition;

/// <summary>
/// The whole object graph of the service, shared by the Functions app, the local host and the tests.
/// </summary>
public static class ScreeningServiceCollectionExtensions
{
    /// <summary>Registers options, Azure clients and application services.</summary>
    public static IServiceCollection AddScreening(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(o => o.IsConfigured, "Storage needs a ConnectionString (Azurite) or TableServiceUri, BlobServiceUri and QueueServiceUri (Azure).")
            .ValidateOnStart();
        services.AddOptions<FeedLimits>().BindConfiguration(FeedLimits.SectionName)
            .Validate(o => o.MaxBodyBytes > 0 && o.MaxRecordsPerBatch > 0 && o.MaxFieldLength > 0, "Feed limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<RiskOptions>().BindConfiguration(RiskOptions.SectionName)
            .Validate(o => o.RulesWeight is >= 0 and <= 1 && o.DefaultThreshold is > 0 and <= 1, "Risk weights and thresholds must lie in [0, 1].")
            .ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName);
        services.AddOptions<HitQueueOptions>().BindConfiguration(HitQueueOptions.SectionName)
            .Validate(o => o.Transport is "StorageQueue" or "ServiceBus", "HitQueue:Transport must be StorageQueue or ServiceBus.")
            .ValidateOnStart();

        AddAzureClients(services, configuration);

        services.AddSingleton<StorageTables>();
        services.AddSingleton(sp => new RecordValidator(sp.GetRequiredService<IOptions<FeedLimits>>().Value));
        services.AddSingleton(sp => new JsonRecordReader(sp.GetRequiredService<IOptions<FeedLimits>>().Value, sp.GetRequiredService<RecordValidator>()));
        services.AddSingleton<PaxlstReader>();
        services.AddSingleton<WorkPermitCsvReader>();
        services.AddSingleton(sp => new FeedReader(sp.GetRequiredService<IOptions<FeedLimits>>().Value));

        services.AddSingleton<IPseudonymisationKeyProvider>(sp =>
            sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.KeyVaultUri is not null
                ? new KeyVaultKeyProvider(sp.GetRequiredService<SecretClient>(), sp.GetRequiredService<IOptions<PrivacyOptions>>())
                : new FileKeyProvider(sp.GetRequiredService<IOptions<PrivacyOptions>>()));
        services.AddSingleton<Pseudonymiser>();
        services.AddOptions<Privacy.Retention.RetentionOptions>().BindConfiguration(Privacy.Retention.RetentionOptions.SectionName)
            .Validate(o => o.NonHitAssessmentDays >= 90 && o.SightingDays >= 90 && o.CaseDepersonaliseDays > 0, "Retention must keep assessments and sightings at least 90 days (the widest counting window).")
            .ValidateOnStart();
        services.AddSingleton<Privacy.Retention.RetentionService>();
        services.AddSingleton<INetworkCounter, TableNetworkCounter>();

        services.TryAddSingleton(_ => IndicatorCatalogueHolder.FromEmbedded());
        services.TryAddSingleton<IIndicatorEvaluator>(sp => new CatalogueIndicatorEvaluator(sp.GetRequiredService<IndicatorCatalogueHolder>()));
        services.TryAddSingleton<IRiskModel, NoModel>();
        services.AddOptions<CapacityOptions>().BindConfiguration(CapacityOptions.SectionName)
            .Validate(o => o.Floor > 0 && o.Floor <= o.Ceiling && o.Ceiling <= 1 && o.WindowDays > 0, "Capacity thresholds need 0 < Floor <= Ceiling <= 1 and a positive window.")
            .ValidateOnStart();
        services.AddSingleton<ThresholdStore>();
        services.AddSingleton<IThresholdSource>(sp => sp.GetRequiredService<ThresholdStore>());
        services.AddSingleton<RiskCalculator>();
        services.AddSingleton<ScreeningPipeline>();

        services.AddSingleton<AssessmentStore>();
        services.AddSingleton<IHitQueue>(sp => sp.GetRequiredService<IOptions<HitQueueOptions>>().Value.Transport == "ServiceBus"
            ? ActivatorUtilities.CreateInstance<ServiceBusHitQueue>(sp)
            : ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp));
        services.AddSingleton<OutboxRelay>();
        // Signals travel through the same adapters as hits, on their own signals-{jurisdiction} queues.
        services.AddSingleton<ISignalQueue>(sp => sp.GetRequiredService<IOptions<HitQueueOptions>>().Value.Transport == "ServiceBus"
            ? ActivatorUtilities.CreateInstance<ServiceBusHitQueue>(sp)
            : ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp));
        services.AddSingleton<SignalStore>();
        services.AddSingleton<SignalRelay>();
        services.AddSingleton<SignalService>();
        services.AddSingleton<SignalApi>();
        services.AddSingleton<StatisticsService>();
        services.AddSingleton<StatisticsApi>();
        services.AddSingleton<WorklistStore>();
        services.AddSingleton<HitIntakeService>();
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName);
        services.AddSingleton<AuditLog>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<SnoozeFilter>();
        services.TryAddSingleton<IActorResolver, CallerActorResolver>();
        services.AddSingleton<ScreeningMetrics>();
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<Feeds.Drops.FileDropService>();

        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<ScreeningApi>();
        services.AddSingleton<HealthApi>();
        services.AddSingleton<ReviewApi>();
        AddOversight(services);
        services.AddSingleton<Indicators.Governance.CatalogueStore>();
        services.AddSingleton<Indicators.Governance.CatalogueGovernance>();
        services.AddSingleton<Serving.IServedVersionSource>(sp => sp.GetRequiredService<Indicators.Governance.CatalogueGovernance>());
        services.AddOptions<Serving.ServingOptions>().BindConfiguration(Serving.ServingOptions.SectionName);
        services.AddSingleton<Serving.ServedVersionFollower>();
        services.TryAddSingleton<Indicators.Governance.IBacktestSampleSource, Indicators.Governance.NoBacktestSample>();
        services.AddSingleton<CatalogueApi>();
        services.AddScreeningSecurity(configuration);
        return services;
    }

    private static void AddOversight(IServiceCollection services)
    {
        services.AddOptions<Oversight.Monitoring.MonitoringOptions>().BindConfiguration(Oversight.Monitoring.MonitoringOptions.SectionName)
            .Validate(o => o.IsValid, "Monitoring needs PsiThreshold > 0, RatioLow in (0, 1), RatioHigh > 1 and positive minimum sizes.")
            .ValidateOnStart();
        services.TryAddSingleton<Oversight.Monitoring.IFeatureSnapshot, Oversight.Monitoring.NoFeatureSnapshot>();
        services.AddSingleton<Oversight.Monitoring.MonitoringReferenceProvider>();
        services.AddSingleton<Oversight.Monitoring.MonitoringSource>();
        services.AddSingleton<Oversight.Monitoring.MonitoringStore>();
        services.AddSingleton<Oversight.Monitoring.MonitoringService>();
        services.AddSingleton<Oversight.Monitoring.MonitoringApi>();
    }

    private static void AddAzureClients(IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var hitQueue = configuration.GetSection(HitQueueOptions.SectionName).Get<HitQueueOptions>() ?? new HitQueueOptions();
        var privacy = configuration.GetSection(PrivacyOptions.SectionName).Get<PrivacyOptions>() ?? new PrivacyOptions();
        var faults = configuration.GetSection(FaultOptions.SectionName).Get<FaultOptions>() ?? new FaultOptions();
        if (!faults.IsValid)
        {
            throw new InvalidOperationException("Faults:Rate and Faults:AfterShare must lie in [0, 1].");
        }

        // Only the local host and the tests set Faults:Rate; one policy instance counts every fault.
        var faultPolicy = faults.Enabled ? new FaultInjectionPolicy(faults) : null;
        if (faultPolicy is not null)
        {
            services.AddSingleton(faultPolicy);
        }

        void WithFaults(Azure.Core.ClientOptions options)
        {
            if (faultPolicy is not null)
            {
                options.AddPolicy(faultPolicy, HttpPipelinePosition.PerRetry);
            }
        }

        services.AddAzureClients(clients =>
        {
            // One credential for every client in Azure: the app's managed identity.
            clients.UseCredential(new DefaultAzureCredential());
            // Set explicitly rather than left to each SDK's defaults: every storage call (writes
            // included; they are idempotent by key or condition) is retried on 408/429/5xx, timeouts
            // and connection resets, 6 tries over ~10 s, which rides out a storage front-end restart.
            clients.ConfigureDefaults(options =>
            {
                options.Retry.Mode = RetryMode.Exponential;
                options.Retry.MaxRetries = 6;
                options.Retry.Delay = TimeSpan.FromMilliseconds(200);
                options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
                options.Retry.NetworkTimeout = TimeSpan.FromSeconds(15);
            });

            if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
            {
                clients.AddTableServiceClient(storage.ConnectionString).ConfigureOptions(WithFaults);
                clients.AddBlobServiceClient(storage.ConnectionString).ConfigureOptions(WithFaults);
                clients.AddQueueServiceClient(storage.ConnectionString).ConfigureOptions(WithFaults);
            }
            else if (storage.IsConfigured)
            {
                clients.AddTableServiceClient(storage.TableServiceUri!).ConfigureOptions(WithFaults);
                clients.AddBlobServiceClient(storage.BlobServiceUri!).ConfigureOptions(WithFaults);
                clients.AddQueueServiceClient(storage.QueueServiceUri!).ConfigureOptions(WithFaults);
            }

            if (hitQueue.Transport == "ServiceBus")
            {
                if (!string.IsNullOrWhiteSpace(hitQueue.ServiceBusConnectionString))
                {
                    clients.AddServiceBusClient(hitQueue.ServiceBusConnectionString);
                }
                else
                {
                    clients.AddServiceBusClientWithNamespace(hitQueue.FullyQualifiedNamespace ?? throw new InvalidOperationException("HitQueue:FullyQualifiedNamespace is required for Service Bus."));
                }
            }

            if (privacy.KeyVaultUri is not null)
            {
                clients.AddSecretClient(privacy.KeyVaultUri);
            }
        });
    }
}
