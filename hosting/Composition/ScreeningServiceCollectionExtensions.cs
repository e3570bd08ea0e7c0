using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using BorderScreening.Adapters.Blobs;
using BorderScreening.Adapters.Keys;
using BorderScreening.Adapters.Queues;
using BorderScreening.Adapters.ServiceBus;
using BorderScreening.Adapters.Storage;
using BorderScreening.Adapters.Storage.Faults;
using BorderScreening.Adapters.Tables;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Catalogues;
using BorderScreening.Application.Catalogues.Replay;
using BorderScreening.Application.Deadlines;
using BorderScreening.Application.Dependencies;
using BorderScreening.Application.Drops;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.History;
using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.HitQueues;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Oversight.Transparency;
using BorderScreening.Application.Oversight.Statistics;
using BorderScreening.Application.Retention;
using BorderScreening.Application.Learning;
using BorderScreening.Application.Review;
using BorderScreening.Application.Screening;
using BorderScreening.Application.Serving;
using BorderScreening.Application.Signals;
using BorderScreening.Application.Snoozes;
using BorderScreening.Application.Storage;
using BorderScreening.Application.Telemetry;
using BorderScreening.Application.Thresholds;
using BorderScreening.Application.Worklist;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Network;
using BorderScreening.Domain.Pipeline;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Risk;
using BorderScreening.Domain.Scoring;
using BorderScreening.Http.Api;
using BorderScreening.Http.Catalogues;
using BorderScreening.Http.Health;
using BorderScreening.Http.Oversight;
using BorderScreening.Http.Review;
using BorderScreening.Http.Screening;
using BorderScreening.Http.Security;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BorderScreening.Hosting.Composition;

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
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName)
            .Validate(o => o.IsValid, "Privacy: key ids must be 1-32 lower-case letters or digits, listed once, the current key not among the previous ones, and every Jurisdictions entry a jurisdiction code.")
            .ValidateOnStart();
        // A binding for every caller ("*") is a local-host convenience; with Entra sign-in each feed
        // principal must be named, so one feed can never send as another.
        services.AddOptions<FeedBindingOptions>().BindConfiguration(FeedBindingOptions.SectionName)
            .Validate<IOptions<AuthOptions>>((feeds, auth) => !feeds.HasWildcardPrincipal || auth.Value.IsLocalKey, "Feeds: the principal \"*\" is allowed only with Auth:Mode=LocalKey (the local host); name each feed principal.")
            .ValidateOnStart();
        services.AddSingleton<FeedSources>();
        services.AddOptions<HitQueueOptions>().BindConfiguration(HitQueueOptions.SectionName)
            .Validate(o => o.IsValid, "HitQueue:Transport must be StorageQueue or ServiceBus; MaxDeliveryCount, LockSeconds and DeadLetterBatch positive; MinimumTimeToLive at least 1 s.")
            .ValidateOnStart();

        AddAzureClients(services, configuration);

        services.AddSingleton<StorageTables>();
        services.AddSingleton<IStorageProbe>(sp => sp.GetRequiredService<StorageTables>());
        services.TryAddSingleton<IDependencyFailureClassifier, AzureDependencyFailureClassifier>();
        services.AddSingleton(sp => new RecordValidator(sp.GetRequiredService<IOptions<FeedLimits>>().Value));
        services.AddSingleton(sp => new JsonRecordReader(sp.GetRequiredService<IOptions<FeedLimits>>().Value, sp.GetRequiredService<RecordValidator>()));
        services.AddSingleton<PaxlstReader>();
        services.AddSingleton<BorderScreening.Application.Feeds.Pnrgov.PnrgovReader>();
        services.AddSingleton<WorkPermitCsvReader>();
        services.AddSingleton(sp => new FeedReader(sp.GetRequiredService<IOptions<FeedLimits>>().Value, sp.GetRequiredService<Pseudonymiser>()));

        services.AddSingleton<IPseudonymisationKeyProvider>(sp =>
            sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.KeyVaultUri is not null
                ? new KeyVaultKeyProvider(sp.GetRequiredService<SecretClient>(), sp.GetRequiredService<IOptions<PrivacyOptions>>())
                : new FileKeyProvider(sp.GetRequiredService<IOptions<PrivacyOptions>>()));
        services.AddSingleton<Pseudonymiser>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName)
            .Validate(o => o.IsValid, "Retention must keep assessments and sightings at least 90 days (the widest counting window), drop results at least as long as drop files, audit entries at least as long as their reasons and the cases' clear data; every period positive.")
            .ValidateOnStart();
        services.AddSingleton<IRetentionStore, TableRetentionStore>();
        services.AddSingleton<RetentionService>();
        services.AddSingleton<INetworkCounter, TableNetworkCounter>();
        services.AddOptions<NetworkCountOptions>().BindConfiguration(NetworkCountOptions.SectionName)
            .Validate(o => o.IsValid, "Network:AllowedLatenessDays must be 0 to 90.")
            .ValidateOnStart();
        services.AddSingleton<IRecordHistory, TableRecordHistory>();
        services.AddSingleton<HistoryReplay>();
        services.AddReplayFanout();

        services.TryAddSingleton(_ => IndicatorCatalogueHolder.FromEmbedded());
        services.AddWatchlists();
        services.TryAddSingleton<IIndicatorEvaluator>(sp => new CatalogueIndicatorEvaluator(sp.GetRequiredService<IndicatorCatalogueHolder>()));
        services.TryAddSingleton<IRiskModel, NoModel>();
        services.AddOptions<CapacityOptions>().BindConfiguration(CapacityOptions.SectionName)
            .Validate(o => o.Floor > 0 && o.Floor <= o.Ceiling && o.Ceiling <= 1 && o.WindowDays > 0, "Capacity thresholds need 0 < Floor <= Ceiling <= 1 and a positive window.")
            .ValidateOnStart();
        services.AddSingleton<IThresholdStorage, TableThresholdStorage>();
        services.AddSingleton<ThresholdStore>();
        services.AddSingleton<IThresholdSource>(sp => sp.GetRequiredService<ThresholdStore>());
        services.AddSingleton<RiskCalculator>();
        services.AddSingleton<ScreeningPipeline>();

        services.AddSingleton<IAssessmentStore, TableAssessmentStore>();
        services.AddSingleton<IHitQueue>(sp => sp.GetRequiredService<IOptions<HitQueueOptions>>().Value.Transport == "ServiceBus"
            ? ActivatorUtilities.CreateInstance<ServiceBusHitQueue>(sp)
            : ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp));
        services.AddSingleton<OutboxRelay>();
        // Signals travel through the same adapters as hits, on their own signals-{jurisdiction} queues.
        services.AddSingleton<ISignalQueue>(sp => sp.GetRequiredService<IOptions<HitQueueOptions>>().Value.Transport == "ServiceBus"
            ? ActivatorUtilities.CreateInstance<ServiceBusHitQueue>(sp)
            : ActivatorUtilities.CreateInstance<StorageQueueHitQueue>(sp));
        services.AddSingleton<ISignalStore, TableSignalStore>();
        services.AddSingleton<SignalRelay>();
        services.AddSingleton<SignalService>();
        services.AddSingleton<SignalApi>();
        services.AddSingleton<IStatisticsSource, TableStatisticsSource>();
        services.AddSingleton<StatisticsService>();
        services.AddSingleton<StatisticsApi>();
        services.AddSingleton<TableWorklistStore>();
        services.AddSingleton<IWorklistStore>(sp => sp.GetRequiredService<TableWorklistStore>());
        services.AddSingleton<HitIntakeService>();
        AddDeadlines(services);
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.SectionName)
            .Validate(o => o.IsValid, "Review: MaxForcedReviewSnoozeDays must be at least 1 and shorter than MaxSnoozeDays; ClaimLease and MaxNoteLength positive.")
            .ValidateOnStart();
        services.AddSingleton<IAuditLog, TableAuditLog>();
        services.AddSingleton<WorklistService>();
        services.AddSingleton<LinkedCaseFinder>();
        services.AddSingleton<ILabelStore, TableLabelStore>();
        services.AddSingleton<ITrainingDataSource, TableTrainingDataSource>();
        services.AddSingleton<DecisionLabels>();
        services.AddSingleton<CaseReviewService>();
        services.AddSingleton<ISnoozeStore, TableSnoozeStore>();
        services.AddSingleton<SnoozeService>();
        services.AddSingleton<SnoozeFilter>();
        services.AddSingleton<IIndicatorSnoozes>(sp => sp.GetRequiredService<SnoozeFilter>());
        services.TryAddSingleton<IActorResolver, CallerActorResolver>();
        services.AddSingleton<ScreeningMetrics>();
        services.AddSingleton<BorderScreening.Application.Screening.Bookings.IBookingStore, TableBookingStore>();
        services.AddSingleton<BorderScreening.Application.Screening.Bookings.BookingEnrichment>();
        services.AddSingleton<ScreeningService>();
        services.AddSingleton<BlobDropStore>();
        services.AddSingleton<IDropStore>(sp => sp.GetRequiredService<BlobDropStore>());
        services.AddSingleton<IDropRetentionStore>(sp => sp.GetRequiredService<BlobDropStore>());
        services.AddSingleton<FileDropService>();

        services.AddSingleton<IIdempotencyStore, BlobIdempotencyStore>();
        services.AddSingleton<ScreeningApi>();
        services.AddSingleton<HealthApi>();
        services.AddSingleton<ReviewApi>();
        AddOversight(services);
        services.AddReviewOperations();
        services.AddFieldwork();
        services.AddLearning();
        services.AddSingleton<ICatalogueStore, StorageCatalogueStore>();
        services.AddSingleton<CatalogueGovernance>();
        services.AddSingleton<IServedVersionSource>(sp => sp.GetRequiredService<CatalogueGovernance>());
        services.AddOptions<ServingOptions>().BindConfiguration(ServingOptions.SectionName);
        services.AddSingleton<ServedVersionFollower>();
        services.TryAddSingleton<IBacktestSampleSource, NoBacktestSample>();
        services.AddSingleton<CatalogueApi>();
        services.AddScreeningSecurity(configuration);
        services.TryAddSingleton(RouteTable.Catalog);
        return services;
    }

    private static void AddDeadlines(IServiceCollection services)
    {
        services.AddOptions<DeadlineGuardOptions>().BindConfiguration(DeadlineGuardOptions.SectionName)
            .Validate(o => o.IsValid, "Deadlines: EscalateBefore and BatchSize must be positive, OverdueLookback and MissedAfter not negative.")
            // Sooner, and the guard would call "expired unseen" a message the intake may still receive.
            .Validate<IOptions<HitQueueOptions>>((o, queue) => o.MissedAfter >= queue.Value.MinimumTimeToLive, "Deadlines:MissedAfter must be at least HitQueue:MinimumTimeToLive.")
            .ValidateOnStart();
        services.AddSingleton<IMissedCaseRecorder, MissedCaseRecorder>();
        services.AddSingleton<DeadlineGuard>();
        services.AddSingleton<DeadLetterDrain>();
    }

    private static void AddOversight(IServiceCollection services)
    {
        services.AddOptions<MonitoringOptions>().BindConfiguration(MonitoringOptions.SectionName)
            .Validate(o => o.IsValid, "Monitoring needs PsiThreshold > 0, RatioLow in (0, 1), RatioHigh > 1 and positive minimum sizes.")
            .ValidateOnStart();
        services.TryAddSingleton<IFeatureSnapshot, NoFeatureSnapshot>();
        services.AddSingleton<MonitoringReferenceProvider>();
        services.TryAddSingleton<ActiveModelCard>();
        services.TryAddSingleton<IScoringFactsReader, TableScoringFactsReader>();
        services.AddSingleton<IMonitoringSource, TableMonitoringSource>();
        services.AddSingleton<IMonitoringStore, TableMonitoringStore>();
        services.AddSingleton<MonitoringService>();
        services.AddSingleton<MonitoringApi>();
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
