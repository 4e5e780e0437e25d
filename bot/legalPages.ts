import type { Server } from 'restify';
import { catalogue, type Lang } from '../locales';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** ?lang=en|nl wins; otherwise the browser's first language; Dutch by default. */
export function legalLang(query: unknown, acceptLanguage: string | undefined): Lang {
  const q = (query as { lang?: unknown } | undefined)?.lang;
  if (q === 'en' || q === 'nl') return q;
  return (acceptLanguage ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function legalPage(kind: 'privacy' | 'terms', lang: Lang): string {
  const l = catalogue(lang).teamsClient.legal;
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const title = kind === 'privacy' ? l.privacyTitle : l.termsTitle;
  const paragraphs = kind === 'privacy' ? l.privacy : l.terms;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="/${kind}?lang=${other}" hreflang="${other}" lang="${other}">${escapeHtml(l.otherLanguage)}</a></p>
</body></html>`;
}

/** The page behind a party link: only the party's name and kind (public in the budget paragraph); details stay in Teams. */
export function partyPage(party: { name: string; kind: string } | undefined, lang: Lang): string {
  const p = catalogue(lang).teamsClient.partyPage;
  const title = party ? party.name : p.notFound;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} — Partnerwijzer</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${party ? `<p>${escapeHtml(party.kind)}</p>\n<p>${escapeHtml(p.askInTeams(party.name))}</p>` : ''}
</body></html>`;
}

/** The privacy statement and terms of use that the Teams manifest links to, in Dutch and English; party link pages. */
export function registerLegalPages(server: Server, partyByCode?: (code: string) => Promise<{ name: string; category: keyof ReturnType<typeof catalogue>['party']['category'] } | undefined>): void {
  if (partyByCode) {
    server.get('/partij/:code', async (req, res) => {
      const lang = legalLang(req.query, req.headers['accept-language']);
      const code = String((req.params as { code?: unknown }).code ?? '').slice(0, 64);
      const party = await partyByCode(code);
      res.statusCode = party ? 200 : 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-language', lang);
      res.end(partyPage(party ? { name: party.name, kind: catalogue(lang).party.category[party.category] } : undefined, lang));
    });
  }
  for (const kind of ['privacy', 'terms'] as const) {
    server.get(`/${kind}`, async (req, res) => {
      const lang = legalLang(req.query, req.headers['accept-language']);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-language', lang);
      res.setHeader('cache-control', 'public, max-age=3600');
      res.end(legalPage(kind, lang));
    });
  }
}
