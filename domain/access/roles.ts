/**
 * Who may do what. Register administrators edit the register, import and manage templates;
 * secretaries log and correct meeting outcomes; everyone else in the tenant reads, runs the
 * checklists they take part in and reports signals.
 */
export type Role = 'admin' | 'secretary' | 'member';

export const PERMISSIONS = {
  'register.read': ['member', 'secretary', 'admin'],
  'signal.report': ['member', 'secretary', 'admin'],
  'checklist.run': ['member', 'secretary', 'admin'],
  'outcome.log': ['secretary', 'admin'],
  'outcome.correct': ['secretary', 'admin'],
  'register.edit': ['admin'],
  'register.import': ['admin'],
  'templates.edit': ['admin'],
  'roles.list': ['admin'],
  'audit.read': ['admin'],
  'paragraph.create': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function allows(roles: ReadonlySet<Role>, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).some((r) => roles.has(r));
}

/** Answers which groups (of the given ids) a user is a member of; backed by Microsoft Graph. */
export interface GroupMembership {
  memberOf(userObjectId: string, groupIds: string[]): Promise<string[]>;
}

export interface RoleConfig {
  adminIds: string[];
  secretaryIds: string[];
  adminGroupId: string | undefined;
  secretaryGroupId: string | undefined;
  /** Local mode without any role configured: everyone may try everything. */
  openByDefault: boolean;
}

export class RoleResolver {
  private readonly cache = new Map<string, { roles: Set<Role>; expires: number }>();

  constructor(
    private readonly cfg: RoleConfig,
    private readonly groups?: GroupMembership,
    private readonly ttlMs = 5 * 60_000,
    /** Milliseconds since the epoch; tests pin it. */
    private readonly now: () => number = Date.now,
  ) {}

  get configured(): RoleConfig {
    return this.cfg;
  }

  async rolesOf(userObjectId: string | undefined): Promise<Set<Role>> {
    const roles = new Set<Role>(['member']);
    if (this.cfg.openByDefault) return new Set<Role>(['member', 'secretary', 'admin']);
    if (!userObjectId) return roles;
    const id = userObjectId.toLowerCase();
    const hit = this.cache.get(id);
    if (hit && hit.expires > this.now()) return hit.roles;
    if (this.cfg.adminIds.includes(id)) roles.add('admin');
    if (this.cfg.secretaryIds.includes(id)) roles.add('secretary');
    const groupIds = [this.cfg.adminGroupId, this.cfg.secretaryGroupId].filter((g): g is string => !!g);
    if (groupIds.length > 0 && this.groups) {
      try {
        const member = await this.groups.memberOf(id, groupIds);
        if (this.cfg.adminGroupId && member.includes(this.cfg.adminGroupId)) roles.add('admin');
        if (this.cfg.secretaryGroupId && member.includes(this.cfg.secretaryGroupId)) roles.add('secretary');
      } catch {
        // Graph unavailable: fall back to the explicit ids; never grant more than we can prove.
        return roles;
      }
    }
    this.cache.set(id, { roles, expires: this.now() + this.ttlMs });
    return roles;
  }
}
