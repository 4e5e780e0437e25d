import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** Where deployment/teams lives, from the sources or from dist/. */
export function teamsDir(): string {
  for (const rel of ['../deployment/teams', '../../deployment/teams']) {
    const dir = path.resolve(__dirname, rel);
    if (fs.existsSync(path.join(dir, 'manifest.template.json'))) return dir;
  }
  throw new Error('deployment/teams/manifest.template.json not found');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageInput {
  appId: string;
  botDomain: string;
  version: string;
  developerName: string;
}

/** Fills the template: ids, domain, version. Every placeholder must be resolved. */
export function renderManifest(input: PackageInput): Record<string, unknown> {
  if (!GUID.test(input.appId)) throw new Error(`MicrosoftAppId must be a GUID (the Azure Bot's app id), got "${input.appId}"`);
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(input.botDomain)) throw new Error(`BOT_DOMAIN must be a host name such as partnerwijzer.gemeente.nl, got "${input.botDomain}"`);
  const text = fs
    .readFileSync(path.join(teamsDir(), 'manifest.template.json'), 'utf8')
    .replace(/\{\{MicrosoftAppId\}\}/g, input.appId)
    .replace(/\{\{BOT_DOMAIN\}\}/g, input.botDomain)
    .replace(/\{\{VERSION\}\}/g, input.version)
    .replace(/\{\{DEVELOPER_NAME\}\}/g, input.developerName);
  const left = /\{\{[A-Za-z_]+\}\}/.exec(text);
  if (left) throw new Error(`manifest template has an unresolved placeholder ${left[0]}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** The zip Teams admin center accepts: manifest.json, the icons and the English strings at the root. */
export async function buildPackage(input: PackageInput, outFile: string): Promise<string[]> {
  const dir = teamsDir();
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(renderManifest(input), null, 2));
  const files = ['color.png', 'outline.png', 'en-us.json'];
  for (const f of files) zip.file(f, fs.readFileSync(path.join(dir, f)));
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  fs.writeFileSync(outFile, buf);
  return ['manifest.json', ...files];
}
