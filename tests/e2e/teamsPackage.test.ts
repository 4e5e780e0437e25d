import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import Ajv04 from 'ajv-draft-04';
import JSZip from 'jszip';
import { tempDir } from '../support/harness';
import { kitPath, PROJECT_ROOT } from '../../support/paths';

const run = promisify(execFile);
const APP_ID = '6f1f4a0e-2b8c-4d3e-9a7b-1c2d3e4f5a6b';

/**
 * The Teams schemas mix patterns that need the `u` flag (\\p{L}) with ones that are invalid under it
 * (\\a, a lone `]`): compile with `u` and fall back to a plain RegExp for the latter.
 */
const lenientRegExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'new RegExp' },
);

function validator(schemaFile: string) {
  const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: true, validateFormats: false, code: { regExp: lenientRegExp } });
  return ajv.compile(JSON.parse(fs.readFileSync(kitPath('teams-manifest', schemaFile), 'utf8')) as object);
}

/** Width, height and RGBA pixels of a PNG written by deployment/teams/make-icons.js (8-bit RGBA, filter 0). */
function readPng(buf: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(buf.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))).toBe(true);
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let off = 8; off < buf.length; ) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('ascii', off + 4, off + 8);
    if (type === 'IDAT') idat.push(buf.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  return { width, height, pixels: zlib.inflateSync(Buffer.concat(idat)) };
}

describe('npx partnerwijzer package', () => {
  const dir = tempDir();
  const out = path.join(dir, 'app.zip');
  let zip: JSZip;

  beforeAll(async () => {
    await run(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'partnerwijzer.js'), 'package', '--out', out], {
      env: { ...process.env, MicrosoftAppId: APP_ID, MicrosoftAppTenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f', MicrosoftAppPassword: 'x', BOT_DOMAIN: 'partnerwijzer.lindenwaard.nl' },
    });
    zip = await JSZip.loadAsync(fs.readFileSync(out));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the zip holds manifest.json, both icons and the English strings at its root', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
  });

  test('manifest.json validates offline against the Teams v1.25 schema; bot in all three scopes; message extension; domain', async () => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, any>;
    const validate = validator('MicrosoftTeams.v1.25.schema.json');
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(manifest)).toBe(true);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'] });
    expect(manifest.composeExtensions[0].commands[0]).toMatchObject({ id: 'searchParty', type: 'query' });
    // The message action "Meld als signaal" / "Report as signal" opens the signal dialog (issue #14).
    expect(manifest.composeExtensions[0].commands[1]).toMatchObject({ id: 'reportSignal', type: 'action', context: ['message'], fetchTask: true });
    // Links to the bot's own party pages unfurl into the party card.
    expect(manifest.composeExtensions[0].messageHandlers).toEqual([{ type: 'link', value: { domains: ['partnerwijzer.lindenwaard.nl'] } }]);
    expect(manifest.validDomains).toEqual(['partnerwijzer.lindenwaard.nl']);
    expect(manifest.version).toBe('0.1.0');
  });

  test('the English command list validates against the localization schema and covers every Dutch command', async () => {
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, any>;
    const en = JSON.parse(await zip.file('en-us.json')!.async('string')) as Record<string, string>;
    const validate = validator('MicrosoftTeams.Localization.v1.29.schema.json');
    expect(validate(en)).toBe(true);
    manifest.bots[0].commandLists[0].commands.forEach((_c: unknown, i: number) => {
      expect(en[`bots[0].commandLists[0].commands[${i}].title`]).toBeTruthy();
    });
  });

  test('a schema violation is caught (the validator is not a rubber stamp)', () => {
    const validate = validator('MicrosoftTeams.v1.25.schema.json');
    expect(validate({ manifestVersion: '1.25', id: 'not-a-guid' })).toBe(false);
  });

  test('icons: color 192×192, outline 32×32 white on transparent', async () => {
    const color = readPng(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const o = y * (32 * 4 + 1) + 1 + x * 4;
        const [r, g, b, a] = outline.pixels.subarray(o, o + 4);
        expect(a === 0 || (r === 255 && g === 255 && b === 255)).toBe(true);
      }
    }
  });

  test('without MicrosoftAppId or BOT_DOMAIN it explains what to set', async () => {
    const res = await run(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'partnerwijzer.js'), 'package'], { env: { ...process.env, MicrosoftAppId: '', BOT_DOMAIN: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect((res as { code: number }).code).toBe(1);
    expect((res as { stderr: string }).stderr).toContain('BOT_DOMAIN');
  });
});
