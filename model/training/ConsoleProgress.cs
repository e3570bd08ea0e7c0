using Spectre.Console;

namespace BorderScreening.Model.Training;

/// <summary>Renders training progress as Spectre.Console progress bars, one per stage.</summary>
public static class ConsoleProgress
{
    /// <summary>Runs <paramref name="work"/> on a worker thread while showing its progress on <paramref name="console"/>.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<TrainingProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var reporter = new Reporter(context);
                return await Task.Run(() => work(reporter)).ConfigureAwait(false);
            })
            .ConfigureAwait(false);
    }

    private sealed class Reporter(ProgressContext context) : IProgress<TrainingProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public void Report(TrainingProgress value)
        {
            lock (_lock)
            {
                if (!_tasks.TryGetValue(value.Stage, out var task))
                {
                    task = context.AddTask(Markup.Escape(value.Stage), maxValue: 100);
                    _tasks[value.Stage] = task;
                }

                task.Value = Math.Clamp(value.Fraction, 0, 1) * 100;
                task.Description = Markup.Escape(value.Detail is null ? value.Stage : $"{value.Stage}: {value.Detail}");
                if (value.Fraction >= 1)
                {
                    task.StopTask();
                }
            }
        }
    }
}
