// Border screening: everything one environment needs, in one resource group.
//   monitoring   Log Analytics + Application Insights (Entra-only ingestion)
//   alerts       action group (e-mail) and scheduled-query rules: drift, disparity, missed reviews,
//                dead letters, health (plus an availability test of /api/health)
//   storage      tables, model/drop/deployment containers, queues (no shared keys)
//   servicebus   hits-<j> and signals-<j> queues per jurisdiction (no SAS)
//   keyvault     holds one pseudonymisation key per jurisdiction (created by the operator, not here)
//   app          Function App on Flex Consumption with a system-assigned identity
//   staticwebapp reviewer page, Function App linked as its /api backend
//   rbac         data-plane roles for the app; per-jurisdiction receive rights
//   network      optional VNet, private endpoints and private DNS
targetScope = 'resourceGroup'

import { currentKeyIds, jurisdictionReceiver, previousKey } from 'types.bicep'

@description('Short environment name (e.g. dev, prod); part of every resource name and of the resource token.')
@minLength(1)
@maxLength(16)
param environmentName string

@description('Azure region for all resources except the Static Web App. Must offer Flex Consumption.')
param location string = resourceGroup().location

@description('Region of the Static Web App; the service is offered in a few regions only.')
@allowed([
  'westeurope'
  'westus2'
  'centralus'
  'eastus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Service Bus tier. Forced to Premium when private networking is on (private endpoints need Premium).')
@allowed([
  'Standard'
  'Premium'
])
param serviceBusSku string = 'Standard'

@description('Whether the Key Vault accepts traffic from public networks. Always Disabled when private networking is on.')
@allowed([
  'Enabled'
  'Disabled'
])
param keyVaultPublicNetworkAccess string = 'Enabled'

@description('Deploy a VNet, private endpoints and private DNS for storage, Service Bus and Key Vault; integrate the Function App with the VNet; turn public network access off on those services.')
param enablePrivateNetworking bool = false

@description('Address space of the VNet (used when enablePrivateNetworking is true).')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Subnet for the Function App VNet integration (used when enablePrivateNetworking is true).')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Subnet for private endpoints (used when enablePrivateNetworking is true).')
param privateEndpointSubnetPrefix string = '10.40.2.0/24'

@description('Principals that may receive from one jurisdiction\'s hit queue only: [{ jurisdiction, principalId, principalType? }].')
param jurisdictionReceivers jurisdictionReceiver[] = []

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_ZRS'

@description('Upper bound on Function App instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Instance memory in MB for the Function App.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days Log Analytics keeps telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Entra tenant that issues the bearer tokens the API accepts.')
param authTenantId string = tenant().tenantId

@description('Application ID URI (audience) of the API app registration, e.g. api://border-screening-prod. Empty until the registration exists.')
param authAudience string = ''

@description('Link the Function App as the Static Web App /api backend. Set false to call the Function App directly (then list the page origin in corsAllowedOrigins).')
param linkStaticWebAppBackend bool = true

@description('Origins the Function App allows by CORS; not needed while the Static Web App backend link is on.')
param corsAllowedOrigins string[] = []

@description('Id of each jurisdiction\'s current pseudonymisation key; a jurisdiction left out uses v1. Each jurisdiction rotates on its own: create its new secret, then change only its entry here (docs/security.md).')
param pseudonymisationCurrentKeyIds currentKeyIds = {}

@description('Previous pseudonymisation keys still in their jurisdiction\'s rotation window: the 90 days after a rotation, so counts keep linking records hashed with them.')
param pseudonymisationPreviousKeys previousKey[] = []

@description('Upgrade only: ids of the one key all jurisdictions shared before keys were per jurisdiction (secret pseudonymisation-key-<id>); a previous key of every jurisdiction for the 90 days after the upgrade, then remove it.')
param pseudonymisationSharedPreviousKeyIds string[] = []

