using BorderScreening.Domain.Records;

namespace BorderScreening.Application.Security;

/// <summary>
/// The app roles of the API (defined on the Entra app registration, see docs/deploy.md; the same
/// names in local tokens). A caller's roles come from the token's <c>roles</c> claim.
/// </summary>
public static class AppRoles
{
    /// <summary>Border systems pushing records.</summary>
    public const string FeedSubmit = "Feed.Submit";

    /// <summary>Reviewers of Aruba.</summary>
    public const string ReviewAW = "Review.AW";

    /// <summary>Reviewers of Curaçao.</summary>
    public const string ReviewCW = "Review.CW";

    /// <summary>Reviewers of Sint Maarten.</summary>
    public const string ReviewSX = "Review.SX";

    /// <summary>Reviewers of the Caribbean Netherlands (Bonaire, Sint Eustatius, Saba).</summary>
    public const string ReviewBQ = "Review.BQ";

    /// <summary>Supervisors: every review right for the jurisdictions in their <c>jurisdictions</c> claim (all when absent).</summary>
    public const string ReviewSupervisor = "Review.Supervisor";

    /// <summary>Data scientists: export labels, train, evaluate.</summary>
    public const string ModelTrain = "Model.Train";

    /// <summary>Promote or roll back a model version.</summary>
    public const string ModelPromote = "Model.Promote";

    /// <summary>
    /// Rules owners: upload, backtest, activate and roll back indicator catalogues. Not a supervisor
    /// right: a catalogue applies to every jurisdiction, while supervisors may be scoped to one.
    /// </summary>
    public const string RulesManage = "Rules.Manage";

    /// <summary>Auditors: read assessments and the audit trail of every jurisdiction, change nothing.</summary>
    public const string AuditRead = "Audit.Read";

    /// <summary>Every role, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [FeedSubmit, ReviewAW, ReviewCW, ReviewSX, ReviewBQ, ReviewSupervisor, ModelTrain, ModelPromote, RulesManage, AuditRead];

    /// <summary>The per-area reviewer roles.</summary>
    public static IReadOnlyList<string> Reviewers { get; } = [ReviewAW, ReviewCW, ReviewSX, ReviewBQ];

    /// <summary>The reviewer role of a jurisdiction's review area ("Review.BQ" for the three BQ islands).</summary>
    public static string ReviewerFor(Jurisdiction jurisdiction) => "Review." + jurisdiction.ReviewArea();

    /// <summary>Whether <paramref name="role"/> is one of ours (exact, case-sensitive as in Entra).</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
