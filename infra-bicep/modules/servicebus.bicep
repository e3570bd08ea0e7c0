// Service Bus namespace with one hit queue and one signals queue per jurisdiction.
// Local (SAS) auth is off: senders and receivers authenticate with Entra ID only, and each
// jurisdiction's reviewers can be given receive rights on their own hit queue alone (rbac.bicep).

@description('Azure region for the namespace.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Globally unique Service Bus namespace name.')
@minLength(6)
@maxLength(50)
param namespaceName string

@description('Service Bus tier. Premium is required for private endpoints.')
@allowed([
  'Standard'
  'Premium'
])
param skuName string = 'Standard'

@description('Messaging units when the tier is Premium (ignored for Standard).')
@allowed([
  1
  2
  4
  8
  16
])
param premiumCapacity int = 1

@description('Lower-case jurisdiction codes; each gets a hits-<code> and a signals-<code> queue.')
param jurisdictions string[]

@description('When true the namespace is reachable only through private endpoints (Premium only).')
param disablePublicNetworkAccess bool = false

@description('How long a receiver holds a message lock before it is released (ISO 8601, at most PT5M).')
param lockDuration string = 'PT1M'

@description('Deliveries before a message is dead-lettered.')
@minValue(1)
@maxValue(2000)
param maxDeliveryCount int = 10

@description('Window in which a repeated MessageId (the case id) is dropped as a duplicate (ISO 8601).')
param duplicateDetectionHistoryTimeWindow string = 'P1D'

@description('Time a message may wait unread before it expires into the dead-letter queue (ISO 8601).')
param defaultMessageTimeToLive string = 'P14D'

var queueProperties = {
  // The outbox may publish a case more than once; the case id is the MessageId, so duplicates are dropped.
  requiresDuplicateDetection: true
  duplicateDetectionHistoryTimeWindow: duplicateDetectionHistoryTimeWindow
  // An expired hit must never vanish silently: it goes to the dead-letter queue for a supervisor.
  deadLetteringOnMessageExpiration: true
  defaultMessageTimeToLive: defaultMessageTimeToLive
  lockDuration: lockDuration
  maxDeliveryCount: maxDeliveryCount
  requiresSession: false
  enableBatchedOperations: true
}

resource namespace 'Microsoft.ServiceBus/namespaces@2024-01-01' = {
  name: namespaceName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuName
    capacity: skuName == 'Premium' ? premiumCapacity : null
  }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: disablePublicNetworkAccess ? 'Disabled' : 'Enabled'
  }
}

resource hitQueues 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = [
  for j in jurisdictions: {
    parent: namespace
    name: 'hits-${j}'
    properties: queueProperties
  }
]

resource signalQueues 'Microsoft.ServiceBus/namespaces/queues@2024-01-01' = [
  for j in jurisdictions: {
    parent: namespace
    name: 'signals-${j}'
    properties: queueProperties
  }
]

@description('Name of the namespace.')
output name string = namespace.name

@description('Resource id of the namespace.')
output id string = namespace.id

@description('Fully qualified namespace host name, e.g. <name>.servicebus.windows.net.')
output fullyQualifiedNamespace string = split(replace(namespace.properties.serviceBusEndpoint, 'https://', ''), ':')[0]

@description('Names of the hit queues, in the order of the jurisdictions parameter.')
output hitQueueNames string[] = [for (j, i) in jurisdictions: hitQueues[i].name]

@description('Names of the signals queues, in the order of the jurisdictions parameter.')
output signalQueueNames string[] = [for (j, i) in jurisdictions: signalQueues[i].name]
