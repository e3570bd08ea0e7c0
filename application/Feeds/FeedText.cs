namespace BorderScreening.Application.Feeds;

/// <summary>Text of a feed body, whichever host or command read it.</summary>
public static class FeedText
{
    /// <summary>
    /// Decodes a text body: UTF-8 (BOM allowed), falling back to Latin-1 — what EDIFACT UNOC
    /// interchanges from older carrier systems use.
    /// </summary>
    public static string Decode(byte[] body)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return System.Text.Encoding.Latin1.GetString(body);
        }
    }
}
