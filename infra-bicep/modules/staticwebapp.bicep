// Static Web App (Standard) that serves the reviewer page from web/ and, when linked, forwards
// /api/* to the Function App, so the page and the API share one origin (no CORS).
// Linking a backend ("bring your own functions") needs the Standard plan.

@description('Azure region for the Static Web App (a region where Static Web Apps is offered).')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the Static Web App.')
param staticWebAppName string

@description('Resource id of the Function App to link as the /api backend.')
param backendResourceId string

@description('Region of the Function App backend.')
param backendRegion string

@description('Whether to link the Function App as the backend of the Static Web App.')
param linkBackend bool = true

resource staticWebApp 'Microsoft.Web/staticSites@2024-11-01' = {
  name: staticWebAppName
  location: location
  // azd finds the resource to deploy the `web` service to by this tag.
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    // Content is pushed with a deployment (azd or the SWA CLI), not pulled from a repository.
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
    publicNetworkAccess: 'Enabled'
  }
}

resource linkedBackend 'Microsoft.Web/staticSites/linkedBackends@2024-11-01' = if (linkBackend) {
  parent: staticWebApp
  name: 'api'
  properties: {
    backendResourceId: backendResourceId
    region: backendRegion
  }
}

@description('Name of the Static Web App.')
output name string = staticWebApp.name

@description('Default host name of the Static Web App.')
output defaultHostname string = staticWebApp.properties.defaultHostname
