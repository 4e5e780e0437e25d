import { helpCard } from '../../cards/helpCard';
import { overviewCard } from '../../cards/overviewCard';
import { escapeMarkdown, formatEuro } from '../../cards/text';
import { loadConfig } from '../../bot/config';
import { checkEnvelope } from '../../bot/activityEnvelope';
import { catalogue, detectLang } from '../../locales';
import { cardProblems } from '../../support/cardValidator';

describe('language detection', () => {
  test.each([
    ['wie vertegenwoordigt ons bij de GGD?', 'en-US', 'nl'],
    ['who represents us at Vitens?', 'nl-NL', 'en'],
    ['help', 'en-US', 'en'],
    ['help', 'nl-NL', 'nl'],
    ['hulp', 'en-US', 'nl'],
    ['GGD', undefined, 'nl'],
  ])('%s (%s) → %s', (text, locale, lang) => {
    expect(detectLang(text, locale)).toBe(lang);
  });
});

describe('configuration', () => {
  test('defaults: port 3978, SQLite file, local mode, demo on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3978, databaseUrl: 'sqlite:./data/partnerwijzer.db', localMode: true, demo: true, tzDisplay: 'Europe/Amsterdam' });
  });
  test('bad values stop with one clear line', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ MicrosoftAppType: 'Other' })).toThrow(/MicrosoftAppType/);
  });
  test('reminder lead times are configurable per kind', () => {
    expect(loadConfig({ REMINDER_LEADS: 'step=5, meeting=10,horizon=24' }).reminderLeads).toEqual({ stepBefore: 5, actionBefore: 3, meetingBefore: 10, zienswijzeBefore: 14, horizonHours: 24 });
    expect(() => loadConfig({ REMINDER_LEADS: 'soon' })).toThrow(/REMINDER_LEADS/);
  });

  test('PARTNERWIJZER_DEMO=0 turns the demo off; tenants combine', () => {
    const c = loadConfig({ PARTNERWIJZER_DEMO: '0', MicrosoftAppId: 'app', MicrosoftAppTenantId: 't1', ALLOWED_TENANT_IDS: 't2, t1' });
    expect(c.demo).toBe(false);
    expect(c.localMode).toBe(false);
    expect(c.allowedTenantIds).toEqual(['t1', 't2']);
  });
});

describe('text safety', () => {
  test('markdown and link syntax is escaped', () => {
    expect(escapeMarkdown('[klik](http://evil) **vet**')).toBe('\\[klik\\](http://evil) \\*\\*vet\\*\\*');
    expect(escapeMarkdown('1. eerste')).toBe('1\\. eerste');
    expect(escapeMarkdown('# kop')).toBe('\\# kop');
    expect(escapeMarkdown('N.V. (nv)')).toBe('N.V. (nv)');
  });
  test('euros in Dutch notation', () => {
    expect(formatEuro(123_456_700)).toBe('€ 1.234.567');
  });
});

describe('activity envelope', () => {
  test('accepts the minimum, refuses the rest with a reason', () => {
    const ok = { type: 'message', channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/amer/', conversation: { id: 'a:1' } };
    expect(checkEnvelope(ok)).toEqual({ ok: true });
    expect(checkEnvelope({ ...ok, type: 'rocket' })).toMatchObject({ ok: false, status: 400 });
    expect(checkEnvelope({ ...ok, conversation: {} })).toMatchObject({ ok: false });
    expect(checkEnvelope([])).toMatchObject({ ok: false });
  });
});

describe('the card validator itself catches bad cards', () => {
  test('valid cards pass', () => {
    expect(cardProblems(helpCard(catalogue('nl')))).toEqual([]);
    expect(cardProblems(helpCard(catalogue('en')))).toEqual([]);
    expect(cardProblems(overviewCard({ total: 0, demo: false, byCategory: [] }, catalogue('nl')))).toEqual([]);
  });
  test('schema violations, unknown elements, wrong version and oversize are reported', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock' }] }).join()).toMatch(/schema/);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }] }).join()).toMatch(/Bogus/);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] }).join()).toMatch(/version/);
    const big = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x'.repeat(30 * 1024) }] };
    expect(cardProblems(big).join()).toMatch(/28 KB/);
  });
});
