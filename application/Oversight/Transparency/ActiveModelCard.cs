namespace BorderScreening.Application.Oversight.Transparency;

/// <summary>
/// The model card the transparency page shows: the active model's, handed over by the registry sync
/// at every promotion or rollback (on every instance); the shipped card until then.
/// </summary>
public sealed class ActiveModelCard
{
    private volatile ModelCardSummary? _current;

    /// <summary>The active model's card summary, or null when the registry has not handed one over yet.</summary>
    public ModelCardSummary? Current => _current;

    /// <summary>The active model's card, else the one read by <paramref name="fallback"/>.</summary>
    public ModelCardSummary CurrentOr(Func<ModelCardSummary> fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return _current ?? fallback();
    }

    /// <summary>Switches the page to the card of the model now active.</summary>
    public void Use(ModelCardSummary card)
    {
        ArgumentNullException.ThrowIfNull(card);
        _current = card;
    }
}
