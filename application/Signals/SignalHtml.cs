using System.Globalization;
using System.Net;
using System.Text;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Signals;

/// <summary>
/// The printable rendering of a signal: one self-contained HTML page holding exactly the fields of
/// the JSON signal. No scripts, no external resources and no inline styles (the API's content
/// security policy forbids them), only plain markup that prints well as it is.
/// </summary>
public static class SignalHtml
{
    /// <summary>Renders a signal.</summary>
    public static string Render(ThemeSignal signal)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Theme-register signal {E(signal.SignalId)}</title>
            </head>
            <body>
            <h1>Theme-register signal — referral to {E(Words(signal.Destination.ToString()))}</h1>
            <p>Format {E(signal.Format)} {E(signal.FormatVersion)}. Confidential: contains personal data for the receiving partner only. Do not copy further.</p>
            """);
        Section(html, "Signal", [
            ("Signal id", signal.SignalId),
            ("Jurisdiction", signal.Jurisdiction.ToCode()),
            ("Destination", Words(signal.Destination.ToString())),
            ("Decided at", signal.DecidedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            ("Case reference", signal.CaseReference),
            ("Decided by (role)", signal.DecidedByRole),
            ("Reviewer's own assessment", signal.OwnAssessment?.ToString()),
            ("Reason codes", string.Join(", ", signal.ReasonCodes)),
        ]);
        Section(html, "Person", [
            ("Surname", signal.Person.Surname),
            ("Given names", signal.Person.GivenNames),
            ("Date of birth", signal.Person.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Document", signal.Person.DocumentNumber is null ? null : $"{signal.Person.DocumentType} {signal.Person.DocumentNumber}"),
            ("Address at destination", signal.Person.AddressAtDestination),
        ]);
        var c = signal.Circumstances;
        Section(html, "Circumstances", [
            ("Record", c.RecordKind),
            ("Flight", c.FlightNumber),
            ("Arrival airport", c.ArrivalAirport),
            ("Scheduled arrival", c.ScheduledArrival?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            ("Purpose of stay", c.PurposeOfStay),
            ("Application", c.ApplicationId),
            ("Sector", c.Sector),
            ("Permit type", c.PermitType),
        ]);
        Section(html, "Parties named", signal.Parties.Select(p => (Words(p.Role), (string?)string.Join(" ", new[] { p.Name, p.Id is null ? null : $"({p.Id})" }.Where(x => x is not null)))).ToList());
        html.Append("<h2>Indicators</h2>\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n<tr><th>Indicator</th><td><strong>Explanation</strong></td></tr>\n");
        foreach (var i in signal.Indicators)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(i.Title)}<br><small>{E(i.Id)} · {E(Words(i.Typology.ToString()))}</small></th><td>{E(i.Explanation)}<br><small>Source: {E(i.Source)}</small></td></tr>\n");
        }

        html.Append("</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string title, IReadOnlyList<(string Label, string? Value)> rows)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2>\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n");
        foreach (var (label, value) in rows.Where(r => !string.IsNullOrWhiteSpace(r.Value)))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(label)}</th><td>{E(value)}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    // "CriminalInvestigation" → "criminal investigation".
    private static string Words(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? " " + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
