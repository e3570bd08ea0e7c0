// Types shared by main.bicep and the modules.

@export()
@description('Jurisdiction code as used in queue and container names.')
type jurisdictionCode = 'aw' | 'cw' | 'sx' | 'bq-bo' | 'bq-se' | 'bq-sa'

@export()
@description('A principal that may receive from one jurisdiction\'s hit queue.')
type jurisdictionReceiver = {
  @description('Jurisdiction whose hit queue the principal may read (aw, cw, sx, bq-bo, bq-se, bq-sa).')
  jurisdiction: jurisdictionCode

  @description('Object id of the Entra group, user or service principal.')
  principalId: string

  @description('Kind of principal; Group when omitted.')
  principalType: ('Group' | 'User' | 'ServicePrincipal')?
}
