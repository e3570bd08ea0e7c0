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

@export()
@description('Id of each jurisdiction\'s current pseudonymisation key (Key Vault secret pseudonymisation-key-<jurisdiction>-<id>); a jurisdiction left out uses v1.')
type currentKeyIds = {
  @description('Aruba.')
  aw: string?

  @description('Curaçao.')
  cw: string?

  @description('Sint Maarten.')
  sx: string?

  @description('Bonaire.')
  'bq-bo': string?

  @description('Sint Eustatius.')
  'bq-se': string?

  @description('Saba.')
  'bq-sa': string?
}

@export()
@description('A previous pseudonymisation key of one jurisdiction, still inside that jurisdiction\'s rotation window.')
type previousKey = {
  @description('Jurisdiction the key belongs to.')
  jurisdiction: jurisdictionCode

  @description('Key id: Key Vault secret pseudonymisation-key-<jurisdiction>-<keyId>; 1-32 lower-case letters and digits.')
  keyId: string
}
