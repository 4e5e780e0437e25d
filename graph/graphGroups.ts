import type { TokenCredential } from '@azure/identity';
import type { Client } from '@microsoft/microsoft-graph-client';
import type { GroupMembership } from '../domain/access/roles';
import { createGraphClient } from './graphClient';

/** Security-group membership through POST /users/{id}/checkMemberGroups (transitive). */
export class GraphGroups implements GroupMembership {
  private readonly client: Client;

  constructor(baseUrl: string, credential: TokenCredential) {
    this.client = createGraphClient(baseUrl, credential);
  }

  async memberOf(userObjectId: string, groupIds: string[]): Promise<string[]> {
    const res = (await this.client.api(`/users/${encodeURIComponent(userObjectId)}/checkMemberGroups`).post({ groupIds })) as { value?: string[] };
    return (res.value ?? []).map((g) => g.toLowerCase());
  }
}
