using System.Security.Cryptography;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;
using Microsoft.Extensions.Options;

namespace BorderScreening.Adapters.Keys;

/// <summary>
/// Keys kept in local files (local host and tests), one per jurisdiction and key id
/// ("{KeyFolder}/cw-v1.key"). A current key's file is created with 32 random bytes on first use; a
/// previous key's file must exist, since a key made up now would link nothing. The files are never
/// part of the repository (.data/ is ignored).
/// </summary>
public sealed class FileKeyProvider : IPseudonymisationKeyProvider
{
    private readonly PseudonymisationKeyRing _ring;

    /// <summary>Loads or creates the key files named by the options.</summary>
    public FileKeyProvider(IOptions<PrivacyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        if (o.SharedPreviousKeyIds.Count > 1)
        {
            // Earlier versions kept exactly one local key file.
            throw new InvalidOperationException("Privacy:SharedPreviousKeyIds: locally only the one shared key of Privacy:SharedKeyFile can be listed.");
        }

        _ring = KeyRingLoader.Load(
            o,
            (jurisdiction, id) => LoadOrCreate(o.KeyFilePath(jurisdiction, id)),
            (jurisdiction, id) => ReadExisting(o.KeyFilePath(jurisdiction, id), $"previous key {id} of {jurisdiction.ToCode()}"),
            id => ReadExisting(o.SharedKeyFile, $"shared key {id}"));
    }

    /// <inheritdoc />
    public PseudonymisationKey Current(Jurisdiction jurisdiction) => _ring.Current(jurisdiction);

    /// <inheritdoc />
    public IReadOnlyList<PseudonymisationKey> Previous(Jurisdiction jurisdiction) => _ring.Previous(jurisdiction);

    private static byte[] LoadOrCreate(string file)
    {
        var path = Path.GetFullPath(file);
        if (File.Exists(path))
        {
            return Read(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(secret));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return secret;
    }

    private static byte[] ReadExisting(string file, string what)
    {
        var path = Path.GetFullPath(file);
        return File.Exists(path)
            ? Read(path)
            : throw new InvalidOperationException($"The {what} is configured but its file {path} is missing; remove it from the configuration or restore the file.");
    }

    private static byte[] Read(string path) => Convert.FromBase64String(File.ReadAllText(path).Trim());
}
