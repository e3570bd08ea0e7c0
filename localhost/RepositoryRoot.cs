namespace BorderScreening.LocalHost;

/// <summary>Finds the repository root (the folder with package.json and the solution file).</summary>
public static class RepositoryRoot
{
    /// <summary>The root, searched upwards from the working directory and then from the binaries.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "BorderScreening.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository: package.json and BorderScreening.slnx were not found above the working directory.");
    }
}
