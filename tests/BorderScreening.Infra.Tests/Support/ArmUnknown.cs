namespace BorderScreening.Infra.Tests.Support;

/// <summary>
/// A value only Azure knows at deployment time (a reference(), a resource group's location, a guid()).
/// Anything computed from it is unknown too.
/// </summary>
internal sealed class ArmUnknown
{
    public static readonly ArmUnknown Value = new();

    private ArmUnknown()
    {
    }

    public override string ToString() => "<unknown>";
}
