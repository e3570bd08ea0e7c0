// Production: private endpoints for storage, Service Bus (Premium) and Key Vault; public network
// access off on those services; the Function App integrated with the VNet.
using '../main.bicep'

param environmentName = 'prod'
param serviceBusSku = 'Premium'
param keyVaultPublicNetworkAccess = 'Disabled'
param enablePrivateNetworking = true
param vnetAddressPrefix = '10.40.0.0/16'
param appSubnetPrefix = '10.40.1.0/24'
param privateEndpointSubnetPrefix = '10.40.2.0/24'
param storageSku = 'Standard_GZRS'
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
param logRetentionInDays = 90
param authAudience = readEnvironmentVariable('BORDER_SCREENING_API_AUDIENCE', '')

// Per-jurisdiction receive rights on the hit queues. Fill in the object ids of each jurisdiction's
// Entra group (docs/deploy.md, "Granting per-jurisdiction receive rights"), e.g.
// { jurisdiction: 'cw', principalId: '00000000-0000-0000-0000-000000000000', principalType: 'Group' }
param jurisdictionReceivers = []

param tags = {
  environment: 'prod'
}
