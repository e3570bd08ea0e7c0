// Development: public endpoints (still Entra-only, no keys), Standard Service Bus, small scale.
using '../main.bicep'

param environmentName = 'dev'
param serviceBusSku = 'Standard'
param keyVaultPublicNetworkAccess = 'Enabled'
param enablePrivateNetworking = false
param storageSku = 'Standard_LRS'
param maximumInstanceCount = 10
param instanceMemoryMB = 2048
param logRetentionInDays = 30
param authAudience = readEnvironmentVariable('BORDER_SCREENING_API_AUDIENCE', '')

// Per-jurisdiction receive rights on the hit queues; add the Entra group object ids here, e.g.
// { jurisdiction: 'aw', principalId: '00000000-0000-0000-0000-000000000000', principalType: 'Group' }
param jurisdictionReceivers = []

param tags = {
  environment: 'dev'
}
