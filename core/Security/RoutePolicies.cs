using System.Collections.Frozen;

namespace BorderScreening.Core.Security;

/// <summary>
/// THE authorization table: every route of the API, as "METHOD /api/path-template" exactly as the
/// local host maps it and the Functions app declares it, with who may call it. A route that is not
/// listed here is denied (fail closed) and the denial is logged; a test enumerates the local host's
/// routes and fails for any route missing here. Row-level rules (a reviewer sees only the
/// jurisdictions of their review area) are checked by the application services with the
/// <see cref="Caller"/>.
/// </summary>
public static class RoutePolicies
{
    private static readonly string[] AssessmentReaders =
        [AppRoles.FeedSubmit, .. AppRoles.Reviewers, AppRoles.ReviewSupervisor, AppRoles.AuditRead];

    private static readonly string[] ModelReaders = [AppRoles.ModelTrain, AppRoles.ModelPromote, AppRoles.AuditRead];

    private static readonly string[] CaseWorkers = [.. AppRoles.Reviewers, AppRoles.ReviewSupervisor];

    /// <summary>The table. Add a line for every new route (see docs/security.md).</summary>
    public static FrozenDictionary<string, RoutePolicy> Table { get; } = new Dictionary<string, RoutePolicy>(StringComparer.Ordinal)
    {
        // Probes and the API description carry no data.
        ["GET /api/health"] = RoutePolicy.Anonymous,
        ["GET /api/openapi.json"] = RoutePolicy.Anonymous,

        // The public transparency page (local host; docs/transparency.md in Azure): public by purpose.
        ["GET /transparency"] = RoutePolicy.Anonymous,

        // Feeds.
        ["POST /api/screenings"] = RoutePolicy.Feed(),
        ["POST /api/feeds/paxlst"] = RoutePolicy.Feed(),
        ["POST /api/feeds/work-permits"] = RoutePolicy.Feed(),

        // Review: reviewers of the jurisdiction and supervisors; the services answer 404 outside the
        // caller's jurisdictions and 403 for supervisor-only actions.
        ["GET /api/review/{jurisdiction}/cases"] = RoutePolicy.AnyOf(CaseWorkers),
        ["GET /api/review/{jurisdiction}/cases/{caseId}"] = RoutePolicy.AnyOf(CaseWorkers),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/claim"] = RoutePolicy.AnyOf(CaseWorkers),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/release"] = RoutePolicy.AnyOf(CaseWorkers),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/escalate"] = RoutePolicy.AnyOf(CaseWorkers),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/decision"] = RoutePolicy.AnyOf(CaseWorkers),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/snoozes"] = RoutePolicy.AnyOf(CaseWorkers),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/reopen"] = RoutePolicy.AnyOf(AppRoles.ReviewSupervisor),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/reassign"] = RoutePolicy.AnyOf(AppRoles.ReviewSupervisor),
        ["GET /api/review/{jurisdiction}/snoozes"] = RoutePolicy.AnyOf(AppRoles.ReviewSupervisor),
        ["POST /api/review/{jurisdiction}/snoozes/{snoozeId}/extend"] = RoutePolicy.AnyOf(AppRoles.ReviewSupervisor),
        ["DELETE /api/review/{jurisdiction}/snoozes/{snoozeId}"] = RoutePolicy.AnyOf(AppRoles.ReviewSupervisor),

        // Theme-register signals of referred cases: read by the jurisdiction's case workers (404
        // elsewhere, SignalService); re-sent only by supervisors.
        ["GET /api/review/{jurisdiction}/cases/{caseId}/signal"] = RoutePolicy.AnyOf(CaseWorkers),
        ["GET /api/review/{jurisdiction}/cases/{caseId}/signal/html"] = RoutePolicy.AnyOf(CaseWorkers),
        ["POST /api/review/{jurisdiction}/cases/{caseId}/signal/resend"] = RoutePolicy.AnyOf(AppRoles.ReviewSupervisor),

        // Labels for retraining (depersonalised).
        ["GET /api/labels/export"] = RoutePolicy.AnyOf(AppRoles.ModelTrain),

        // Model registry: data scientists register, promoters promote and roll back (the fairness
        // override also needs Review.Supervisor, checked by ModelRegistryApi); auditors read.
        ["GET /api/models"] = RoutePolicy.AnyOf(ModelReaders),
        ["GET /api/models/audit"] = RoutePolicy.AnyOf(ModelReaders),
        ["GET /api/models/{version}"] = RoutePolicy.AnyOf(ModelReaders),
        ["POST /api/models"] = RoutePolicy.AnyOf(AppRoles.ModelTrain),
        ["POST /api/models/{version}/promote"] = RoutePolicy.AnyOf(AppRoles.ModelPromote),
        ["POST /api/models/rollback"] = RoutePolicy.AnyOf(AppRoles.ModelPromote),
        // Monitoring of the model and the rules: figures and group names only, for auditors and data scientists.
        ["GET /api/monitoring/alerts"] = RoutePolicy.AnyOf(AppRoles.AuditRead, AppRoles.ModelTrain),
        ["GET /api/monitoring/{jurisdiction}/{day}"] = RoutePolicy.AnyOf(AppRoles.AuditRead, AppRoles.ModelTrain),
        // Indicator catalogues: rules owners change them; auditors may see what is stored and in force.
        ["GET /api/catalogues"] = RoutePolicy.AnyOf(AppRoles.RulesManage, AppRoles.AuditRead),
        ["POST /api/catalogues"] = RoutePolicy.AnyOf(AppRoles.RulesManage),
        ["POST /api/catalogues/{version}/backtest"] = RoutePolicy.AnyOf(AppRoles.RulesManage),
        ["POST /api/catalogues/{version}/activate"] = RoutePolicy.AnyOf(AppRoles.RulesManage),
        ["POST /api/catalogues/rollback"] = RoutePolicy.AnyOf(AppRoles.RulesManage),

        // Audit log.
        ["GET /api/audit"] = RoutePolicy.AnyOf(AppRoles.AuditRead),

        // Statistics per jurisdiction and period (counts only, no personal data).
        ["GET /api/statistics/{jurisdiction}"] = RoutePolicy.AnyOf(AppRoles.AuditRead),

        // Assessments: reviewers only of their jurisdictions (404 otherwise, ScreeningApi); feeds and auditors all.
        ["GET /api/assessments/{id}"] = RoutePolicy.AnyOf(AssessmentReaders),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The key of a route: upper-case method, a space, the path template starting with "/".</summary>
    public static string Key(string method, string template) =>
        $"{method.ToUpperInvariant()} /{template.TrimStart('/')}";

    /// <summary>The policy of a route key, or null when the route is not listed.</summary>
    public static RoutePolicy? Find(string routeKey) => Table.GetValueOrDefault(routeKey);
}
