using System.Text;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Csv;

/// <summary>
/// Writes work-permit records as CSV with every column of <see cref="WorkPermitCsvColumns"/>
/// (RFC 4180, CRLF line ends, quotes where needed), readable by <see cref="WorkPermitCsvReader"/>.
/// </summary>
public sealed class WorkPermitCsvWriter
{
    /// <summary>Writes a header row and one row per record.</summary>
    public string Write(IEnumerable<WorkPermitRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var columns = WorkPermitCsvColumns.All;
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => c.Name)).Append("\r\n");
        foreach (var record in records)
        {
            text.AppendJoin(',', columns.Select(c => CsvTokenizer.Escape(c.Get(record)))).Append("\r\n");
        }

        return text.ToString();
    }
}
