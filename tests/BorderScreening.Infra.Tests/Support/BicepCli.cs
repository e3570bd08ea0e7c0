using System.Diagnostics;
using System.Reflection;

namespace BorderScreening.Infra.Tests.Support;

/// <summary>
/// The native Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package. Its path is
/// baked into this assembly at build time from $(PkgAzure_Bicep_CommandLine_linux-x64), so nothing
/// is downloaded when the tests run.
/// </summary>
internal static class BicepCli
{
    public static string ExecutablePath { get; } = Metadata("BicepPath");

    public static string InfraRoot { get; } = Metadata("InfraRoot");

    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static async Task<BicepRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        EnsureExecutable();
        var start = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the CLI offline and quiet: no telemetry, no update checks.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new BicepRun(string.Join(' ', arguments), process.ExitCode, await stdout, await stderr);
    }

    private static void EnsureExecutable()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException(
                "Bicep CLI not found; restore the test project (Azure.Bicep.CommandLine.linux-x64).", ExecutablePath);
        }

        // The package is linux-x64 only; NuGet extraction does not always keep the executable bit.
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The infra tests use the linux-x64 Bicep CLI.");
        }

        var mode = File.GetUnixFileMode(ExecutablePath);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(ExecutablePath, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }

    private static string Metadata(string key) =>
        typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' missing; see the test project file.");
}
