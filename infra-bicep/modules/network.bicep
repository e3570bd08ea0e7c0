// Private networking (deployed only when main.bicep's enablePrivateNetworking is true):
// a VNet with a subnet for the Function App's outbound VNet integration and a subnet for private
// endpoints; private endpoints and private DNS zones for storage (blob, table, queue),
// Service Bus and Key Vault, so the app reaches them without public network access.

@description('Azure region for the network resources.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the virtual network.')
param vnetName string

@description('Address space of the virtual network.')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Subnet for the Function App VNet integration (delegated to Microsoft.App/environments, as Flex Consumption requires).')
param appSubnetPrefix string = '10.40.1.0/24'

@description('Subnet for the private endpoints.')
param privateEndpointSubnetPrefix string = '10.40.2.0/24'

@description('Resource id of the storage account.')
param storageAccountId string

@description('Resource id of the Service Bus namespace (must be Premium).')
param serviceBusNamespaceId string

@description('Resource id of the Key Vault.')
param keyVaultId string

@description('Prefix for the private endpoint names.')
param namePrefix string

var appSubnetName = 'snet-app'
var privateEndpointSubnetName = 'snet-private-endpoints'

// One entry per private endpoint: target resource, sub-resource (group id) and private DNS zone.
// The target is a key rather than the id itself so that the linter can see ids come from parameters.
var endpoints = [
  {
    name: 'blob'
    target: 'storage'
    groupId: 'blob'
    zone: 'privatelink.blob.${environment().suffixes.storage}'
  }
  {
    name: 'table'
    target: 'storage'
    groupId: 'table'
    zone: 'privatelink.table.${environment().suffixes.storage}'
  }
  {
    name: 'queue'
    target: 'storage'
    groupId: 'queue'
    zone: 'privatelink.queue.${environment().suffixes.storage}'
  }
  {
    name: 'servicebus'
    target: 'servicebus'
    groupId: 'namespace'
    zone: 'privatelink.servicebus.windows.net'
  }
  {
    name: 'keyvault'
    target: 'keyvault'
    groupId: 'vault'
    zone: 'privatelink${environment().suffixes.keyvaultDns}'
  }
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-07-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        vnetAddressPrefix
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
          privateEndpointNetworkPolicies: 'Disabled'
          privateLinkServiceNetworkPolicies: 'Enabled'
        }
      }
      {
        name: privateEndpointSubnetName
        properties: {
          addressPrefix: privateEndpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
          privateLinkServiceNetworkPolicies: 'Enabled'
        }
      }
    ]
  }

  resource appSubnet 'subnets' existing = {
    name: appSubnetName
  }

  resource privateEndpointSubnet 'subnets' existing = {
    name: privateEndpointSubnetName
  }
}

resource dnsZones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for e in endpoints: {
    name: e.zone
    location: 'global'
    tags: tags
  }
]

resource dnsZoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (e, i) in endpoints: {
    parent: dnsZones[i]
    name: '${vnetName}-link'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2024-07-01' = [
  for e in endpoints: {
    name: 'pe-${namePrefix}-${e.name}'
    location: location
    tags: tags
    properties: {
      subnet: {
        id: vnet::privateEndpointSubnet.id
      }
      privateLinkServiceConnections: [
        {
          name: 'pe-${namePrefix}-${e.name}'
          properties: {
            privateLinkServiceId: e.target == 'storage'
              ? storageAccountId
              : (e.target == 'servicebus' ? serviceBusNamespaceId : keyVaultId)
            groupIds: [
              e.groupId
            ]
          }
        }
      ]
    }
  }
]

resource dnsZoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-07-01' = [
  for (e, i) in endpoints: {
    parent: privateEndpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: replace(e.zone, '.', '-')
          properties: {
            privateDnsZoneId: dnsZones[i].id
          }
        }
      ]
    }
  }
]

@description('Resource id of the virtual network.')
output vnetId string = vnet.id

@description('Resource id of the subnet the Function App integrates with.')
output appSubnetId string = vnet::appSubnet.id

@description('Names of the private endpoints.')
output privateEndpointNames string[] = [for (e, i) in endpoints: privateEndpoints[i].name]
