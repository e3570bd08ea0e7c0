using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderScreening.Model.Serving.Gating;

/// <summary>
/// Deletes frozen evaluation sets older than <see cref="ModelGateOptions.SetRetentionDays"/>: a set
/// copies stored labels with their features and audit groups, so it must not outlive the data it was
/// taken from. A model's registry row keeps the figures it was judged by and the set's id; a deleted
/// current set is replaced at the next evaluation. Run by the daily retention job.
/// </summary>
public sealed class EvaluationSetRetention(EvaluationSetStore sets, IOptions<ModelGateOptions> options, TimeProvider time, ILogger<EvaluationSetRetention> logger)
{
    /// <summary>Deletes the sets past their retention; how many.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.SetRetentionDays);
        var current = await sets.CurrentIdAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        foreach (var (id, frozenAt) in await sets.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (frozenAt < cutoff)
            {
                await sets.DeleteAsync(id, current: id == current, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} frozen evaluation sets older than {Days} days", deleted, options.Value.SetRetentionDays);
        }

        return deleted;
    }
}
