namespace BorderScreening.Application.Storage;

/// <summary>
/// How to reach Azure Storage. Locally a connection string (Azurite); in Azure the service URIs,
/// reached with the managed identity (DefaultAzureCredential). No keys in Azure configuration.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>Connection string (Azurite only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Table service URI for managed identity.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Blob service URI for managed identity.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>Queue service URI for managed identity.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Prefix for table, container and queue names (tests use a unique one per run).</summary>
    public string NamePrefix { get; set; } = "";

    /// <summary>
    /// The prefix as table names take it (letters and digits only), and lower-cased for blob
    /// containers and queues, which allow no upper case.
    /// </summary>
    public string TablePrefix => new(NamePrefix.Where(char.IsAsciiLetterOrDigit).ToArray());

    /// <summary>The prefix for blob containers and queues.</summary>
    public string LowerCasePrefix => TablePrefix.ToLowerInvariant();

    /// <summary>Whether the options name a usable endpoint.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ConnectionString) || (TableServiceUri is not null && BlobServiceUri is not null && QueueServiceUri is not null);
}
