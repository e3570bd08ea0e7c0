using System.Globalization;
using System.Text.RegularExpressions;
using BorderScreening.Application.Assessments;
using BorderScreening.Application.Audit;
using BorderScreening.Application.Cases;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Security;
using BorderScreening.Domain.Common;
using BorderScreening.Domain.Records;
using BorderScreening.Domain.Watchlists;
using Microsoft.Extensions.Options;

namespace BorderScreening.Application.Watchlists;

/// <summary>
/// Managing lists and entries: <see cref="AppRoles.WatchlistManage"/> for lists of entities of
/// interest, <see cref="AppRoles.WatchlistChildren"/> for missing-children lists, each in the
/// jurisdictions the caller reaches. Every change is audited (ids only; names and reasons stay in the
/// list) and moves the stored version, which every instance picks up within its refresh interval.
/// </summary>
public sealed partial class WatchlistService(
    IWatchlistStore store,
    WatchlistEntryFactory entries,
    WatchlistCache cache,
    IAuditLog audit,
    IAssessmentStore assessments,
    IOptions<WatchlistOptions> options,
    TimeProvider time)
{
    private static readonly string[] EntityTypologies = ["LabourExploitation", "SexualExploitation"];

    /// <summary>The role that manages lists of <paramref name="purpose"/>.</summary>
    public static string ManageRole(WatchlistPurpose purpose) =>
        purpose == WatchlistPurpose.MissingChildren ? AppRoles.WatchlistChildren : AppRoles.WatchlistManage;

    /// <summary>The lists the caller manages, or that apply where the caller reviews.</summary>
    public async Task<IReadOnlyList<WatchlistDefinition>> ListsAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return (await store.ListsAsync(cancellationToken)).Where(l => CanManage(caller, l) || CanSee(caller, l)).ToList();
    }

    /// <summary>Creates a list owned by a jurisdiction the caller manages; the owner's consent is recorded with it.</summary>
    public async Task<ReviewResult<WatchlistDefinition>> CreateListAsync(Caller caller, WatchlistListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (request.Id is null || !ListIdPattern().IsMatch(request.Id))
        {
            errors.Add(new FieldError("id", "must be 3-40 lower-case letters, digits and dashes"));
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
        {
            errors.Add(new FieldError("name", "is required (at most 100 characters)"));
        }

        if (!EnumNames.TryParse<WatchlistPurpose>(request.Purpose, out var purpose))
        {
            errors.Add(new FieldError("purpose", $"must be one of {EnumNames.Listed<WatchlistPurpose>()}"));
        }

        var typology = purpose == WatchlistPurpose.MissingChildren ? "ChildTrafficking"
            : EntityTypologies.FirstOrDefault(t => string.Equals(t, request.Typology, StringComparison.OrdinalIgnoreCase));
        if (typology is null)
        {
            errors.Add(new FieldError("typology", $"must be one of {string.Join(", ", EntityTypologies)} for a list of entities of interest"));
        }

        if (!JurisdictionCodes.TryParse(request.Owner, out var owner))
        {
            errors.Add(new FieldError("owner", "must be a jurisdiction code (AW, CW, SX, BQ-BO, BQ-SE, BQ-SA)"));
        }

        if (request.Threshold is { } t && t is < 0.5 or > 1)
        {
            errors.Add(new FieldError("threshold", "must lie in [0.5, 1]"));
        }

        if (errors.Count > 0)
        {
            return ReviewResult<WatchlistDefinition>.Invalid([.. errors]);
        }

        var role = ManageRole(purpose);
        if (!caller.Reaches(role, owner))
        {
            return ReviewResult<WatchlistDefinition>.Forbidden($"Creating this list needs {role} for {owner.ToCode()}.");
        }

        var now = time.GetUtcNow();
        var list = new WatchlistDefinition
        {
            Id = request.Id!, Name = request.Name!.Trim(), Purpose = purpose, Typology = typology!, Owner = owner,
            Consents = [new WatchlistConsent(owner, caller.Subject, now, "owner")],
            Threshold = request.Threshold ?? NameSimilarity.DefaultThreshold,
            // A missing child is never left to the score alone.
            FuzzyCreatesCase = purpose == WatchlistPurpose.MissingChildren || request.FuzzyCreatesCase == true,
            CreatedBy = caller.Subject, CreatedAt = now,
        };
        if (!await store.AddListAsync(list, cancellationToken))
        {
            return ReviewResult<WatchlistDefinition>.Conflict($"A list '{list.Id}' exists.");
        }

        await Changed(caller, role, "watchlist.created", owner, $"{list.Id} ({purpose}, {typology}, threshold {list.Threshold.ToString("0.00", CultureInfo.InvariantCulture)})", cancellationToken);
        return ReviewResult<WatchlistDefinition>.Ok(list);
    }

    /// <summary>Records a jurisdiction's consent to apply a shared list (a manager of that jurisdiction, with the basis).</summary>
    public async Task<ReviewResult<WatchlistDefinition>> ConsentAsync(Caller caller, string listId, string? jurisdictionCode, string? basis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!JurisdictionCodes.TryParse(jurisdictionCode, out var jurisdiction))
        {
            return ReviewResult<WatchlistDefinition>.Invalid(new FieldError("jurisdiction", "must be a jurisdiction code"));
        }

        if (string.IsNullOrWhiteSpace(basis) || basis.Length > 500)
        {
            return ReviewResult<WatchlistDefinition>.Invalid(new FieldError("basis", "is required: the agreement the consent rests on (at most 500 characters)"));
        }

        if (await store.GetListAsync(listId, cancellationToken) is not { } list)
        {
            return ReviewResult<WatchlistDefinition>.NotFound();
        }

        var role = ManageRole(list.Purpose);
        if (!caller.Reaches(role, jurisdiction))
        {
            return ReviewResult<WatchlistDefinition>.Forbidden($"Consent for {jurisdiction.ToCode()} needs {role} for {jurisdiction.ToCode()}.");
        }

        if (list.AppliesTo.Contains(jurisdiction))
        {
            return ReviewResult<WatchlistDefinition>.Ok(list);
        }

        var updated = list with { Consents = [.. list.Consents, new WatchlistConsent(jurisdiction, caller.Subject, time.GetUtcNow(), basis.Trim())] };
        await store.SaveListAsync(updated, cancellationToken);
        await Changed(caller, role, "watchlist.consented", jurisdiction, $"{list.Id} (owner {list.Owner.ToCode()})", basis.Trim(), cancellationToken);
        return ReviewResult<WatchlistDefinition>.Ok(updated);
    }

    /// <summary>Adds (or replaces) one entry.</summary>
    public async Task<ReviewResult<WatchlistEntry>> AddEntryAsync(Caller caller, string listId, WatchlistEntryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        // The body is checked before the list is looked up: bad input is a 400 naming the field first.
        var (entry, errors) = entries.Create(listId, request, caller.Subject, time.GetUtcNow());
        if (entry is null)
        {
            return ReviewResult<WatchlistEntry>.Invalid([.. errors]);
        }

        if (await ManagedAsync(caller, listId, cancellationToken) is not { } list)
        {
            return await store.GetListAsync(listId, cancellationToken) is null
                ? ReviewResult<WatchlistEntry>.NotFound()
                : ReviewResult<WatchlistEntry>.Forbidden("Changing this list needs its manager role for its owner jurisdiction.");
        }

        await store.SaveEntriesAsync(list.Id, [entry], cancellationToken);
        await Changed(caller, ManageRole(list.Purpose), "watchlist.entry.added", list.Owner, $"{list.Id}/{entry.Listed.EntryId} ({entry.Listed.Kind})", cancellationToken);
        return ReviewResult<WatchlistEntry>.Ok(entry);
    }

    /// <summary>Bulk import from CSV (<see cref="WatchlistCsv"/>): valid lines are stored, each bad line reported.</summary>
    public async Task<ReviewResult<WatchlistImportReport>> ImportAsync(Caller caller, string listId, TextReader csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await ManagedAsync(caller, listId, cancellationToken) is not { } list)
        {
            return await store.GetListAsync(listId, cancellationToken) is null
                ? ReviewResult<WatchlistImportReport>.NotFound()
                : ReviewResult<WatchlistImportReport>.Forbidden("Importing into this list needs its manager role for its owner jurisdiction.");
        }

        var (requests, errors) = WatchlistCsv.Read(csv, options.Value.MaxImportLines);
        var all = errors.ToList();
        var valid = new List<WatchlistEntry>();
        var now = time.GetUtcNow();
        foreach (var (line, request) in requests)
        {
            var (entry, lineErrors) = entries.Create(list.Id, request, caller.Subject, now, $"line {line}: ");
            if (entry is null)
            {
                all.AddRange(lineErrors);
            }
            else
            {
                valid.Add(entry);
            }
        }

        // One id twice in a file: the last line wins, as a re-import of a corrected line would.
        var distinct = valid.GroupBy(e => e.Listed.EntryId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (distinct.Count > 0)
        {
            await store.SaveEntriesAsync(list.Id, distinct, cancellationToken);
            await Changed(caller, ManageRole(list.Purpose), "watchlist.imported", list.Owner,
                $"{list.Id}: {distinct.Count} entries stored, {all.Count} lines refused", cancellationToken);
        }

        return ReviewResult<WatchlistImportReport>.Ok(new WatchlistImportReport(distinct.Count, all));
    }

    /// <summary>Ends an entry's validity (today, or the given day): it stops matching from the next day on.</summary>
    public async Task<ReviewResult<WatchlistEntry>> ExpireEntryAsync(Caller caller, string listId, string entryId, DateOnly? lastDay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await ManagedAsync(caller, listId, cancellationToken) is not { } list || await store.GetEntryAsync(listId, entryId, cancellationToken) is not { } entry)
        {
            return ReviewResult<WatchlistEntry>.NotFound();
        }

        var day = lastDay ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        var expired = entry with { Listed = entry.Listed with { ValidTo = day } };
        await store.SaveEntriesAsync(list.Id, [expired], cancellationToken);
        await Changed(caller, ManageRole(list.Purpose), "watchlist.entry.expired", list.Owner, $"{list.Id}/{entryId} valid to {day:yyyy-MM-dd}", cancellationToken);
        return ReviewResult<WatchlistEntry>.Ok(expired);
    }

    /// <summary>Removes an entry.</summary>
    public async Task<ReviewResult<bool>> RemoveEntryAsync(Caller caller, string listId, string entryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await ManagedAsync(caller, listId, cancellationToken) is not { } list || !await store.DeleteEntryAsync(listId, entryId, cancellationToken))
        {
            return ReviewResult<bool>.NotFound();
        }

        await Changed(caller, ManageRole(list.Purpose), "watchlist.entry.removed", list.Owner, $"{list.Id}/{entryId}", cancellationToken);
        return ReviewResult<bool>.Ok(true);
    }

    /// <summary>A list's entries (its managers).</summary>
    public async Task<ReviewResult<IReadOnlyList<WatchlistEntry>>> EntriesAsync(Caller caller, string listId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await ManagedAsync(caller, listId, cancellationToken) is { } list
            ? ReviewResult<IReadOnlyList<WatchlistEntry>>.Ok(await store.EntriesAsync(list.Id, cancellationToken))
            : ReviewResult<IReadOnlyList<WatchlistEntry>>.NotFound();
    }

    /// <summary>One entry: to its managers, and to reviewers of a jurisdiction the list applies to (a matched entry on their case).</summary>
    public async Task<ReviewResult<WatchlistEntry>> GetEntryAsync(Caller caller, string listId, string entryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var list = await store.GetListAsync(listId, cancellationToken);
        if (list is null || !(CanManage(caller, list) || CanSee(caller, list)) || await store.GetEntryAsync(listId, entryId, cancellationToken) is not { } entry)
        {
            return ReviewResult<WatchlistEntry>.NotFound();
        }

        await audit.WriteAsync(Actor(caller, "read"), "watchlist.entry.viewed", list.Owner, null, $"{list.Id}/{entryId}", cancellationToken);
        return ReviewResult<WatchlistEntry>.Ok(entry);
    }

    /// <summary>
    /// A reviewer marks a case's match with an entry as false: kept as a labelled pair (match = false)
    /// of the case's name and the entry's, for the list managers' evaluation, and audited on the case.
    /// </summary>
    public async Task<ReviewResult<FalseMatch>> ReportFalseMatchAsync(Caller caller, string listId, string entryId, string caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var reviewCase = await assessments.GetCaseAsync(caseId, cancellationToken);
        if (reviewCase is null || !caller.CanReview(reviewCase.Jurisdiction)
            || await store.GetListAsync(listId, cancellationToken) is not { } list || !list.AppliesTo.Contains(reviewCase.Jurisdiction)
            || await store.GetEntryAsync(listId, entryId, cancellationToken) is not { } entry)
        {
            return ReviewResult<FalseMatch>.NotFound();
        }

        var (name, birth) = reviewCase.Record switch
        {
            TravellerRecord t => (t.Name, t.BirthDate),
            WorkPermitRecord w => (w.Applicant, w.BirthDate),
            _ => (new PersonName(), null),
        };
        var falseMatch = new FalseMatch(list.Id, entryId, reviewCase.Jurisdiction, caseId,
            name.GivenNames ?? "", name.Surname, birth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            entry.Listed.GivenNames ?? "", entry.Listed.Name ?? "", entry.Listed.BirthDate?.ToString() ?? "",
            caller.Subject, time.GetUtcNow());
        await store.AddFalseMatchAsync(falseMatch, cancellationToken);
        await audit.WriteAsync(Actor(caller, "review"), "watchlist.false-match", reviewCase.Jurisdiction, caseId, $"{list.Id}/{entryId}", cancellationToken);
        return ReviewResult<FalseMatch>.Ok(falseMatch);
    }

    /// <summary>
    /// The false matches reported on a list, as a labelled-pairs CSV (its managers; audited: the file
    /// holds the names of the screened people).
    /// </summary>
    public async Task<ReviewResult<string>> FalseMatchesCsvAsync(Caller caller, string listId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await ManagedAsync(caller, listId, cancellationToken) is not { } list)
        {
            return ReviewResult<string>.NotFound();
        }

        var falseMatches = await store.FalseMatchesAsync(list.Id, cancellationToken);
        await audit.WriteAsync(Actor(caller, "read"), "watchlist.false-matches.exported", list.Owner, null, $"{list.Id}: {falseMatches.Count} pairs", cancellationToken);
        return ReviewResult<string>.Ok(FalseMatchCsv.Write(falseMatches));
    }

    private static bool CanManage(Caller caller, WatchlistDefinition list) => caller.Reaches(ManageRole(list.Purpose), list.Owner);

    private static bool CanSee(Caller caller, WatchlistDefinition list) => list.AppliesTo.Any(caller.CanReview);

    private async Task<WatchlistDefinition?> ManagedAsync(Caller caller, string listId, CancellationToken cancellationToken) =>
        await store.GetListAsync(listId, cancellationToken) is { } list && CanManage(caller, list) ? list : null;

    private Task Changed(Caller caller, string role, string action, Jurisdiction jurisdiction, string detail, CancellationToken cancellationToken) =>
        Changed(caller, role, action, jurisdiction, detail, null, cancellationToken);

    private async Task Changed(Caller caller, string role, string action, Jurisdiction jurisdiction, string detail, string? reason, CancellationToken cancellationToken)
    {
        await audit.WriteAsync(Actor(caller, role), action, jurisdiction, null, detail, reason, cancellationToken);
        cache.Invalidate();
    }

    private static Actor Actor(Caller caller, string role) =>
        new(caller.Subject, role, new HashSet<Jurisdiction>(), caller.Scope);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,39}$")]
    private static partial Regex ListIdPattern();
}
