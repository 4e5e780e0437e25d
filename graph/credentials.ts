import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';

/** The bot's identity as configured; graph/ gets the values, not the bot's configuration module. */
export interface BotIdentity {
  appId: string | undefined;
  appTenantId: string | undefined;
  appType: string | undefined;
  appPassword: string | undefined;
}

/** The bot's own identity, used for Graph: client secret (SingleTenant) or user-assigned managed identity. */
export function graphCredential(id: BotIdentity): TokenCredential | undefined {
  if (!id.appId || !id.appTenantId) return undefined;
  if ((id.appType ?? '').toLowerCase() === 'userassignedmsi') return new ManagedIdentityCredential({ clientId: id.appId });
  if (!id.appPassword) return undefined;
  return new ClientSecretCredential(id.appTenantId, id.appId, id.appPassword);
}
