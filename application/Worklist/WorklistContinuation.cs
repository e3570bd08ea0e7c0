using System.Buffers.Text;
using System.Text;
using BorderScreening.Application.Cases;

namespace BorderScreening.Application.Worklist;

/// <summary>
/// Continuation tokens of worklist pages: the index row key of the last case on the page, base64url
/// encoded. Opaque to clients; checked on the way back in (it must be a key of the asked sort order),
/// so a token can only ever start a range query inside the caller's own jurisdiction's index.
/// </summary>
internal static class WorklistContinuation
{
    /// <summary>The token for a page that ended at <paramref name="rowKey"/>.</summary>
    public static string Encode(string rowKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(rowKey));

    /// <summary>The index row key a token stands for; false when it is not a token of <paramref name="sort"/>.</summary>
    public static bool TryDecode(string token, string sort, out string? rowKey)
    {
        rowKey = null;
        if (token.Length > 400 || !Base64Url.IsValid(token))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        if (!WorklistIndex.Belongs(sort, text))
        {
            return false;
        }

        rowKey = text;
        return true;
    }
}
