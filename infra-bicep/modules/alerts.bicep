// Alerts for operators: one action group (e-mail) and scheduled-query rules on the Log Analytics
// workspace behind Application Insights, each on what the service actually emits
// (docs/telemetry.md, docs/monitoring.md):
//   drift, disparity  the daily monitoring run logs "Monitoring alert {Kind} …" (AppTraces, Kind in
//                     Properties: drift, hit-disparity, referral-disparity)
//   missed reviews    the counter review.missed (AppMetrics)
//   dead letters      the span hits.dead-letters of each drain that found something (AppDependencies,
//                     hits.missed + hits.already_filed + hits.unreadable in Properties)
//   health            GET /api/health failing or answering 503 (AppRequests of GetHealth) and the
//                     availability test below (AppAvailabilityResults)
// The queries read counts, kinds and jurisdictions only: telemetry carries no personal data.

@description('Azure region for the alert rules.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Resource id of the Log Analytics workspace the rules query.')
param workspaceId string

@description('Resource id of the Application Insights component (for the availability test).')
param applicationInsightsId string

@description('Name of the action group.')
param actionGroupName string

@description('Short name of the action group (at most 12 characters, shown in e-mails and texts).')
@maxLength(12)
param actionGroupShortName string = 'screening'

@description('E-mail address that receives the alerts; empty leaves the action group without receivers.')
param alertEmail string = ''

@description('Prefix of the alert rule names.')
param namePrefix string

@description('Host name that serves GET /api/health (the Function App).')
param healthHostName string

var actionGroupIds = [actionGroup.id]

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: actionGroupShortName
    enabled: true
    emailReceivers: empty(alertEmail) ? [] : [
      {
        name: 'operators'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// Each rule: name, severity, how often it runs, the window it reads, the query, and (for a summed
// measure) the column to total; a rule fires when the query's total over the window is above 0.
var rules = [
  {
    key: 'drift'
    displayName: 'Model or score drift'
    description: 'The daily monitoring run found a population stability index above Monitoring:PsiThreshold for the risk score or a model feature (docs/monitoring.md).'
    severity: 2
    frequency: 'PT1H'
    window: 'P1D'
    query: 'AppTraces | where Message startswith "Monitoring alert" | where tostring(Properties.Kind) == "drift" | extend Jurisdiction = tostring(Properties.Jurisdiction)'
    measure: ''
  }
  {
    key: 'disparity'
    displayName: 'Hit or referral disparity between audit groups'
    description: 'The daily monitoring run found a nationality group or sex whose hit or referral rate lies outside [RatioLow, RatioHigh] beyond chance (docs/monitoring.md).'
    severity: 1
    frequency: 'PT1H'
    window: 'P1D'
    query: 'AppTraces | where Message startswith "Monitoring alert" | where tostring(Properties.Kind) in ("hit-disparity", "referral-disparity") | extend Jurisdiction = tostring(Properties.Jurisdiction)'
    measure: ''
  }
  {
    key: 'missed-reviews'
    displayName: 'Hits missed before review'
    description: 'Hits were filed as missed cases (expired in the queue, never published, delivered too often or dead-lettered): the counter review.missed (docs/deadlines.md).'
    severity: 1
    frequency: 'PT15M'
    window: 'PT1H'
    query: 'AppMetrics | where Name == "review.missed" | extend Jurisdiction = tostring(Properties.jurisdiction) | summarize Missed = sum(Sum) by Jurisdiction, bin(TimeGenerated, 15m)'
    measure: 'Missed'
  }
  {
    key: 'dead-letters'
    displayName: 'Hits in a dead-letter queue'
    description: 'A dead-letter drain (span hits.dead-letters) found hits in a jurisdiction\'s dead-letter or poison queue; the dead-letter depth it drained is summed.'
    severity: 2
    frequency: 'PT15M'
    window: 'PT1H'
    query: 'AppDependencies | where Name == "hits.dead-letters" | extend Jurisdiction = tostring(Properties.jurisdiction), DeadLetters = toint(Properties["hits.missed"]) + toint(Properties["hits.already_filed"]) + toint(Properties["hits.unreadable"]) | summarize DeadLetters = sum(DeadLetters) by Jurisdiction, bin(TimeGenerated, 15m)'
    measure: 'DeadLetters'
  }
  {
    key: 'health'
    displayName: 'Health check failing'
    description: 'GET /api/health failed or answered 503 (a dependency is unhealthy), or the availability test could not reach it (docs/telemetry.md, Health).'
    severity: 1
    frequency: 'PT5M'
    window: 'PT15M'
    query: 'union (AppRequests | where Name == "GetHealth" and (Success == false or ResultCode == "503")), (AppAvailabilityResults | where Name == "health" and Success == false)'
    measure: ''
  }
]

resource queryRules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: '${namePrefix}-${rule.key}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [workspaceId]
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      // A daily finding stays one notification, not one per evaluation.
      autoMitigate: false
      muteActionsDuration: rule.window
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: empty(rule.measure) ? 'Count' : 'Total'
            metricMeasureColumn: empty(rule.measure) ? null : rule.measure
            dimensions: rule.key == 'health' ? [] : [
              {
                name: 'Jurisdiction'
                operator: 'Include'
                values: ['*']
              }
            ]
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: actionGroupIds
      }
    }
  }
]

// Someone has to call /api/health for a failure to be seen: a standard test from three regions.
resource healthTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${namePrefix}-health'
  location: location
  tags: union(tags, { 'hidden-link:${applicationInsightsId}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: '${namePrefix}-health'
    Name: 'health'
    Enabled: true
    Frequency: 300
    Timeout: 30
    Kind: 'standard'
    RetryEnabled: true
    Locations: [
      { Id: 'emea-nl-ams-azr' }
      { Id: 'emea-gb-db3-azr' }
      { Id: 'us-fl-mia-edge' }
    ]
    Request: {
      RequestUrl: 'https://${healthHostName}/api/health'
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
    }
  }
}

@description('Resource id of the action group.')
output actionGroupId string = actionGroup.id

@description('Names of the scheduled-query alert rules.')
output ruleNames string[] = [for (rule, i) in rules: queryRules[i].name]
