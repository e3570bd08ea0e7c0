using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Security;

/// <summary>
/// The app roles of the API (defined on the Entra app registration, see docs/deploy.md; the same
/// names in local tokens). A caller's roles come from the token's <c>roles</c> claim.
/// </summary>
public static class AppRoles
{
    /// <summary>
    /// Border systems pushing records: they send for, and read the assessments of, the jurisdictions
    /// in their <c>jurisdictions</c> claim that their feed binding also allows (see <c>FeedSources</c>).
    /// </summary>
    public const string FeedSubmit = "Feed.Submit";

    /// <summary>Reviewers of Aruba.</summary>
    public const string ReviewAW = "Review.AW";

    /// <summary>Reviewers of Curaçao.</summary>
    public const string ReviewCW = "Review.CW";

    /// <summary>Reviewers of Sint Maarten.</summary>
    public const string ReviewSX = "Review.SX";

    /// <summary>Reviewers of the Caribbean Netherlands (Bonaire, Sint Eustatius, Saba).</summary>
    public const string ReviewBQ = "Review.BQ";

    /// <summary>
    /// Supervisors: every review right, and the supervisor actions, for the jurisdictions in their
    /// <c>jurisdictions</c> claim only (none when the claim is missing, empty or malformed).
    /// </summary>
    public const string ReviewSupervisor = "Review.Supervisor";

    /// <summary>
    /// Data scientists: export labels and read monitoring of the jurisdictions in their
    /// <c>jurisdictions</c> claim; train, evaluate and register models (models are not per jurisdiction).
    /// </summary>
    public const string ModelTrain = "Model.Train";

    /// <summary>Promote or roll back a model version.</summary>
    public const string ModelPromote = "Model.Promote";

    /// <summary>
    /// Rules owners: upload, backtest, activate and roll back indicator catalogues. Not a supervisor
    /// right: a catalogue applies to every jurisdiction, while supervisors may be scoped to one.
    /// </summary>
    public const string RulesManage = "Rules.Manage";

    /// <summary>
    /// Auditors: read assessments, the audit trail and statistics of the jurisdictions in their
    /// <c>jurisdictions</c> claim; change nothing.
    /// </summary>
    public const string AuditRead = "Audit.Read";

    /// <summary>
    /// Watchlist managers: create lists of entities of interest, add, expire and remove entries,
    /// import CSV, and consent to shared lists, for the jurisdictions in their <c>jurisdictions</c> claim.
    /// </summary>
    public const string WatchlistManage = "Watchlist.Manage";

    /// <summary>
    /// Managers of the missing and at-risk children lists, kept apart from <see cref="WatchlistManage"/>:
    /// the same rights on lists whose purpose is missing children, and only on those.
    /// </summary>
    public const string WatchlistChildren = "Watchlist.Children";

    /// <summary>
    /// Partners (police, victim support, labour inspection, theme register) recording what became of
    /// the referrals sent to them, for the jurisdictions in their <c>jurisdictions</c> claim and only as
    /// the partner their binding (<c>Outcomes:Recorders</c>) names: one role per partner and
    /// jurisdiction. Reads nothing of a case.
    /// </summary>
    public const string OutcomesRecord = "Outcomes.Record";

    /// <summary>
    /// The all-countries grant: the jurisdiction-scoped roles (<see cref="JurisdictionScoped"/>) the
    /// caller holds reach every jurisdiction, whatever the <c>jurisdictions</c> claim says. Grants
    /// nothing by itself. Assigned only to cross-jurisdiction staff (KMar coordination); every
    /// request that reaches a jurisdiction only through it is audited.
    /// </summary>
    public const string JurisdictionsAll = "Jurisdictions.All";

    /// <summary>Every role, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [FeedSubmit, ReviewAW, ReviewCW, ReviewSX, ReviewBQ, ReviewSupervisor, ModelTrain, ModelPromote, RulesManage, AuditRead, JurisdictionsAll, WatchlistManage, WatchlistChildren, OutcomesRecord];

    /// <summary>The per-area reviewer roles: the role itself names the jurisdictions it covers.</summary>
    public static IReadOnlyList<string> Reviewers { get; } = [ReviewAW, ReviewCW, ReviewSX, ReviewBQ];

    /// <summary>
    /// Roles that reach only the jurisdictions of the caller's <c>jurisdictions</c> claim (or every
    /// jurisdiction with <see cref="JurisdictionsAll"/>): their data is per country, the role is not.
    /// </summary>
    public static IReadOnlyList<string> JurisdictionScoped { get; } = [FeedSubmit, ReviewSupervisor, AuditRead, ModelTrain, WatchlistManage, WatchlistChildren, OutcomesRecord];

    /// <summary>Reviewers of any area and supervisors: who works on cases.</summary>
    public static IReadOnlyList<string> CaseWorkers { get; } = [.. Reviewers, ReviewSupervisor];

    /// <summary>Who may read an assessment: feeds, case workers and auditors.</summary>
    public static IReadOnlyList<string> AssessmentReaders { get; } = [FeedSubmit, .. CaseWorkers, AuditRead];

    /// <summary>The reviewer role of a jurisdiction's review area ("Review.BQ" for the three BQ islands).</summary>
    public static string ReviewerFor(Jurisdiction jurisdiction) => "Review." + jurisdiction.ReviewArea();

    /// <summary>Whether <paramref name="role"/> is one of ours (exact, case-sensitive as in Entra).</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
