namespace BorderScreening.Model.Serving.Registry;

/// <summary>A promotion gate refused the move; <see cref="Gate"/> names which (the API puts it in the problem).</summary>
public sealed class PromotionGateException : RegistryException
{
    public PromotionGateException()
    {
    }

    public PromotionGateException(string message)
        : base(message)
    {
    }

    public PromotionGateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="gate"/>.</summary>
    public PromotionGateException(string gate, string message)
        : base(message) => Gate = gate;

    /// <summary>The gate's name: one of the constants of <see cref="PromotionGates"/>.</summary>
    public string Gate { get; } = "";
}
