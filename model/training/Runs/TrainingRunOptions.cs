namespace BorderScreening.Model.Training.Runs;

/// <summary>Settings of a training run on labelled data (<c>screening model train</c>).</summary>
public sealed record TrainingRunOptions
{
    /// <summary>Seed for the split, the trainers and the synthetic prior.</summary>
    public int Seed { get; init; } = DefaultModelBuilder.ShippedSeed;

    /// <summary>
    /// Synthetic records mixed in as a prior (0 = none). Never implied: only an explicit setting mixes
    /// them in, and the card and the lineage say how many.
    /// </summary>
    public int SyntheticPrior { get; init; }

    /// <summary>Fail when an example lacks stored features of this build's schema, instead of recomputing them.</summary>
    public bool RequireStoredFeatures { get; init; }

    /// <summary>Where the labels came from, as the lineage records it.</summary>
    public required TrainingInput Input { get; init; }

    /// <summary>Trainer settings (the seed above wins).</summary>
    public TrainingOptions Training { get; init; } = new();

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(SyntheticPrior);
        ArgumentNullException.ThrowIfNull(Input);
    }
}

/// <summary>The input of a run: a labels file or a period of the store.</summary>
/// <param name="Kind">"labels-file" or "store".</param>
/// <param name="File">File name (no folders) of a labels file.</param>
/// <param name="Format">"jsonl" or "parquet" for a file.</param>
/// <param name="From">Start of the store period (yyyy-MM-dd, inclusive).</param>
/// <param name="To">End of the store period (yyyy-MM-dd, exclusive).</param>
/// <param name="Jurisdictions">Jurisdictions read from the store.</param>
public sealed record TrainingInput(string Kind, string? File = null, string? Format = null, string? From = null, string? To = null, IReadOnlyList<string>? Jurisdictions = null);
