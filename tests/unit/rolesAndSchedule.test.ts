import { allows, RoleResolver, type GroupMembership, type RoleConfig } from '../../domain/access/roles';
import { parseSchedule } from '../../dialogs/digestDialog';

const cfg = (extra: Partial<RoleConfig> = {}): RoleConfig => ({ adminIds: [], secretaryIds: [], adminGroupId: undefined, secretaryGroupId: undefined, openByDefault: false, ...extra });

/** A Graph stand-in that answers from a table and counts its calls; it can be told to fail. */
class Groups implements GroupMembership {
  calls = 0;
  fail = false;
  constructor(public readonly members: Record<string, string[]>) {}
  async memberOf(user: string, groupIds: string[]): Promise<string[]> {
    this.calls++;
    if (this.fail) throw new Error('Graph unavailable');
    return (this.members[user] ?? []).filter((g) => groupIds.includes(g));
  }
}

describe('RoleResolver', () => {
  test('explicit ids, case-insensitive; anyone else is a member', async () => {
    const r = new RoleResolver(cfg({ adminIds: ['aaa'], secretaryIds: ['bbb'] }));
    expect([...(await r.rolesOf('AAA'))].sort()).toEqual(['admin', 'member']);
    expect([...(await r.rolesOf('bbb'))].sort()).toEqual(['member', 'secretary']);
    expect([...(await r.rolesOf('ccc'))]).toEqual(['member']);
    expect([...(await r.rolesOf(undefined))]).toEqual(['member']);
  });

  test('open by default (local mode, nothing configured): everyone may try everything', async () => {
    const roles = await new RoleResolver(cfg({ openByDefault: true })).rolesOf(undefined);
    expect(allows(roles, 'register.import')).toBe(true);
  });

  test('group roles are cached for the TTL, then asked again', async () => {
    let now = 1_000_000;
    const groups = new Groups({ u1: ['g-admin'] });
    const r = new RoleResolver(cfg({ adminGroupId: 'g-admin', secretaryGroupId: 'g-sec' }), groups, 60_000, () => now);
    expect((await r.rolesOf('u1')).has('admin')).toBe(true);
    groups.members.u1 = [];
    now += 59_999;
    expect((await r.rolesOf('u1')).has('admin')).toBe(true); // still cached
    expect(groups.calls).toBe(1);
    now += 2;
    expect((await r.rolesOf('u1')).has('admin')).toBe(false); // expired: asked again, membership gone
    expect(groups.calls).toBe(2);
  });

  test('Graph failing: only what the explicit ids prove, and nothing cached', async () => {
    const groups = new Groups({ u1: ['g-admin'] });
    groups.fail = true;
    const r = new RoleResolver(cfg({ adminGroupId: 'g-admin', secretaryIds: ['u1'] }), groups, 60_000, () => 0);
    expect([...(await r.rolesOf('u1'))].sort()).toEqual(['member', 'secretary']);
    groups.fail = false;
    expect((await r.rolesOf('u1')).has('admin')).toBe(true);
  });
});

describe('parseSchedule', () => {
  test.each([
    ['stuur mij elke maandag om 8:30 een overzicht', { weekday: 1, hour: 8, minute: 30, channel: false }],
    ['digest voor dit kanaal op vrijdag', { weekday: 5, hour: 9, minute: 0, channel: true }],
    ['send me a digest every day at 7:45', { weekday: null, hour: 7, minute: 45, channel: false }],
    ['herinner me elke maandag om 9 uur', { weekday: 1, hour: 9, minute: 0, channel: false }],
    ['elke dinsdag om 25:00', { weekday: 2, hour: 9, minute: 0, channel: false }], // not a time: the default stays
    ['elke 14 dagen een overzicht op woensdag', { weekday: 3, hour: 9, minute: 0, channel: false }], // "14 dagen" is no hour
  ])('%s', (text, expected) => {
    expect(parseSchedule(text)).toEqual(expected);
  });
});
