using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace BorderScreening.Http.Security;

/// <summary>
/// The HMAC key of local tokens: 64 random bytes in a file created on first use with owner-only
/// permissions. Shared by <see cref="LocalTokenIssuer"/> and <see cref="TokenValidator"/>.
/// </summary>
internal static class LocalSigningKey
{
    /// <summary>The one algorithm local tokens are signed with and accepted in.</summary>
    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    /// <summary>Loads the key, creating the file when it does not exist.</summary>
    public static SymmetricSecurityKey LoadOrCreate(string path)
    {
        var full = Path.GetFullPath(path);
        byte[] secret;
        if (!File.Exists(full))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            secret = RandomNumberGenerator.GetBytes(64);
            try
            {
                // CreateNew: when two processes race, the loser reads the winner's key.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(secret));
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another process created it first.
            }
        }

        secret = ReadWithRetry(full);
        if (secret.Length < 32)
        {
            throw new InvalidOperationException("The local token signing key is shorter than 256 bits.");
        }

        return new SymmetricSecurityKey(secret) { KeyId = KeyIdOf(secret) };
    }

    private static byte[] ReadWithRetry(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            if (text.Length > 0 || attempt >= 20)
            {
                return Convert.FromBase64String(text);
            }

            // The creator has not written its key yet.
            Thread.Sleep(25);
        }
    }

    // A public fingerprint so a token names the key it was made with (never the key itself).
    private static string KeyIdOf(byte[] secret) =>
        Base64UrlEncoder.Encode(SHA256.HashData(secret).AsSpan(0, 9).ToArray());
}
