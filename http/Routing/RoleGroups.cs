using BorderScreening.Application.Security;

namespace BorderScreening.Http.Routing;

/// <summary>Role sets that several routes of <c>RouteTable</c> share.</summary>
internal static class RoleGroups
{
    /// <summary>Reviewers of any jurisdiction and supervisors (row-level scope is the services' job).</summary>
    public static readonly string[] CaseWorkers = [.. AppRoles.Reviewers, AppRoles.ReviewSupervisor];

    /// <summary>Who may read an assessment: feeds, case workers and auditors.</summary>
    public static readonly string[] AssessmentReaders = [AppRoles.FeedSubmit, .. CaseWorkers, AppRoles.AuditRead];
}
