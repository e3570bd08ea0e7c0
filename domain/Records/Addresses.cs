namespace BorderScreening.Domain.Records;

/// <summary>Comparison of free-text addresses as feeds write them.</summary>
public static class Addresses
{
    /// <summary>
    /// Whether two addresses name the same place: equal after case, spaces and punctuation are
    /// ignored ("Kaya Grandi 12, Kralendijk" and "KAYA GRANDI 12 KRALENDIJK"). False when either is missing.
    /// </summary>
    public static bool Same(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        return string.Equals(Key(a), Key(b), StringComparison.Ordinal);
    }

    private static string Key(string address) =>
        string.Concat(address.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant));
}
