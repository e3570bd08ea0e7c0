using System.Globalization;
using System.Net;
using System.Text;
using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Retention;
using BorderScreening.Domain.Auditing;
using BorderScreening.Domain.Indicators;

namespace BorderScreening.Application.Oversight.Transparency;

/// <summary>
/// The public description of the system for travellers, applicants and oversight bodies, rebuilt from
/// the indicator catalogue, the model card and the retention and monitoring settings
/// (<c>docs/transparency.md</c>, served as HTML at <c>/transparency</c> by the local host).
/// English, then Dutch.
/// </summary>
public static class TransparencyPage
{
    /// <summary>The page as Markdown.</summary>
    public static string RenderMarkdown(IndicatorCatalogue catalogue, ModelCardSummary card, RetentionOptions retention, MonitoringOptions monitoring)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(retention);
        ArgumentNullException.ThrowIfNull(monitoring);
        var md = new StringBuilder();
        foreach (var block in Blocks(catalogue, card, retention, monitoring))
        {
            switch (block)
            {
                case Heading h:
                    Line(md, new string('#', h.Level) + " " + h.Text);
                    break;
                case Comment c:
                    Line(md, $"<!-- {c.Text} -->");
                    break;
                case Paragraph p:
                    Line(md, p.Text);
                    break;
                case Bullets b:
                    foreach (var item in b.Items)
                    {
                        Line(md, "- " + item);
                    }

                    break;
                case Table t:
                    Line(md, "| " + string.Join(" | ", t.Header) + " |");
                    Line(md, "|" + string.Concat(t.Header.Select(_ => " --- |")));
                    foreach (var row in t.Rows)
                    {
                        Line(md, "| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
                    }

                    break;
            }

            Line(md, "");
        }

        return md.ToString();
    }

