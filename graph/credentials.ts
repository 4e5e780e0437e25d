import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from '@azure/identity';
import type { AppConfig } from '../bot/config';

/** The bot's own identity, used for Graph: client secret (SingleTenant) or user-assigned managed identity. */
export function graphCredential(config: AppConfig): TokenCredential | undefined {
  if (!config.appId || !config.appTenantId) return undefined;
  if ((config.appType ?? '').toLowerCase() === 'userassignedmsi') return new ManagedIdentityCredential({ clientId: config.appId });
  if (!config.appPassword) return undefined;
  return new ClientSecretCredential(config.appTenantId, config.appId, config.appPassword);
}
