namespace BorderScreening.LocalHost;

/// <summary>How the local host runs the Azure Storage emulator.</summary>
public sealed class AzuriteOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Azurite";

    /// <summary>Start Azurite with the local host (off when Storage:ConnectionString points elsewhere).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder for Azurite's data, so a restart keeps it; relative to the repository root.</summary>
    public string DataFolder { get; set; } = ".data/azurite";

    /// <summary>Blob port (0 picks a free one).</summary>
    public int BlobPort { get; set; } = 10000;

    /// <summary>Queue port (0 picks a free one).</summary>
    public int QueuePort { get; set; } = 10001;

    /// <summary>Table port (0 picks a free one).</summary>
    public int TablePort { get; set; } = 10002;
}
