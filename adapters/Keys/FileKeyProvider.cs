using System.Security.Cryptography;
using BorderScreening.Domain.Privacy;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Keys;

/// <summary>
/// A key kept in a local file (local host and tests). The file is created with 32 random bytes on
/// first use and is never part of the repository (.data/ is ignored).
/// </summary>
public sealed class FileKeyProvider : IPseudonymisationKeyProvider
{
    /// <summary>Loads or creates the key file named in the options.</summary>
    public FileKeyProvider(IOptions<PrivacyOptions> options)
    {
        var path = Path.GetFullPath(options.Value.KeyFile);
        byte[] secret;
        if (File.Exists(path))
        {
            secret = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            secret = RandomNumberGenerator.GetBytes(32);
            File.WriteAllText(path, Convert.ToBase64String(secret));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Current = new PseudonymisationKey(options.Value.CurrentKeyId, secret);
    }

    /// <inheritdoc />
    public PseudonymisationKey Current { get; }

    /// <inheritdoc />
    public IReadOnlyList<PseudonymisationKey> Previous { get; } = [];
}
