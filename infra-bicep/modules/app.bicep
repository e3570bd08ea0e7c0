// Function App on the Flex Consumption plan (FC1, Linux), .NET 10 isolated worker.
// The app reaches every Azure service with its system-assigned managed identity: the app settings
// carry only endpoints and names, never keys or connection strings (the Application Insights
// connection string is an ingestion address, and local auth is off on that component).

@description('Azure region for the plan and the app (must offer Flex Consumption).')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the Flex Consumption plan.')
param planName string

@description('Globally unique name of the Function App.')
param functionAppName string

@description('Name of the storage account used by the host, the app and the deployment package.')
param storageAccountName string

@description('Blob endpoint of the storage account.')
param storageBlobEndpoint string

@description('Table endpoint of the storage account.')
param storageTableEndpoint string

@description('Queue endpoint of the storage account.')
param storageQueueEndpoint string

@description('Blob container that holds the deployment package.')
param deploymentContainerName string

@description('Fully qualified Service Bus namespace host name.')
param serviceBusFullyQualifiedNamespace string

@description('Key Vault URI.')
param keyVaultUri string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Transport of the hit-queue port: ServiceBus (default) or StorageQueue (small deployments).')
@allowed([
  'ServiceBus'
  'StorageQueue'
])
param hitQueueTransport string = 'ServiceBus'

@description('Further app settings (names and plain values only; never secrets).')
param additionalAppSettings object = {}

@description('Further app settings as { name, value } pairs, for names made in a loop (pseudonymisation key ids per jurisdiction); never secrets.')
param settingList array = []

@description('Instance memory in MB for Flex Consumption.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on instances Flex Consumption scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Resource id of the subnet for outbound VNet integration; empty for none.')
param virtualNetworkSubnetId string = ''

@description('Origins allowed by CORS (e.g. the reviewer page when it is not linked as a Static Web Apps backend).')
param corsAllowedOrigins string[] = []

var baseAppSettings = {
  // Host storage (timers' singleton locks, blob/queue triggers) by identity: the account name is enough.
  AzureWebJobsStorage__accountName: storageAccountName
  Storage__TableServiceUri: storageTableEndpoint
  Storage__BlobServiceUri: storageBlobEndpoint
  Storage__QueueServiceUri: storageQueueEndpoint
  // Setting names are the options the code binds: HitQueueOptions and PrivacyOptions.
  HitQueue__FullyQualifiedNamespace: serviceBusFullyQualifiedNamespace
  Privacy__KeyVaultUri: keyVaultUri
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  // Application Insights has local auth disabled; the host sends telemetry with the managed identity.
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
  HitQueue__Transport: hitQueueTransport
}

var appSettings = union(baseAppSettings, additionalAppSettings)
var appSettingList = [
  for setting in items(appSettings): {
    name: setting.key
    value: string(setting.value)
  }
]

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: functionAppName
  location: location
  // azd finds the resource to deploy the `api` service to by this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: corsAllowedOrigins
        supportCredentials: false
      }
      appSettings: concat(appSettingList, settingList)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            // The platform pulls the package with the app's own identity (Storage Blob Data Contributor).
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Publishing with basic (user/password) credentials is off; deployments authenticate with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the Function App.')
output name string = functionApp.name

@description('Resource id of the Function App.')
output id string = functionApp.id

@description('Object id of the Function App system-assigned identity.')
output principalId string = functionApp.identity.principalId

@description('Default host name of the Function App.')
output defaultHostName string = functionApp.properties.defaultHostName
