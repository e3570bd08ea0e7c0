using BorderScreening.Application.Security;

namespace BorderScreening.Http.Routing;

/// <summary>Role sets that several routes of <c>RouteTable</c> share (declared with the roles, <see cref="AppRoles"/>).</summary>
internal static class RoleGroups
{
    /// <summary>Reviewers of any jurisdiction and supervisors.</summary>
    public static readonly IReadOnlyList<string> CaseWorkers = AppRoles.CaseWorkers;

    /// <summary>Who may read an assessment: feeds, case workers and auditors.</summary>
    public static readonly IReadOnlyList<string> AssessmentReaders = AppRoles.AssessmentReaders;

    /// <summary>Who may read monitoring figures: auditors and data scientists.</summary>
    public static readonly IReadOnlyList<string> FiguresReaders = [AppRoles.AuditRead, AppRoles.ModelTrain];

    /// <summary>
    /// Who may read monitoring alerts: the figures' readers, and supervisors, who act on an alert
    /// about their own queue — each for the jurisdictions their role reaches.
    /// </summary>
    public static readonly IReadOnlyList<string> AlertReaders = [AppRoles.AuditRead, AppRoles.ModelTrain, AppRoles.ReviewSupervisor];
}
