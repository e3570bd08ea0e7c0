namespace BorderScreening.Application.Tests.Feeds.Fixtures;

/// <summary>Sample feed files, copied next to the test assembly.</summary>
internal static class FixtureFile
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Feeds", "Fixtures", name));

    public static byte[] ReadBytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Feeds", "Fixtures", name));

    /// <summary>The repository root (the folder holding BorderScreening.slnx).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BorderScreening.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
