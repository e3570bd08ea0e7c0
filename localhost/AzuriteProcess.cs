using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BorderScreening.LocalHost;

/// <summary>
/// Runs Azurite (the Azure Storage emulator, pinned in the repository's package.json) on loopback
/// ports: installs it with <c>npm ci</c> when missing, starts it, waits until every port answers,
/// and stops it on dispose. Used by the local host and by the tests (one instance per test run).
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key (public, emulator only).</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    /// <summary>Blob port.</summary>
    public int BlobPort { get; }

    /// <summary>Queue port.</summary>
    public int QueuePort { get; }

    /// <summary>Table port.</summary>
    public int TablePort { get; }

    /// <summary>A connection string for the three endpoints.</summary>
    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    /// <summary>The connection string of an Azurite on these loopback ports (e.g. the one <c>serve</c> runs).</summary>
    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>Whether the emulator process is still running.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>CPU time the emulator has used so far (benchmarks split a run's CPU between it and the client).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Starts Azurite. <paramref name="dataFolder"/> null keeps everything in memory (tests);
    /// a port of 0 picks a free one. Waits up to 2 minutes for the ports: on a busy 2-core machine node
    /// alone can take several seconds, and a restart over a full data folder much longer.
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot, string? dataFolder, int blobPort = 0, int queuePort = 0, int tablePort = 0, CancellationToken cancellationToken = default)
    {
        var executable = Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            await InstallAsync(repositoryRoot, cancellationToken);
        }

        blobPort = UsablePort(blobPort);
        queuePort = UsablePort(queuePort, blobPort);
        tablePort = UsablePort(tablePort, blobPort, queuePort);

        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(arg);
        }

        if (dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(dataFolder);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(dataFolder);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, blobPort, queuePort, tablePort);
        try
        {
            await azurite.WaitUntilReadyAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    /// <summary>Runs <c>npm ci</c> in the repository root.</summary>
    public static async Task InstallAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var npm = new ProcessStartInfo("npm", "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = repositoryRoot,
            UseShellExecute = false,
        };
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("npm could not be started; install Node.js 20.");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed with exit code {process.ExitCode}.");
        }
    }

    /// <summary>A free loopback port.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int UsablePort(int wanted, params int[] taken)
    {
        if (wanted > 0 && !taken.Contains(wanted) && IsFree(wanted))
        {
            return wanted;
        }

        int port;
        do
        {
            port = FreePort();
        }
        while (taken.Contains(port));
        return port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} while starting.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (deadline.Elapsed < timeout)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// Stops the emulator: SIGTERM first so it can flush its data folder (it needs ~1.5 s), then a
    /// kill if it is still there after 5 s.
    /// </summary>
    public ValueTask DisposeAsync() => StopAsync(TimeSpan.FromSeconds(5));

    /// <summary>
    /// Stops the emulator, giving it <paramref name="grace"/> after SIGTERM to finish open requests and
    /// write its data folder before it is killed (the load test's restart waits longer than dispose).
    /// </summary>
    public async ValueTask StopAsync(TimeSpan grace)
    {
        try
        {
            if (!_process.HasExited)
            {
                if (!OperatingSystem.IsWindows())
                {
                    using var term = Process.Start(new ProcessStartInfo("kill", $"-TERM {_process.Id}") { UseShellExecute = false });
                    if (term is not null)
                    {
                        await term.WaitForExitAsync();
                    }
                }

                try
                {
                    await _process.WaitForExitAsync().WaitAsync(grace);
                }
                catch (TimeoutException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
