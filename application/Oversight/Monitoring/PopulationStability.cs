namespace BorderScreening.Application.Oversight.Monitoring;

/// <summary>
/// Population stability index: Σ (actual − expected) · ln(actual / expected) over the reference bins.
/// Below 0.1 is commonly read as stable, 0.1–0.2 as a moderate shift, above 0.2 as a shift worth
/// looking into. Empty bins are floored at <see cref="Floor"/> so one empty bin does not make the
/// index infinite.
/// </summary>
internal static class PopulationStability
{
    /// <summary>Smallest share used for a bin.</summary>
    public const double Floor = 1e-4;

    /// <summary>The index of <paramref name="values"/> against <paramref name="reference"/>.</summary>
    public static double Index(ReferenceBins reference, IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var actual = reference.SharesOf(values);
        var psi = 0.0;
        for (var i = 0; i < actual.Count; i++)
        {
            var a = Math.Max(actual[i], Floor);
            var e = Math.Max(i < reference.Shares.Count ? reference.Shares[i] : 0, Floor);
            psi += (a - e) * Math.Log(a / e);
        }

        return psi;
    }
}
