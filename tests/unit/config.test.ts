import path from 'node:path';
import { loadConfig } from '../../bot/config';

/** The settings that used to be read raw from the environment go through loadConfig with one clear line. */
describe('reminder, digest, delivery and template settings', () => {
  test('defaults', () => {
    const c = loadConfig({});
    expect(c.reminderIntervalSeconds).toBe(60);
    expect(c.digestSendEmpty).toBe(false);
    expect(c.deliveryClaimTimeoutSeconds).toBe(120);
    expect(path.basename(c.templatesDir)).toBe('checklists');
    expect(c.tzDisplay).toBe('Europe/Amsterdam');
    expect(c.developerName).toBe('Gemeente');
  });

  test('values are read', () => {
    const c = loadConfig({ REMINDER_INTERVAL_SECONDS: '0', DIGEST_SEND_EMPTY: '1', DELIVERY_CLAIM_TIMEOUT_SECONDS: '5', PARTNERWIJZER_TEMPLATES: '/tmp/t', TZ_DISPLAY: 'Europe/London', DEVELOPER_NAME: 'Gemeente Lindenwaard' });
    expect(c).toMatchObject({ reminderIntervalSeconds: 0, digestSendEmpty: true, deliveryClaimTimeoutSeconds: 5, templatesDir: '/tmp/t', tzDisplay: 'Europe/London', developerName: 'Gemeente Lindenwaard' });
  });

  test.each([
    ['REMINDER_INTERVAL_SECONDS', 'abc'],
    ['REMINDER_INTERVAL_SECONDS', '-5'],
    ['REMINDER_INTERVAL_SECONDS', '1.5'],
    ['REMINDER_INTERVAL_SECONDS', '1e3'],
    ['DELIVERY_CLAIM_TIMEOUT_SECONDS', '0'],
    ['DELIVERY_CLAIM_TIMEOUT_SECONDS', 'soon'],
    ['DIGEST_SEND_EMPTY', 'yes'],
    ['TZ_DISPLAY', 'Mars/Olympus'],
  ])('a bad %s (%s) stops start-up with one line naming it', (key, value) => {
    let message = '';
    try {
      loadConfig({ [key]: value });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(new RegExp(`^Invalid environment: ${key}: \\S`));
    expect(message).not.toContain('\n');
  });

  test('Bot Framework settings pass through to botbuilder, nothing else does', () => {
    const c = loadConfig({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/openid', ChannelService: 'https://x', UNRELATED: 'no' });
    expect(c.botFrameworkPassthrough).toEqual({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/openid', ChannelService: 'https://x' });
  });
});