    /// <summary>The page as a self-contained HTML document (no scripts, no inline styles: the page's CSP holds).</summary>
    public static string RenderHtml(IndicatorCatalogue catalogue, ModelCardSummary card, RetentionOptions retention, MonitoringOptions monitoring)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Border screening — transparency</title></head>\n<body>\n<main>\n");
        foreach (var block in Blocks(catalogue, card, retention, monitoring))
        {
            switch (block)
            {
                case Heading h:
                    html.Append(CultureInfo.InvariantCulture, $"<h{h.Level}>{E(h.Text)}</h{h.Level}>\n");
                    break;
                case Paragraph p:
                    html.Append(CultureInfo.InvariantCulture, $"<p>{E(p.Text)}</p>\n");
                    break;
                case Bullets b:
                    html.Append("<ul>\n");
                    foreach (var item in b.Items)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<li>{E(item)}</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case Table t:
                    html.Append("<table>\n<thead><tr>");
                    foreach (var cell in t.Header)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{E(cell)}</th>");
                    }

                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{E(c)}</td>"))).Append("</tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                    break;
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<object> Blocks(IndicatorCatalogue catalogue, ModelCardSummary card, RetentionOptions retention, MonitoringOptions monitoring)
    {
        var active = catalogue.Indicators.Where(i => i.Status == IndicatorStatus.Active).ToList();
        var shadow = catalogue.Indicators.Count(i => i.Status == IndicatorStatus.Shadow);
        var auprc = card.HoldoutAuprc.ToString("0.00", CultureInfo.InvariantCulture);
        var rules = card.RulesOnlyAuprc?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";
        var psi = monitoring.PsiThreshold.ToString("0.##", CultureInfo.InvariantCulture);
        var low = monitoring.RatioLow.ToString("0.##", CultureInfo.InvariantCulture);
        var high = monitoring.RatioHigh.ToString("0.##", CultureInfo.InvariantCulture);

        yield return new Comment("Generated by `screening transparency` from the indicator catalogue, model/shipped/model-card.json and the retention and monitoring settings. Do not edit by hand.");
        yield return new Heading(1, "Border screening for signs of human trafficking — how it works");
        yield return new Paragraph($"Indicator catalogue {catalogue.Version}; model {card.ModelVersion}. Nederlandse tekst: zie onder.");

        yield return new Heading(2, "Purpose");
        yield return new Paragraph("The border services of Aruba, Curaçao, Sint Maarten and the Caribbean Netherlands (with the Royal Marechaussee) use this system to notice circumstances that may point to human trafficking or exploitation among travellers and work-permit applicants, so that people at risk can be offered protection and help. The system ranks and explains records for a person to review; it never decides about anyone on its own, and nothing happens to a traveller or applicant because of a score alone.");

        yield return new Heading(2, "What is checked, and what is never used");
        yield return new Paragraph($"Each record is checked against a published list of {active.Count} indicators ({shadow} more are being trialled in shadow mode, recorded but never counted). Indicators describe circumstances and behaviour — who paid the ticket, who sponsors the stay, how many others name the same sponsor, recruitment fees, job conditions — drawn from published catalogues (ILO/EC operational indicators, UNODC, Frontex). Nationality, ethnicity, religion and sex are never rule conditions or model inputs; they are kept apart and used only to check the outcomes for unequal treatment.");
        yield return new Table(
            ["Indicator", "Title", "Form of exploitation", "Forces review", "Source"],
            [.. active.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => new[] { i.Id, i.Title.En, i.Typology.ToString(), i.ForcesReview ? "yes" : "no", i.Source })]);

        yield return new Heading(2, "The model");
        yield return new Paragraph($"A statistical model ({card.Trainer}, {card.FeatureCount} circumstantial features, trained {card.CreatedAt:yyyy-MM-dd}) adds a probability to the indicators. It is trained offline and frozen; it never learns by itself, and a new version is used only after evaluation against the version in service and the rules alone, and a shadow period. Training data: {card.DataDescription} On held-out data its precision-recall area is {auprc} against {rules} for the rules alone. The model card checked {card.FairnessGroups} audit groups; {card.FairnessFlagged} were flagged for a disparity.");

        yield return new Heading(2, "Human review");
        yield return new Paragraph("Every hit goes to a trained reviewer of the jurisdiction concerned, who sees why the record was raised — each indicator with the facts that triggered it and the model's main reasons — records an own assessment first, and then decides: no concern, referral to victim support, labour inspection or criminal investigation, or insufficient information. Each jurisdiction's reviewers see only their own cases, and every view and action is logged.");
        yield return new Paragraph("Every hit has a review deadline: for an arriving traveller the scheduled arrival, for a work-permit application a set review period. A hit that nobody has taken up close to its deadline is moved to the top of the worklist and the supervisors of the jurisdiction are alerted. A hit that is not reviewed in time — because its deadline passed, or because it could not be delivered to the reviewers — is never dropped silently: it is recorded as a missed review, shown to the supervisors, and counted in the published statistics (missed deadlines, and of those the hits that never reached a reviewer).");

        yield return new Heading(2, "Monitoring");
        var alerting = AuditGroup.Dimensions.Where(d => !monitoring.ExpectedDisparities.Contains(d + ":*", StringComparer.Ordinal)).Select(DimensionEn).ToList();
        var reportedOnly = AuditGroup.Dimensions.Where(d => monitoring.ExpectedDisparities.Contains(d + ":*", StringComparer.Ordinal)).Select(DimensionEn).ToList();
        yield return new Paragraph(
            $"Every day the system checks whether the scores and model inputs still look like the data the model was trained on (a population stability index above {psi} raises an alert), how often each indicator fires, and whether hits and referrals fall unequally on groups by {string.Join(" or ", alerting)}: an alert when a group's rate is outside {low}–{high} times that of the others, for groups of at least {monitoring.MinimumGroupSize} records, and the difference is beyond chance."
            + (reportedOnly.Count == 0 ? "" : $" Rates by {string.Join(" and ", reportedOnly)} are reported as well but raise no alert, because age is an intended input (minors travelling alone, minimum ages for some permits).")
            + " Alerts go to auditors and data scientists; they hold figures only, no personal data.");

        yield return new Heading(2, "Data kept, and for how long");
        yield return new Bullets(
        [
            "Identifiers (document numbers, names with birth date, phone numbers, e-mail, addresses, employer and sponsor) are replaced by keyed codes for linking and counting; clear values are kept only for hits, because a reviewer needs them.",
            $"Results for records that were not hits are deleted after {retention.NonHitAssessmentDays} days, and the traces used for counting (keyed codes only) after {retention.SightingDays} days.",
            $"Reviewed and expired cases are depersonalised after {retention.CaseDepersonaliseDays} days: the clear personal data is removed, the decision is kept as a figure.",
            $"Files that border systems drop for screening are deleted {retention.DroppedFileDays} days after they were screened.",
            $"The record of who looked at or acted on a case is kept for {retention.AuditDays / 365} years; remarks typed into it are removed after {retention.AuditReasonDays} days.",
            "Each country's data is coded with that country's own keys, so records of different countries cannot be linked.",
            "No personal data is written to logs or telemetry.",
        ]);

        yield return new Heading(2, "Questions and complaints");
        yield return new Paragraph("You may ask the border service of the jurisdiction where you travelled or applied whether data about you was processed, to see it, and to have it corrected. If you disagree with how you were treated, you can complain to that border service, then to the ombudsman, and about data protection to the data protection supervisor of that jurisdiction (for the Caribbean Netherlands the Dutch Autoriteit Persoonsgegevens).");

        yield return new Heading(1, "Nederlands: screening aan de grens op signalen van mensenhandel");
        yield return new Paragraph("Doel: de grensdiensten van Aruba, Curaçao, Sint Maarten en Caribisch Nederland (met de Koninklijke Marechaussee) gebruiken dit systeem om omstandigheden op te merken die kunnen wijzen op mensenhandel of uitbuiting van reizigers en aanvragers van een werkvergunning, zodat mensen in gevaar bescherming en hulp kunnen krijgen. Het systeem rangschikt en licht toe; het beslist nooit zelf. Een mens beoordeelt elke hit.");
        yield return new Paragraph("Termijnen: elke hit heeft een uiterste beoordelingstermijn (voor een aankomende reiziger de geplande aankomst, voor een werkvergunning een vaste termijn). Een hit die kort voor die termijn nog door niemand is opgepakt, komt bovenaan de werklijst en de supervisors van het land krijgen een signaal. Een hit die niet op tijd is beoordeeld — omdat de termijn verstreek of omdat hij de beoordelaars niet bereikte — verdwijnt nooit stilletjes: hij wordt vastgelegd als gemiste beoordeling, is zichtbaar voor de supervisors en telt mee in de gepubliceerde cijfers.");
        yield return new Paragraph($"Wat wordt gecontroleerd: {active.Count} gepubliceerde indicatoren (tabel hierboven; {shadow} in proef) over omstandigheden en gedrag, plus een statistisch model ({card.ModelVersion}) dat offline is getraind en niet zelf bijleert. Nationaliteit, etniciteit, godsdienst en geslacht worden nooit gebruikt om te scoren; ze worden apart bewaard, alleen om de uitkomsten te toetsen op ongelijke behandeling.");
        yield return new Paragraph($"Toezicht: dagelijks wordt gecontroleerd of scores en modelinvoer afwijken van de trainingsgegevens (PSI boven {psi}) en of hits en doorverwijzingen ongelijk vallen per nationaliteitsgroep of geslacht (buiten {low}–{high} maal die van de anderen); cijfers per leeftijdsgroep worden ook getoond. Signalen gaan naar auditors en data scientists en bevatten alleen cijfers.");
        yield return new Paragraph($"Bewaartermijnen: uitkomsten zonder hit worden na {retention.NonHitAssessmentDays} dagen verwijderd; beoordeelde zaken worden na {retention.CaseDepersonaliseDays} dagen ontdaan van persoonsgegevens; aangeleverde bestanden worden {retention.DroppedFileDays} dagen na de screening verwijderd; het overzicht van wie een zaak inzag of behandelde blijft {retention.AuditDays / 365} jaar bewaard, vrije toelichtingen daarin worden na {retention.AuditReasonDays} dagen verwijderd. De gegevens van elk land worden met de eigen sleutels van dat land gecodeerd, zodat gegevens van verschillende landen niet te koppelen zijn. Er komen geen persoonsgegevens in logbestanden.");
        yield return new Paragraph("Vragen en klachten: u kunt bij de grensdienst van het land waar u reisde of aanvroeg vragen of gegevens over u zijn verwerkt, die inzien en laten verbeteren. Een klacht dient u in bij die grensdienst, daarna bij de ombudsman, en over gegevensbescherming bij de toezichthouder van dat land (voor Caribisch Nederland de Autoriteit Persoonsgegevens).");
    }

    private static string DimensionEn(string dimension) => dimension switch
    {
        "nationalityGroup" => "nationality group",
        "ageBand" => "age band",
        _ => dimension,
    };

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private sealed record Heading(int Level, string Text);

    private sealed record Paragraph(string Text);

    private sealed record Comment(string Text);

    private sealed record Bullets(IReadOnlyList<string> Items);

    private sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows);
}
