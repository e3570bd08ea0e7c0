namespace BorderScreening.Cli.Commands;

/// <summary>
/// Where the local host keeps its pseudonymisation keys: one file per jurisdiction in
/// <c>.data/pseudonymisation-keys/</c>. A store made by an earlier version was hashed with the one
/// shared key in <c>.data/pseudonymisation.key</c>; while that file exists it stays every
/// jurisdiction's previous key "v1", so sightings made before the upgrade keep counting for their
/// 90 days (docs/security.md, "Pseudonymisation keys and rotation"). Delete it afterwards.
/// </summary>
internal static class LocalKeySettings
{
    /// <summary>The privacy settings for a data folder, unless the environment sets them.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> For(string dataFolder, IConfiguration environment)
    {
        yield return new("Privacy:KeyFolder", environment["Privacy:KeyFolder"] ?? Path.Combine(dataFolder, "pseudonymisation-keys"));
        var shared = environment["Privacy:SharedKeyFile"] ?? Path.Combine(dataFolder, "pseudonymisation.key");
        yield return new("Privacy:SharedKeyFile", shared);
        if (File.Exists(shared) && !environment.GetSection("Privacy:SharedPreviousKeyIds").GetChildren().Any())
        {
            // "v1" was the only id earlier versions used locally.
            yield return new("Privacy:SharedPreviousKeyIds:0", "v1");
        }
    }
}
