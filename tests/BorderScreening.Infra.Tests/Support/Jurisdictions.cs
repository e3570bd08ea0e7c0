namespace BorderScreening.Infra.Tests.Support;

internal static class Jurisdictions
{
    /// <summary>Aruba, Curaçao, Sint Maarten, Bonaire, Sint Eustatius, Saba — as used in resource names.</summary>
    public static readonly string[] Codes = ["aw", "cw", "sx", "bq-bo", "bq-se", "bq-sa"];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var code in Codes)
        {
            data.Add(code);
        }

        return data;
    }
}
