using System.Globalization;
using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Feeds.Csv;

/// <summary>
/// The CSV columns of a work-permit batch: the record's JSON property paths, nested ones dotted
/// ("employer.id"), matched case-insensitively. One table serves the reader, the writer and the docs.
/// </summary>
internal static class WorkPermitCsvColumns
{
    /// <summary>Sets a column's value on a record, or says why the value cannot be read.</summary>
    public delegate WorkPermitRecord Setter(WorkPermitRecord record, string value, out string? error);

    /// <summary>One column: its name, how to read it and how to write it.</summary>
    public sealed record Column(string Name, string Format, Setter Set, Func<WorkPermitRecord, string?> Get);

    /// <summary>All columns in the order the writer uses.</summary>
    public static IReadOnlyList<Column> All { get; } =
    [
        Text("schemaVersion", (r, v) => r with { SchemaVersion = v }, r => r.SchemaVersion),
        new("jurisdiction", "AW, CW, SX, BQ-BO, BQ-SE or BQ-SA", SetJurisdiction, r => r.Jurisdiction.ToCode()),
        Text("sourceSystem", (r, v) => r with { SourceSystem = v }, r => r.SourceSystem),
        Text("applicationId", (r, v) => r with { ApplicationId = v }, r => r.ApplicationId),
        Date("applicationDate", (r, v) => r with { ApplicationDate = v }, r => r.ApplicationDate),
        Text("applicant.surname", (r, v) => r with { Applicant = r.Applicant with { Surname = v } }, r => r.Applicant?.Surname),
        Text("applicant.givenNames", (r, v) => r with { Applicant = r.Applicant with { GivenNames = v } }, r => r.Applicant?.GivenNames),
        Date("birthDate", (r, v) => r with { BirthDate = v }, r => r.BirthDate),
        Text("document.type", (r, v) => r with { Document = Doc(r) with { Type = v } }, r => r.Document?.Type),
        Text("document.number", (r, v) => r with { Document = Doc(r) with { Number = v } }, r => r.Document?.Number),
        Text("document.issuingState", (r, v) => r with { Document = Doc(r) with { IssuingState = v } }, r => r.Document?.IssuingState),
        Date("document.expiry", (r, v) => r with { Document = Doc(r) with { Expiry = v } }, r => r.Document?.Expiry),
        new("document.mrz", "the MRZ lines separated by line breaks or spaces",
            (WorkPermitRecord r, string v, out string? e) =>
            {
                e = null;
                return r with { Document = Doc(r) with { Mrz = v.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries) } };
            },
            r => r.Document?.Mrz is { Count: > 0 } mrz ? string.Join('\n', mrz) : null),
        Text("audit.sex", (r, v) => r with { Audit = (r.Audit ?? new()) with { Sex = v } }, r => r.Audit?.Sex),
        Text("audit.nationality", (r, v) => r with { Audit = (r.Audit ?? new()) with { Nationality = v } }, r => r.Audit?.Nationality),
        Text("employer.id", (r, v) => r with { Employer = (r.Employer ?? new()) with { Id = v } }, r => r.Employer?.Id),
        Text("employer.name", (r, v) => r with { Employer = (r.Employer ?? new()) with { Name = v } }, r => r.Employer?.Name),
        Enum<PartyKind>("employer.partyKind", (r, v) => r with { Employer = (r.Employer ?? new()) with { PartyKind = v } }, r => r.Employer?.PartyKind),
        Date("employer.registeredOn", (r, v) => r with { Employer = (r.Employer ?? new()) with { RegisteredOn = v } }, r => r.Employer?.RegisteredOn),
        Text("sector", (r, v) => r with { Sector = v }, r => r.Sector),
        Text("occupationCode", (r, v) => r with { OccupationCode = v }, r => r.OccupationCode),
        Enum<PermitType>("permitType", (r, v) => r with { PermitType = v }, r => r.PermitType),
        Int("durationDays", (r, v) => r with { DurationDays = v }, r => r.DurationDays),
        Decimal("offeredHourlyWage", (r, v) => r with { OfferedHourlyWage = v }, r => r.OfferedHourlyWage),
        Decimal("weeklyHours", (r, v) => r with { WeeklyHours = v }, r => r.WeeklyHours),
        Bool("housingProvidedByEmployer", (r, v) => r with { HousingProvidedByEmployer = v }, r => r.HousingProvidedByEmployer),
        Text("housingAddress", (r, v) => r with { HousingAddress = v }, r => r.HousingAddress),
        Text("workplaceAddress", (r, v) => r with { WorkplaceAddress = v }, r => r.WorkplaceAddress),
        Int("restDaysPerWeek", (r, v) => r with { RestDaysPerWeek = v }, r => r.RestDaysPerWeek),
        Text("recruitmentAgency.id", (r, v) => r with { RecruitmentAgency = (r.RecruitmentAgency ?? new()) with { Id = v } }, r => r.RecruitmentAgency?.Id),
        Text("recruitmentAgency.name", (r, v) => r with { RecruitmentAgency = (r.RecruitmentAgency ?? new()) with { Name = v } }, r => r.RecruitmentAgency?.Name),
        Enum<PartyKind>("recruitmentAgency.partyKind", (r, v) => r with { RecruitmentAgency = (r.RecruitmentAgency ?? new()) with { PartyKind = v } }, r => r.RecruitmentAgency?.PartyKind),
        Date("recruitmentAgency.registeredOn", (r, v) => r with { RecruitmentAgency = (r.RecruitmentAgency ?? new()) with { RegisteredOn = v } }, r => r.RecruitmentAgency?.RegisteredOn),
        Decimal("feesPaidByWorker", (r, v) => r with { FeesPaidByWorker = v }, r => r.FeesPaidByWorker),
        Enum<Submitter>("submittedBy", (r, v) => r with { SubmittedBy = v }, r => r.SubmittedBy),
        Bool("appliedInPerson", (r, v) => r with { AppliedInPerson = v }, r => r.AppliedInPerson),
        Bool("loanFromEmployer", (r, v) => r with { LoanFromEmployer = v }, r => r.LoanFromEmployer),
        Enum<DocumentKeeper>("documentsKeptBy", (r, v) => r with { DocumentsKeptBy = v }, r => r.DocumentsKeptBy),
        Text("contact.phone", (r, v) => r with { Contact = (r.Contact ?? new()) with { Phone = v } }, r => r.Contact?.Phone),
        Text("contact.email", (r, v) => r with { Contact = (r.Contact ?? new()) with { Email = v } }, r => r.Contact?.Email),
        Text("contact.address", (r, v) => r with { Contact = (r.Contact ?? new()) with { Address = v } }, r => r.Contact?.Address),
    ];

    private static TravelDocument Doc(WorkPermitRecord r) => r.Document ?? new TravelDocument();

    private static Column Text(string name, Func<WorkPermitRecord, string, WorkPermitRecord> set, Func<WorkPermitRecord, string?> get) =>
        new(name, "text", (WorkPermitRecord r, string v, out string? e) =>
        {
            e = null;
            return set(r, v);
        }, get);

    private static Column Date(string name, Func<WorkPermitRecord, DateOnly, WorkPermitRecord> set, Func<WorkPermitRecord, DateOnly?> get) =>
        new(name, "date yyyy-MM-dd", (WorkPermitRecord r, string v, out string? e) =>
        {
            if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                e = null;
                return set(r, date);
            }

            e = $"'{Shorten(v)}' is not a date (yyyy-MM-dd)";
            return r;
        }, r => get(r)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static Column Int(string name, Func<WorkPermitRecord, int, WorkPermitRecord> set, Func<WorkPermitRecord, int?> get) =>
        new(name, "whole number", (WorkPermitRecord r, string v, out string? e) =>
        {
            if (int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                e = null;
                return set(r, number);
            }

            e = $"'{Shorten(v)}' is not a whole number";
            return r;
        }, r => get(r)?.ToString(CultureInfo.InvariantCulture));

    private static Column Decimal(string name, Func<WorkPermitRecord, decimal, WorkPermitRecord> set, Func<WorkPermitRecord, decimal?> get) =>
        new(name, "number, '.' as decimal mark", (WorkPermitRecord r, string v, out string? e) =>
        {
            if (decimal.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                e = null;
                return set(r, number);
            }

            e = $"'{Shorten(v)}' is not a number (use '.' as the decimal mark, no thousands separators)";
            return r;
        }, r => get(r)?.ToString(CultureInfo.InvariantCulture));

    private static Column Bool(string name, Func<WorkPermitRecord, bool, WorkPermitRecord> set, Func<WorkPermitRecord, bool?> get) =>
        new(name, "true/false (yes/no, 1/0)", (WorkPermitRecord r, string v, out string? e) =>
        {
            e = null;
            switch (v.ToUpperInvariant())
            {
                case "TRUE" or "YES" or "Y" or "1":
                    return set(r, true);
                case "FALSE" or "NO" or "N" or "0":
                    return set(r, false);
                default:
                    e = $"'{Shorten(v)}' is not true or false";
                    return r;
            }
        }, r => get(r) is { } b ? (b ? "true" : "false") : null);

    private static Column Enum<T>(string name, Func<WorkPermitRecord, T, WorkPermitRecord> set, Func<WorkPermitRecord, T?> get)
        where T : struct, Enum => new(name, string.Join(", ", System.Enum.GetNames<T>()), (WorkPermitRecord r, string v, out string? e) =>
        {
            var key = v.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            foreach (var candidate in System.Enum.GetValues<T>())
            {
                if (string.Equals(candidate.ToString(), key, StringComparison.OrdinalIgnoreCase))
                {
                    e = null;
                    return set(r, candidate);
                }
            }

            e = $"'{Shorten(v)}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}";
            return r;
        }, r => get(r)?.ToString());

    private static WorkPermitRecord SetJurisdiction(WorkPermitRecord r, string v, out string? error)
    {
        if (JurisdictionCodes.TryParse(v, out var jurisdiction))
        {
            error = null;
            return r with { Jurisdiction = jurisdiction };
        }

        error = "must be one of AW, CW, SX, BQ-BO, BQ-SE, BQ-SA";
        return r;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
