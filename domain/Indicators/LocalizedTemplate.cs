using System.Globalization;
using System.Text;

namespace BorderScreening.Domain.Indicators;

/// <summary>
/// A text with <c>{name}</c> placeholders in Dutch and English, split into segments once at load
/// time so rendering is a single pass.
/// </summary>
public sealed class LocalizedTemplate
{
    private readonly Segment[] _nl;
    private readonly Segment[] _en;

    internal LocalizedTemplate(string nl, string en)
    {
        Nl = nl;
        En = en;
        _nl = Parse(nl, out _);
        _en = Parse(en, out _);
    }

    /// <summary>The Dutch template text.</summary>
    public string Nl { get; }

    /// <summary>The English template text.</summary>
    public string En { get; }

    /// <summary>Renders the Dutch text with the values.</summary>
    public string RenderNl(IReadOnlyDictionary<string, string> values) => Render(_nl, values);

    /// <summary>Renders the English text with the values.</summary>
    public string RenderEn(IReadOnlyDictionary<string, string> values) => Render(_en, values);

    /// <summary>The placeholder names a template text uses, or an error for malformed braces.</summary>
    internal static IReadOnlyList<string> Placeholders(string text, out string? error)
    {
        var segments = Parse(text, out error);
        return [.. segments.Where(s => s.IsPlaceholder).Select(s => s.Text)];
    }

    private static string Render(Segment[] segments, IReadOnlyDictionary<string, string> values)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            // The loader guarantees every placeholder is produced by the condition; "?" is a last resort.
            builder.Append(segment.IsPlaceholder ? values.GetValueOrDefault(segment.Text, "?") : segment.Text);
        }

        return builder.ToString();
    }

    private static Segment[] Parse(string text, out string? error)
    {
        error = null;
        var segments = new List<Segment>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var strayClose = text.IndexOf('}', position);
            if (strayClose >= 0 && (open < 0 || strayClose < open))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"'}}' without '{{' at position {strayClose}");
                return [.. segments];
            }

            if (open < 0)
            {
                segments.Add(new Segment(text[position..], false));
                break;
            }

            if (open > position)
            {
                segments.Add(new Segment(text[position..open], false));
            }

            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"'{{' without '}}' at position {open}");
                return [.. segments];
            }

            var name = text[(open + 1)..close];
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_'))
            {
                error = $"placeholder '{{{name}}}' is not a simple name";
                return [.. segments];
            }

            segments.Add(new Segment(name, true));
            position = close + 1;
        }

        return [.. segments];
    }

    private readonly record struct Segment(string Text, bool IsPlaceholder);
}
