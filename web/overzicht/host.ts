import { app, authentication } from '@microsoft/teams-js';
import type { OverviewLang } from '../../locales/overview';

export type ThemeName = 'light' | 'dark' | 'contrast';

export interface Host {
  inTeams: boolean;
  lang: OverviewLang;
  theme: ThemeName;
  /** A fresh SSO token in Teams; undefined in the browser (local mode). */
  token(): Promise<string | undefined>;
  onThemeChange(cb: (t: ThemeName) => void): void;
  openLink(url: string): void;
}

const params = new URLSearchParams(window.location.search);

function langFrom(locale: string | null | undefined): OverviewLang | undefined {
  if (!locale) return undefined;
  return locale.toLowerCase().startsWith('en') ? 'en' : locale.toLowerCase().startsWith('nl') ? 'nl' : undefined;
}

function teamsTheme(t: string | undefined): ThemeName {
  return t === 'dark' ? 'dark' : t === 'contrast' ? 'contrast' : 'light';
}

function browserTheme(): ThemeName {
  const p = params.get('theme');
  if (p === 'dark' || p === 'contrast' || p === 'light') return p;
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

/**
 * Teams when the page is framed by Teams (the manifest's contentUrl carries ?inTeams=1), else the
 * plain browser of local mode. Dutch first; English when Teams' (or the URL's) locale is English.
 */
export async function detectHost(): Promise<Host> {
  const framed = window.parent !== window || params.get('inTeams') === '1';
  if (framed) {
    try {
      await withTimeout(app.initialize(), 5000);
      const ctx = await app.getContext();
      let cached: { token: string; at: number } | undefined;
      return {
        inTeams: true,
        lang: langFrom(params.get('lang')) ?? langFrom(ctx.app.locale) ?? 'nl',
        theme: teamsTheme(ctx.app.theme),
        token: async () => {
          // Teams caches tokens itself; keep ours a few minutes to save a round trip per request.
          if (cached && Date.now() - cached.at < 5 * 60_000) return cached.token;
          const token = await authentication.getAuthToken();
          cached = { token, at: Date.now() };
          return token;
        },
        onThemeChange: (cb) => app.registerOnThemeChangeHandler((t) => cb(teamsTheme(t))),
        openLink: (url) => void app.openLink(url),
      };
    } catch {
      // Framed but not by Teams (or Teams did not answer): fall through to the browser.
    }
  }
  return {
    inTeams: false,
    lang: langFrom(params.get('lang')) ?? 'nl',
    theme: browserTheme(),
    token: async () => undefined,
    onThemeChange: (cb) => {
      const mq = window.matchMedia('(prefers-color-scheme: dark)');
      mq.addEventListener('change', () => cb(browserTheme()));
    },
    openLink: (url) => window.open(url, '_blank', 'noopener'),
  };
}