@description('Days a dropped feed file is kept after it was screened; the retention job deletes it then.')
@minValue(1)
@maxValue(30)
param dropFileRetentionDays int = 7

@description('Days the result file of a dropped feed file is kept; at least as long as the file itself.')
@minValue(1)
@maxValue(90)
param dropResultRetentionDays int = 30

@description('Tags applied to every resource.')
param tags object = {}

@description('E-mail address that receives the operators\' alerts (drift, disparity, missed reviews, dead letters, health); empty creates the action group without receivers.')
param alertEmail string = ''

// The six jurisdictions: Aruba, Curaçao, Sint Maarten, and Bonaire, Sint Eustatius, Saba (Caribbean Netherlands).
var jurisdictions = [
  'aw'
  'cw'
  'sx'
  'bq-bo'
  'bq-se'
  'bq-sa'
]

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var allTags = union(tags, {
  'azd-env-name': environmentName
  application: 'border-screening'
})

var names = {
  logAnalytics: 'log-${environmentName}-${resourceToken}'
  applicationInsights: 'appi-${environmentName}-${resourceToken}'
  storage: take('st${resourceToken}', 24)
  serviceBus: 'sb-${environmentName}-${resourceToken}'
  keyVault: take('kv${resourceToken}${environmentName}', 24)
  plan: 'plan-${environmentName}-${resourceToken}'
  functionApp: 'func-${environmentName}-${resourceToken}'
  staticWebApp: 'stapp-${environmentName}-${resourceToken}'
  vnet: 'vnet-${environmentName}-${resourceToken}'
  actionGroup: 'ag-${environmentName}-${resourceToken}'
  deploymentContainer: 'deployment-package'
}

// The key ids as the app's settings (PrivacyOptions): ids only, never key material. Setting names
// cannot hold a dash, so BQ-BO is written BQ_BO (the code reads both).
var currentKeySettings = [
  for j in jurisdictions: {
    name: 'Privacy__Jurisdictions__${toUpper(replace(j, '-', '_'))}__CurrentKeyId'
    value: pseudonymisationCurrentKeyIds[?j] ?? 'v1'
  }
]
var previousKeySettings = [
  for key in pseudonymisationPreviousKeys: {
    name: 'Privacy__Jurisdictions__${toUpper(replace(key.jurisdiction, '-', '_'))}__PreviousKeyIds__${key.keyId}'
    value: key.keyId
  }
]
var sharedKeySettings = [
  for id in pseudonymisationSharedPreviousKeyIds: {
    name: 'Privacy__SharedPreviousKeyIds__${id}'
    value: id
  }
]

var effectiveServiceBusSku = enablePrivateNetworking ? 'Premium' : serviceBusSku
var effectiveKeyVaultPublicNetworkAccess = enablePrivateNetworking ? 'Disabled' : keyVaultPublicNetworkAccess

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: allTags
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    retentionInDays: logRetentionInDays
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    tags: allTags
    workspaceId: monitoring.outputs.logAnalyticsWorkspaceId
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    actionGroupName: names.actionGroup
    alertEmail: alertEmail
    namePrefix: 'alert-${environmentName}-${resourceToken}'
    healthHostName: app.outputs.defaultHostName
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: allTags
    storageAccountName: names.storage
    jurisdictions: jurisdictions
    deploymentContainerName: names.deploymentContainer
    skuName: storageSku
    dropResultRetentionDays: dropResultRetentionDays
    dropFileRetentionDays: dropFileRetentionDays
    disablePublicNetworkAccess: enablePrivateNetworking
  }
}

module serviceBus 'modules/servicebus.bicep' = {
  name: 'servicebus'
  params: {
    location: location
    tags: allTags
    namespaceName: names.serviceBus
    skuName: effectiveServiceBusSku
    jurisdictions: jurisdictions
    disablePublicNetworkAccess: enablePrivateNetworking
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    tags: allTags
    keyVaultName: names.keyVault
    publicNetworkAccess: effectiveKeyVaultPublicNetworkAccess
  }
}

