using Spectre.Console;

namespace BorderScreening.Model.Training.Tests;

public sealed class ConsoleProgressTests
{
    [Fact]
    public async Task RunAsync_ReportedStages_RenderedAndResultReturned()
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
        });

        var result = await ConsoleProgress.RunAsync(console, async progress =>
        {
            progress.Report(new TrainingProgress(TrainingProgress.Training, 0.5, "FastTree"));
            await Task.Delay(200);
            progress.Report(new TrainingProgress(TrainingProgress.Training, 1));
            progress.Report(new TrainingProgress(TrainingProgress.Saving, 1));
            await Task.Delay(200);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Contains("Train", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("Save", writer.ToString(), StringComparison.Ordinal);
    }
}
