using System.Text;

namespace BorderScreening.Application.Feeds.Csv;

/// <summary>
/// RFC 4180 tokenizer: comma separated, fields optionally in double quotes, "" for a quote inside a
/// quoted field, line breaks (CRLF, LF or CR) inside quoted fields. Lenient where RFC 4180 is
/// strict: a quote inside an unquoted field, or text after a closing quote, is kept with a warning.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>Splits <paramref name="text"/> into rows; never throws.</summary>
    public static IEnumerable<CsvRow> Rows(string text)
    {
        text ??= "";
        var i = 0;
        var line = 1;
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var rowLine = line;
            var fields = new List<string>();
            var warnings = new List<string>();
            string? error = null;
            while (true)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    var openedAt = line;
                    i++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                        {
                            line++;
                        }

                        field.Append(c);
                        i++;
                    }

                    if (!closed)
                    {
                        error = $"the quoted field opened on line {openedAt} is not closed";
                        fields.Add(field.ToString());
                        break;
                    }

                    var trailingStart = i;
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i]);
                        i++;
                    }

                    if (i > trailingStart)
                    {
                        warnings.Add($"text after a closing quote in field {fields.Count + 1} kept");
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i]);
                        i++;
                    }

                    if (field.ToString().Contains('"', StringComparison.Ordinal))
                    {
                        warnings.Add($"a quote inside the unquoted field {fields.Count + 1} taken literally");
                    }
                }

                fields.Add(field.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                // End of record: CRLF, LF or a lone CR.
                if (i < text.Length && text[i] == '\r')
                {
                    i++;
                }

                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                }

                line++;
                break;
            }

            yield return new CsvRow(rowLine, fields, error, warnings);
            if (error is not null)
            {
                yield break;
            }
        }
    }

    /// <summary>Quotes a value when it holds a comma, quote, line break or surrounding space.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
