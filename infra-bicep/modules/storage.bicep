// Storage account for the service's tables (screenings, sightings, worklist, audit, settings, labels, snoozes, monitoring, models), model blobs,
// per-jurisdiction feed-drop containers, the Flex Consumption deployment package, and queues.
// Shared-key access is off: every client (the app, the CLI, operators) uses Entra ID.

@description('Azure region for the storage account.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Globally unique storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param storageAccountName string

@description('Lower-case jurisdiction codes; each gets its own feed-drop container and fallback hit queue.')
param jurisdictions string[]

@description('Container that holds the Function App deployment package (Flex Consumption).')
param deploymentContainerName string

@description('Replication SKU of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_ZRS'

@description('When true the account is reachable only through private endpoints.')
param disablePublicNetworkAccess bool = false

@description('Days a dropped feed file is kept after it was screened (Retention:DroppedFileDays, enforced by the app\'s retention job).')
@minValue(1)
param dropFileRetentionDays int = 7

@description('Days a drop result file is kept (Retention:DropResultDays); the lifecycle rule deletes anything in a drop container a week after that.')
@minValue(1)
param dropResultRetentionDays int = 30

@description('Days deleted blobs and containers can be restored.')
@minValue(1)
@maxValue(365)
param deleteRetentionDays int = 14

// The names StorageTables (application/Storage) and the model registry use; a test compares the two. The app
// does not create tables in Azure, so a table missing here would fail its first write.
var tableNames = [
  'screenings'
  'sightings'
  'worklist'
  'audit'
  'settings'
  'labels'
  'outcomes'
  'snoozes'
  'monitoring'
  'models'
  'bookings'
]

// One drop container per jurisdiction keeps each controller's raw feed files apart (sovereign review).
var dropContainerNames = [for j in jurisdictions: 'drops-${j}']

// Lifecycle backstop for the drop containers: the retention job deletes a screened file after
// dropFileRetentionDays and its result after dropResultRetentionDays; should the job stop, this rule
// deletes whatever a drop container still holds a week later. Versioning is on for the account
// (model history), so a deleted drop file would live on as a previous version: those go too.
var dropPrefixes = [for name in dropContainerNames: '${name}/']
var dropBackstopDays = dropResultRetentionDays + 7

// Storage queues back the hit-queue port when HitQueue__Transport=StorageQueue (small deployments);
// with the default ServiceBus transport they stay empty. replay-slices feeds the queue trigger that runs
// fanned-out replays of stored history (docs/history.md); its poison queue holds slices that failed five times.
var hitQueueNames = [for j in jurisdictions: 'hits-${j}']
var queueNames = concat(hitQueueNames, ['replay-slices', 'replay-slices-poison'])

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: disablePublicNetworkAccess ? 'Disabled' : 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: disablePublicNetworkAccess ? 'Deny' : 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
        }
        file: {
          enabled: true
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Versioning keeps every uploaded model file, so a promoted model can always be restored.
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: deleteRetentionDays
    }
  }
}

resource modelsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'models'
  properties: {
    publicAccess: 'None'
  }
}

// Candidate indicator catalogues uploaded by rules owners (docs/catalogue-changes.md).
resource cataloguesContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'catalogues'
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource dropContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for name in dropContainerNames: {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

resource dropLifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'drop-files-backstop'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: dropPrefixes
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: dropBackstopDays
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: dropFileRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  // Version actions are accepted only once versioning is on.
  dependsOn: [
    blobService
  ]
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for name in tableNames: {
    parent: tableService
    name: name
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for name in queueNames: {
    parent: queueService
    name: name
  }
]

@description('Name of the storage account.')
output name string = storage.name

@description('Resource id of the storage account.')
output id string = storage.id

@description('Blob service endpoint, e.g. https://<account>.blob.core.windows.net/.')
output blobEndpoint string = storage.properties.primaryEndpoints.blob

@description('Table service endpoint.')
output tableEndpoint string = storage.properties.primaryEndpoints.table

@description('Queue service endpoint.')
output queueEndpoint string = storage.properties.primaryEndpoints.queue

@description('Name of the deployment package container.')
output deploymentContainerName string = deploymentContainer.name

@description('Name of the models container.')
output modelsContainerName string = modelsContainer.name

@description('Names of the feed-drop containers, one per jurisdiction.')
output dropContainerNames string[] = [for (name, i) in dropContainerNames: dropContainers[i].name]

@description('Names of the tables.')
output tableNames string[] = [for (name, i) in tableNames: tables[i].name]

@description('Names of the storage queues.')
output queueNames string[] = [for (name, i) in queueNames: queues[i].name]
