import { FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, Button, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, tokens, type Theme } from '@fluentui/react-components';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { overviewText, type OverviewText } from '../../locales/overview';
import type { OverviewData, PartyDetail } from '../../domain/overview/types';
import { detectHost, type Host, type ThemeName } from './host';
import { CalendarView, OverviewView, PartyDialog, PeopleView, RiskView, type Filters } from './views';

const THEMES: Record<ThemeName, Theme> = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };
type View = 'overview' | 'risk' | 'people' | 'calendar';

export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** The one JSON API of this page; in Teams every call carries the SSO token. */
export function apiClient(host: Host) {
  const call = async (path: string): Promise<Response> => {
    const token = await host.token();
    const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) throw new ApiError(res.status);
    return res;
  };
  return {
    overview: async () => (await (await call('/api/overzicht/register')).json()) as OverviewData,
    party: async (id: string) => (await (await call(`/api/overzicht/partijen/${encodeURIComponent(id)}`)).json()) as PartyDetail,
    xlsx: async (query: string) => (await call(`/api/overzicht/export.xlsx?${query}`)).blob(),
    config: async () => (await (await fetch('/api/overzicht/config')).json()) as { mode: 'local' | 'teams'; appId: string | null },
  };
}
export type Api = ReturnType<typeof apiClient>;

function App({ host }: { host: Host }) {
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  const t: OverviewText = overviewText[host.lang];
  const api = useMemo(() => apiClient(host), [host]);
  const [data, setData] = useState<OverviewData | undefined>();
  const [error, setError] = useState<number | undefined>();
  const [appId, setAppId] = useState<string | null>(null);
  const [view, setView] = useState<View>('overview');
  const [filters, setFilters] = useState<Filters>({});
  const [openId, setOpenId] = useState<string | undefined>();
  const [detail, setDetail] = useState<PartyDetail | undefined>();

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = host.lang;
    document.title = t.title;
  }, [host.lang, t.title]);

  const load = useCallback(() => {
    setError(undefined);
    api.config().then((c) => setAppId(c.appId)).catch(() => undefined);
    api.overview().then(setData).catch((e: unknown) => setError(e instanceof ApiError ? e.status : 0));
  }, [api]);
  useEffect(load, [load]);

  useEffect(() => {
    setDetail(undefined);
    if (openId) api.party(openId).then(setDetail).catch((e: unknown) => setError(e instanceof ApiError ? e.status : 0));
  }, [api, openId]);

  const chatLink = (name: string) =>
    host.inTeams && appId ? `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(appId)}&message=${encodeURIComponent(name)}` : `/?q=${encodeURIComponent(name)}`;

  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme} style={{ background: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 }}>
      <header style={{ padding: '12px 20px 0' }}>
        <h1 style={{ fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, margin: '0 0 8px' }}>{t.title}</h1>
        {data?.demo && (
          <MessageBar intent="info" className="no-print">
            <MessageBarBody>{t.demo}</MessageBarBody>
          </MessageBar>
        )}
        <nav aria-label={t.nav}>
          <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)}>
            <Tab value="overview">{t.tabs.overview}</Tab>
            <Tab value="risk">{t.tabs.risk}</Tab>
            <Tab value="people">{t.tabs.people}</Tab>
            <Tab value="calendar">{t.tabs.calendar}</Tab>
          </TabList>
        </nav>
      </header>
      <main style={{ padding: '8px 20px 24px' }}>
        {error !== undefined ? (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>
              {error === 401 ? t.signIn : error === 403 ? t.forbidden : t.loadFailed}{' '}
              <Button size="small" onClick={load}>
                {t.retry}
              </Button>
            </MessageBarBody>
          </MessageBar>
        ) : !data ? (
          <Spinner label={t.loading} />
        ) : (
          <>
            {view === 'overview' && <OverviewView t={t} data={data} filters={filters} setFilters={setFilters} onOpen={setOpenId} api={api} />}
            {view === 'risk' && <RiskView t={t} data={data} theme={THEMES[theme]} onOpen={setOpenId} />}
            {view === 'people' && <PeopleView t={t} data={data} theme={THEMES[theme]} filters={filters} onOpen={setOpenId} />}
            {view === 'calendar' && <CalendarView t={t} data={data} theme={THEMES[theme]} onOpen={setOpenId} />}
          </>
        )}
      </main>
      <PartyDialog t={t} id={openId} detail={detail} onClose={() => setOpenId(undefined)} chatLink={chatLink} openLink={host.inTeams ? host.openLink : undefined} />
    </FluentProvider>
  );
}

void detectHost().then((host) => {
  if (host.inTeams) void import('@microsoft/teams-js').then(({ app }) => app.notifySuccess());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
