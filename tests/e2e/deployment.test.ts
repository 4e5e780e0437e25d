import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { tempDir } from '../support/harness';
import { PROJECT_ROOT } from '../../support/paths';
import { serveBot } from '../../support/processes';

const read = (...p: string[]) => fs.readFileSync(path.join(PROJECT_ROOT, ...p), 'utf8');

describe('Docker', () => {
  const dockerfile = read('deployment', 'docker', 'Dockerfile');

  test('every COPY source from the build context exists', () => {
    const sources = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1].split(/\s+/));
    expect(sources.length).toBeGreaterThan(5);
    for (const src of sources) expect(fs.existsSync(path.join(PROJECT_ROOT, src))).toBe(true);
  });

  test('multi-stage, production dependencies only, non-root, health check on /healthz, runs the CLI serve', () => {
    expect((dockerfile.match(/^FROM /gm) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/cli\/main.js", "serve"\]/);
    expect(fs.existsSync(path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js'))).toBe(true);
  });
});

describe('Kubernetes', () => {
  const docs = parseAllDocuments(read('deployment', 'kubernetes', 'partnerwijzer.yaml')).map((d) => d.toJS() as Record<string, any>);
  const deployment = docs.find((d) => d.kind === 'Deployment')!;
  const container = deployment.spec.template.spec.containers[0];

  test('two replicas, readiness and liveness on /healthz at the container port', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(container.readinessProbe.httpGet.path).toBe('/healthz');
    expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    const port = container.ports.find((p: { name: string }) => p.name === container.readinessProbe.httpGet.port).containerPort;
    expect(String(port)).toBe(container.env.find((e: { name: string }) => e.name === 'PORT').value);
  });

  test('non-root, secrets from a Secret the example file defines, with a PostgreSQL DATABASE_URL', () => {
    expect(deployment.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    const secretName = container.envFrom[0].secretRef.name;
    const secret = parseAllDocuments(read('deployment', 'kubernetes', 'secret.example.yaml')).map((d) => d.toJS() as Record<string, any>)[0];
    expect(secret.metadata.name).toBe(secretName);
    expect(secret.stringData.DATABASE_URL).toMatch(/^postgres:\/\//);
    const service = docs.find((d) => d.kind === 'Service')!;
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
  });
});

describe('Azure (Bicep)', () => {
  const bicep = read('deployment', 'azure', 'main.bicep');
  test('single-tenant bot on a managed identity, Node 20 on Linux, PostgreSQL flexible server, Key Vault reference, App Insights, /healthz', () => {
    expect(bicep).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(bicep).toMatch(/Microsoft\.DBforPostgreSQL\/flexibleServers/);
    expect(bicep).toMatch(/@Microsoft\.KeyVault\(SecretUri=/);
    expect(bicep).toMatch(/Microsoft\.Insights\/components/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
    expect(bicep).toMatch(/appCommandLine: 'node dist\/cli\/main.js serve'/);
    // Every app setting the bot reads is one of its documented variables.
    const settings = [...bicep.matchAll(/\{ name: '([A-Za-z_]+)', value:/g)].map((m) => m[1]);
    const documented = read('README.md');
    for (const s of settings.filter((x) => !/^(WEBSITES_PORT|APPLICATIONINSIGHTS_CONNECTION_STRING|ApplicationInsightsAgent_EXTENSION_VERSION|SCM_DO_BUILD_DURING_DEPLOYMENT)$/.test(x))) {
      expect(documented).toContain(`\`${s}\``);
    }
  });
});

describe('graceful shutdown', () => {
  test('SIGTERM: the process drains, exits 0 and says it closed the store', async () => {
    const bot = await serveBot({ DATABASE_URL: `sqlite:${path.join(tempDir(), 'stop.db')}` });
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(bot.output()).toContain('store closed');
  });
});
