namespace BorderScreening.Architecture.Tests.Layers;

/// <summary>
/// The layer diagram of docs/architecture.md as data: dependencies point inwards
/// (hosts → hosting → HTTP/adapters → model serving → application → domain), and training code never
/// reaches an assembly a host loads.
/// </summary>
internal static class LayerRules
{
    private const string Domain = "BorderScreening.Domain";
    private const string Application = "BorderScreening.Application";
    private const string Serving = "BorderScreening.Model.Serving";
    private const string Synthetic = "BorderScreening.Model.Synthetic";
    private const string Training = "BorderScreening.Model.Training";
    private const string Adapters = "BorderScreening.Adapters";
    private const string Http = "BorderScreening.Http";
    private const string Hosting = "BorderScreening.Hosting";
    private const string LocalHost = "BorderScreening.LocalHost";
    private const string Functions = "BorderScreening.Functions";
    private const string Cli = "BorderScreening.Cli";

    private static readonly string[] Hosts = [LocalHost, Functions, Cli];
    private static readonly string[] AzureSdk = ["Azure", "Microsoft.Azure"];
    private static readonly string[] AspNet = ["Microsoft.AspNetCore"];
    private static readonly string[] MachineLearning = ["Microsoft.ML"];

    public static readonly IReadOnlyList<LayerRule> All =
    [
        new(Domain,
            [Application, Serving, Synthetic, Training, Adapters, Http, Hosting, .. Hosts],
            [.. AzureSdk, .. AspNet, .. MachineLearning]),
        // Storage, queues and keys are ports here, implemented in BorderScreening.Adapters.
        new(Application,
            [Serving, Synthetic, Training, Adapters, Http, Hosting, .. Hosts],
            [.. AzureSdk, .. AspNet, .. MachineLearning]),
        new(Serving,
            [Synthetic, Training, Adapters, Http, Hosting, .. Hosts],
            AspNet),
        new(Synthetic,
            [Training, Adapters, Http, Hosting, .. Hosts],
            [.. AzureSdk, .. AspNet]),
        new(Training,
            [Adapters, Http, Hosting, .. Hosts],
            [.. AzureSdk, .. AspNet]),
        new(Adapters,
            [Serving, Synthetic, Training, Http, Hosting, .. Hosts],
            AspNet),
        new(Http,
            [Synthetic, Training, Adapters, Hosting, .. Hosts],
            AzureSdk),
        new(Hosting, [Training, .. Hosts], []),
        new(LocalHost, [Training, Functions, Cli], []),
        new(Functions, [Training, LocalHost, Cli], []),
        new(Cli, [Functions], []),
    ];
}