module network 'modules/network.bicep' = if (enablePrivateNetworking) {
  name: 'network'
  params: {
    location: location
    tags: allTags
    vnetName: names.vnet
    vnetAddressPrefix: vnetAddressPrefix
    appSubnetPrefix: appSubnetPrefix
    privateEndpointSubnetPrefix: privateEndpointSubnetPrefix
    storageAccountId: storage.outputs.id
    serviceBusNamespaceId: serviceBus.outputs.id
    keyVaultId: keyVault.outputs.id
    namePrefix: '${environmentName}-${resourceToken}'
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    location: location
    tags: allTags
    planName: names.plan
    functionAppName: names.functionApp
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    serviceBusFullyQualifiedNamespace: serviceBus.outputs.fullyQualifiedNamespace
    keyVaultUri: keyVault.outputs.vaultUri
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    hitQueueTransport: 'ServiceBus'
    additionalAppSettings: {
      Auth__TenantId: authTenantId
      Auth__Audience: authAudience
      Retention__DroppedFileDays: dropFileRetentionDays
      Retention__DropResultDays: dropResultRetentionDays
    }
    settingList: concat(currentKeySettings, previousKeySettings, sharedKeySettings)
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    virtualNetworkSubnetId: network.?outputs.appSubnetId ?? ''
    corsAllowedOrigins: corsAllowedOrigins
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    // The identity exists only once the app is created, and our convention names every assignment
    // guid(scope, principalId, role), so What-If cannot predict these names before deployment.
    #disable-next-line what-if-short-circuiting
    appPrincipalId: app.outputs.principalId
    // Names known at compile time keep What-If precise; the app's outputs above already order
    // this module after storage, Service Bus, Key Vault and monitoring.
    storageAccountName: names.storage
    serviceBusNamespaceName: names.serviceBus
    keyVaultName: names.keyVault
    applicationInsightsName: names.applicationInsights
    jurisdictions: jurisdictions
    jurisdictionReceivers: jurisdictionReceivers
  }
}

module staticWebApp 'modules/staticwebapp.bicep' = {
  name: 'staticwebapp'
  params: {
    location: staticWebAppLocation
    tags: allTags
    staticWebAppName: names.staticWebApp
    backendResourceId: app.outputs.id
    backendRegion: location
    linkBackend: linkStaticWebAppBackend
  }
}

@description('Region of the deployment (read by azd).')
output AZURE_LOCATION string = location

@description('Tenant of the deployment (read by azd).')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Name of the Function App; target of `az functionapp deploy`.')
output FUNCTION_APP_NAME string = app.outputs.name

@description('Default host name of the Function App.')
output FUNCTION_APP_HOSTNAME string = app.outputs.defaultHostName

@description('Name of the storage account (models container, feed drops).')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Name of the Service Bus namespace.')
output SERVICE_BUS_NAMESPACE string = serviceBus.outputs.name

@description('Fully qualified Service Bus namespace host name.')
output SERVICE_BUS_FULLY_QUALIFIED_NAMESPACE string = serviceBus.outputs.fullyQualifiedNamespace

@description('Name of the Key Vault.')
output KEY_VAULT_NAME string = keyVault.outputs.name

@description('URI of the Key Vault; the operator creates one pseudonymisation-key-<jurisdiction>-v1 secret per jurisdiction there.')
output KEY_VAULT_URI string = keyVault.outputs.vaultUri

@description('Name of the Static Web App.')
output STATIC_WEB_APP_NAME string = staticWebApp.outputs.name

@description('Default host name of the Static Web App (reviewer page).')
output STATIC_WEB_APP_HOSTNAME string = staticWebApp.outputs.defaultHostname

@description('Hit queue names, one per jurisdiction.')
output HIT_QUEUE_NAMES string[] = serviceBus.outputs.hitQueueNames
