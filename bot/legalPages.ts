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

/** The privacy statement and terms of use that the Teams manifest links to, in Dutch and English. */
export function registerLegalPages(server: Server): void {
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
