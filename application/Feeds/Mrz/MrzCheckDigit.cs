namespace BorderScreening.Application.Feeds.Mrz;

/// <summary>The ICAO Doc 9303 part 3 check digit: weights 7, 3, 1 repeating, modulo 10.</summary>
internal static class MrzCheckDigit
{
    /// <summary>Computes the check digit of <paramref name="value"/> ('&lt;' counts 0, A–Z count 10–35).</summary>
    public static int Compute(ReadOnlySpan<char> value)
    {
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < value.Length; i++)
        {
            sum += ValueOf(value[i]) * weights[i % 3];
        }

        return sum % 10;
    }

    /// <summary>The numeric value of an MRZ character; characters outside the MRZ set count 0.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => 0,
    };
}
