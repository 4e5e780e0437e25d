import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Link,
  SearchBox,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { BBV_CATEGORIES, RISK_PROFILES } from '../../domain/register/types';
import { filterParties, toCsv, type OverviewData, type OverviewFilter, type OverviewParty, type PartyDetail } from '../../domain/overview/types';
import type { OverviewText } from '../../locales/overview';
import type { Api } from './main';

export type Filters = OverviewFilter;

const PAGE = 200;

function euro(cents: number | null, t: OverviewText): string {
  if (cents === null) return t.unknown;
  return new Intl.NumberFormat(t.lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
}

function date(d: string | null, t: OverviewText): string {
  if (!d) return '–';
  return new Intl.DateTimeFormat(t.lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d.slice(0, 10)}T00:00:00Z`));
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function filterQuery(f: Filters, lang: string): string {
  const q = new URLSearchParams();
  if (f.category) q.set('categorie', f.category);
  if (f.risk) q.set('risico', f.risk);
  if (f.portfolioHolder) q.set('portefeuillehouder', f.portfolioHolder);
  if (f.accountHolder) q.set('accounthouder', f.accountHolder);
  if (f.q) q.set('q', f.q);
  q.set('lang', lang);
  return q.toString();
}

function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id} style={{ marginTop: 16 }}>
      <h2 id={id} style={{ fontSize: tokens.fontSizeBase500, margin: '0 0 8px' }}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A scrollable box reachable by keyboard (WCAG 2.1.1), with a name for screen readers. */
function ScrollBox({ label, children, maxHeight = 560 }: { label: string; children: ReactNode; maxHeight?: number }) {
  return (
    <div className="scroll-box" role="region" aria-label={label} tabIndex={0} style={{ overflow: 'auto', maxHeight, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: 4, background: tokens.colorNeutralBackground1 }}>
      {children}
    </div>
  );
}

/** Observable Plot renders an SVG; the box around it carries the accessible name, the table below carries the data. */
function PlotBox({ label, make }: { label: string; make: () => Element }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = make();
    el.setAttribute('aria-hidden', 'true');
    ref.current?.replaceChildren(el);
    return () => el.remove();
  }, [make]);
  return <div ref={ref} role="img" aria-label={label} data-chart style={{ overflowX: 'auto', background: tokens.colorNeutralBackground1, padding: 8, borderRadius: 4 }} />;
}

/** One filter: "all" plus the given [value, label] options; an empty choice clears the filter. */
function FilterSelect(props: { label: string; all: string; value: string | undefined; options: [string, string][]; onChange: (value: string | undefined) => void }) {
  return (
    <Field label={props.label}>
      <Select value={props.value ?? ''} onChange={(_, d) => props.onChange(d.value || undefined)}>
        <option value="">{props.all}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function PartyLink({ p, onOpen }: { p: OverviewParty; onOpen: (id: string) => void }) {
  return (
    <Link as="button" onClick={() => onOpen(p.id)} data-party={p.code}>
      {p.name}
    </Link>
  );
}

function riskBadge(p: OverviewParty, t: OverviewText) {
  if (!p.risk) return <Badge appearance="outline" color="informative">{t.unknown}</Badge>;
  const color = p.risk === 'hoog' ? 'danger' : p.risk === 'midden' ? 'warning' : 'success';
  return (
    <Badge appearance="tint" color={color}>
      {t.risk[p.risk]}
    </Badge>
  );
}

export function OverviewView(props: { t: OverviewText; data: OverviewData; filters: Filters; setFilters: (f: Filters) => void; onOpen: (id: string) => void; api: Api }) {
  const { t, data, filters, setFilters, onOpen, api } = props;
  const [limit, setLimit] = useState(PAGE);
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => filterParties(data.parties, filters), [data, filters]);
  const portfolio = useMemo(() => [...new Set(data.parties.map((p) => p.portfolioHolder).filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'nl')), [data]);
  const accounts = useMemo(() => [...new Set(data.parties.map((p) => p.accountHolder).filter((x): x is string => !!x))].sort((a, b) => a.localeCompare(b, 'nl')), [data]);
  const groups = useMemo(
    () => BBV_CATEGORIES.map((c) => ({ category: c, rows: rows.filter((p) => p.category === c) })).filter((g) => g.rows.length > 0),
    [rows],
  );
  useEffect(() => setLimit(PAGE), [filters]);
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const c = t.columns;

  const csv = () => {
    const header = [c.code, c.name, c.category, c.risk, c.interest, c.portfolioHolder, c.accountHolder, c.seats, c.signals, c.checklists, c.overdue, c.nextDate];
    const body = rows.map((p) => [p.code, p.name, t.category[p.category], p.risk ? t.risk[p.risk] : t.unknown, p.interestCents === null ? null : p.interestCents / 100, p.portfolioHolder, p.accountHolder, p.seats, p.openSignals, p.openChecklists, p.overdue, p.nextDate]);
    download(`${t.exportFile}.csv`, new Blob([toCsv(header, body)], { type: 'text/csv;charset=utf-8' }));
  };
  const xlsx = async () => {
    setBusy(true);
    try {
      download(`${t.exportFile}.xlsx`, await api.xlsx(filterQuery(filters, t.lang)));
    } finally {
      setBusy(false);
    }
  };

  let shown = 0;
  return (
    <>
      <div className="no-print" role="search" aria-label={t.filters} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end', marginTop: 8 }}>
        <Field label={t.search}>
          <SearchBox style={{ width: 280 }} value={filters.q ?? ''} placeholder={t.searchPlaceholder} onChange={(_, d) => set({ q: d.value || undefined })} />
        </Field>
        <FilterSelect label={c.category} all={t.all} value={filters.category} onChange={(v) => set({ category: v as Filters['category'] })} options={BBV_CATEGORIES.map((x) => [x, t.category[x]])} />
        <FilterSelect label={c.risk} all={t.all} value={filters.risk} onChange={(v) => set({ risk: v as Filters['risk'] })} options={[...RISK_PROFILES.map((x): [string, string] => [x, t.risk[x]]), ['onbekend', t.unknown]]} />
        <FilterSelect label={c.portfolioHolder} all={t.all} value={filters.portfolioHolder} onChange={(v) => set({ portfolioHolder: v })} options={portfolio.map((x) => [x, x])} />
        <FilterSelect label={c.accountHolder} all={t.all} value={filters.accountHolder} onChange={(v) => set({ accountHolder: v })} options={accounts.map((x) => [x, x])} />
        <Button onClick={() => setFilters({})}>{t.clear}</Button>
        <div role="group" aria-label={t.exportLabel} style={{ display: 'flex', gap: 8 }}>
          <Button onClick={csv}>{t.exportCsv}</Button>
          <Button onClick={() => void xlsx()} disabled={busy}>
            {t.exportXlsx}
          </Button>
          <Button onClick={() => window.print()}>{t.print}</Button>
        </div>
      </div>
      <p role="status" aria-live="polite" data-count={rows.length} style={{ margin: '12px 0 0' }}>
        {t.count(rows.length, data.parties.length)}
      </p>
      <Section title={t.byCategory} id="h-categories">
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: 0 }}>
          {groups.map((g) => (
            <li key={g.category} style={{ background: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: 4, padding: '8px 12px' }}>
              <strong>{t.category[g.category]}</strong>: {g.rows.length} · {euro(g.rows.reduce((s, p) => s + (p.interestCents ?? 0), 0), t)} {t.totalInterest}
            </li>
          ))}
        </ul>
      </Section>
      {groups.map((g) => {
        const visible = g.rows.slice(0, Math.max(0, limit - shown));
        shown += visible.length;
        if (visible.length === 0) return null;
        const hid = `h-${g.category.replace(/[^a-z]/g, '-')}`;
        return (
          <Section key={g.category} title={`${t.category[g.category]} (${g.rows.length})`} id={hid}>
            <Table size="small" aria-labelledby={hid} style={{ background: tokens.colorNeutralBackground1 }}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{c.name}</TableHeaderCell>
                  <TableHeaderCell>{c.risk}</TableHeaderCell>
                  <TableHeaderCell>{c.interest}</TableHeaderCell>
                  <TableHeaderCell>{c.portfolioHolder}</TableHeaderCell>
                  <TableHeaderCell>{c.accountHolder}</TableHeaderCell>
                  <TableHeaderCell>{c.signals}</TableHeaderCell>
                  <TableHeaderCell>{c.overdue}</TableHeaderCell>
                  <TableHeaderCell>{c.nextDate}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {visible.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>
                      <PartyLink p={p} onOpen={onOpen} /> <span style={{ color: tokens.colorNeutralForeground2 }}>({p.code})</span>
                    </TableCell>
                    <TableCell>{riskBadge(p, t)}</TableCell>
                    <TableCell>{euro(p.interestCents, t)}</TableCell>
                    <TableCell>{p.portfolioHolder ?? '–'}</TableCell>
                    <TableCell>{p.accountHolder ?? '–'}</TableCell>
                    <TableCell>{p.openSignals > 0 ? <Badge color="danger">{p.openSignals}</Badge> : '0'}</TableCell>
                    <TableCell>{p.overdue > 0 ? <span style={{ color: tokens.colorPaletteRedForeground1, fontWeight: 600 }}>{p.overdue}</span> : '0'}</TableCell>
                    <TableCell>{date(p.nextDate, t)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Section>
        );
      })}
      {rows.length > limit && (
        <Button className="no-print" style={{ marginTop: 12 }} onClick={() => setLimit(limit + PAGE * 5)}>
          {t.lang === 'en' ? `Show more (${rows.length - limit})` : `Meer tonen (${rows.length - limit})`}
        </Button>
      )}
    </>
  );
}

const BAND_LIMITS = [100_000_00, 1_000_000_00, 10_000_000_00];
function band(cents: number | null): number {
  if (cents === null) return 4;
  return BAND_LIMITS.findIndex((l) => cents < l) === -1 ? 3 : BAND_LIMITS.findIndex((l) => cents < l);
}

export function RiskView({ t, data, theme, onOpen }: { t: OverviewText; data: OverviewData; theme: Theme; onOpen: (id: string) => void }) {
  const risks = [...RISK_PROFILES.map((r) => t.risk[r]), t.unknown];
  const cells = useMemo(() => {
    const m = new Map<string, { risk: string; band: string; count: number; cents: number; signals: number }>();
    for (const p of data.parties) {
      const risk = p.risk ? t.risk[p.risk] : t.unknown;
      const b = t.riskView.bands[band(p.interestCents)];
      const k = `${risk}|${b}`;
      const cell = m.get(k) ?? { risk, band: b, count: 0, cents: 0, signals: 0 };
      cell.count++;
      cell.cents += p.interestCents ?? 0;
      cell.signals += p.openSignals;
      m.set(k, cell);
    }
    return [...m.values()];
  }, [data, t]);
  const make = useMemo(
    () => () =>
      Plot.plot({
        width: 720,
        height: 360,
        marginLeft: 150,
        style: { background: 'transparent', color: theme.colorNeutralForeground1, fontSize: '13px' },
        x: { domain: risks, label: t.columns.risk, padding: 0.1 },
        y: { domain: [...t.riskView.bands].reverse(), label: t.riskView.band },
        r: { range: [6, 38] },
        marks: [
          Plot.dot(cells, { x: 'risk', y: 'band', r: (d: { cents: number; count: number }) => Math.max(d.cents, 1) + d.count, fill: theme.colorBrandBackground, fillOpacity: 0.55, stroke: (d: { signals: number }) => (d.signals > 0 ? theme.colorPaletteRedBorder2 : theme.colorBrandStroke1), strokeWidth: (d: { signals: number }) => (d.signals > 0 ? 3 : 1) }),
          Plot.text(cells, { x: 'risk', y: 'band', text: 'count', fill: theme.colorNeutralForeground1, fontWeight: 'bold' }),
        ],
      }),
    [cells, theme, t],
  );
  const flagged = data.parties.filter((p) => p.openSignals > 0).sort((a, b) => b.openSignals - a.openSignals);
  return (
    <>
      <Section title={t.riskView.heading} id="h-risk">
        <p>{t.riskView.description}</p>
        <PlotBox label={`${t.riskView.heading}. ${t.chartAlt}`} make={make} />
        <Table size="small" aria-label={t.riskView.tableCaption} style={{ marginTop: 12, background: tokens.colorNeutralBackground1 }}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.riskView.band}</TableHeaderCell>
              {risks.map((r) => (
                <TableHeaderCell key={r}>{r}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {t.riskView.bands.map((b) => (
              <TableRow key={b}>
                <TableCell>{b}</TableCell>
                {risks.map((r) => {
                  const cell = cells.find((x) => x.risk === r && x.band === b);
                  return <TableCell key={r}>{cell ? `${cell.count} · ${euro(cell.cents, t)}` : '0'}</TableCell>;
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section title={t.riskView.withSignals} id="h-signals">
        {flagged.length === 0 ? (
          <p>{t.riskView.noSignals}</p>
        ) : (
          <ul data-signals>
            {flagged.slice(0, 100).map((p) => (
              <li key={p.id}>
                <PartyLink p={p} onOpen={onOpen} /> — <Badge color="danger">{p.openSignals}</Badge> {t.columns.signals.toLowerCase()} · {riskBadge(p, t)} · {euro(p.interestCents, t)}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

export function PeopleView({ t, data, theme, filters, onOpen }: { t: OverviewText; data: OverviewData; theme: Theme; filters: Filters; onOpen: (id: string) => void }) {
  const visible = useMemo(() => new Map(filterParties(data.parties, filters).map((p) => [p.id, p])), [data, filters]);
  const people = useMemo(
    () =>
      data.people
        .map((x) => ({ ...x, seats: x.seats.filter((s) => visible.has(s.partyId)) }))
        .filter((x) => x.seats.length > 0)
        .sort((a, b) => b.seats.length - a.seats.length || a.name.localeCompare(b.name, 'nl')),
    [data, visible],
  );
  const top = people.slice(0, 25);
  const cells = useMemo(() => top.flatMap((x) => x.seats.map((s) => ({ person: `${x.name} (${x.seats.length})`, party: visible.get(s.partyId)?.code ?? '', role: `${s.body} ${s.role}` }))), [top, visible]);
  const partyOrder = useMemo(() => [...new Set(cells.map((c) => c.party))].slice(0, 60), [cells]);
  const make = useMemo(
    () => () =>
      Plot.plot({
        width: Math.max(480, 180 + partyOrder.length * 28),
        height: 60 + top.length * 24,
        marginLeft: 200,
        marginBottom: 80,
        style: { background: 'transparent', color: theme.colorNeutralForeground1, fontSize: '12px' },
        x: { domain: partyOrder, label: null, tickRotate: -45 },
        y: { domain: top.map((x) => `${x.name} (${x.seats.length})`), label: null },
        marks: [Plot.cell(cells.filter((c) => partyOrder.includes(c.party)), { x: 'party', y: 'person', fill: theme.colorBrandBackground, inset: 1, title: 'role' })],
      }),
    [cells, partyOrder, top, theme],
  );
  const parties = [...visible.values()];
  const one = parties.filter((p) => p.representatives === 1);
  const none = parties.filter((p) => p.representatives === 0);
  const v = t.peopleView;
  return (
    <>
      <Section title={v.heading} id="h-people">
        <p>{v.description}</p>
        <p>{v.shownOf(top.length, people.length)}</p>
        <PlotBox label={`${v.heading}. ${t.chartAlt}`} make={make} />
      </Section>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: 16 }}>
        <Section title={v.mostSeats} id="h-most">
          <ScrollBox label={v.mostSeats} maxHeight={360}>
            <Table size="small" aria-labelledby="h-most">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{v.person}</TableHeaderCell>
                  <TableHeaderCell>{t.columns.seats}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.slice(0, 50).map((x) => (
                  <TableRow key={x.name}>
                    <TableCell>
                      {x.name}
                      {x.function ? ` (${x.function})` : ''}
                    </TableCell>
                    <TableCell data-seats={x.seats.length}>{v.seatsOf(x.seats.length)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollBox>
        </Section>
        <Section title={`${v.oneRep} (${one.length})`} id="h-one">
          <ScrollBox label={v.oneRep} maxHeight={360}>
            <ul data-one-rep style={{ margin: 8 }}>
              {one.slice(0, 200).map((p) => (
                <li key={p.id}>
                  <PartyLink p={p} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </ScrollBox>
        </Section>
        <Section title={`${v.noRep} (${none.length})`} id="h-none">
          <ScrollBox label={v.noRep} maxHeight={360}>
            <ul style={{ margin: 8 }}>
              {none.slice(0, 200).map((p) => (
                <li key={p.id}>
                  <PartyLink p={p} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </ScrollBox>
        </Section>
      </div>
    </>
  );
}

export function CalendarView({ t, data, theme, onOpen }: { t: OverviewText; data: OverviewData; theme: Theme; onOpen: (id: string) => void }) {
  const byId = useMemo(() => new Map(data.parties.map((p) => [p.id, p])), [data]);
  const overdue = data.calendar.filter((c) => c.overdue);
  const coming = data.calendar.filter((c) => !c.overdue);
  const plotted = useMemo(() => [...overdue, ...coming].slice(0, 400).map((c) => ({ ...c, when: new Date(`${c.date}T12:00:00Z`), party: byId.get(c.partyId)?.code ?? '' })), [overdue, coming, byId]);
  const rows = [...new Set(plotted.map((p) => p.party))];
  const make = useMemo(
    () => () =>
      Plot.plot({
        width: 760,
        height: 60 + Math.min(rows.length, 60) * 20,
        marginLeft: 90,
        style: { background: 'transparent', color: theme.colorNeutralForeground1, fontSize: '12px' },
        x: { type: 'utc', label: null, grid: true },
        y: { domain: rows.slice(0, 60), label: null },
        marks: [
          Plot.ruleX([new Date(`${data.today}T12:00:00Z`)], { stroke: theme.colorNeutralForeground2, strokeDasharray: '4 3' }),
          Plot.dot(plotted.filter((p) => rows.slice(0, 60).includes(p.party)), {
            x: 'when',
            y: 'party',
            r: 5,
            fill: (d: { overdue: boolean; kind: string }) => (d.overdue ? theme.colorPaletteRedBackground3 : d.kind === 'zienswijze' ? theme.colorPaletteDarkOrangeBackground3 : theme.colorBrandBackground),
            symbol: (d: { kind: string }) => (d.kind === 'zienswijze' ? 'diamond' : d.kind === 'stap' || d.kind === 'actie' ? 'square' : 'circle'),
            title: (d: { kind: string; date: string }) => `${t.kind[d.kind as keyof typeof t.kind]} ${d.date}`,
          }),
        ],
      }),
    [plotted, rows, theme, data.today, t],
  );
  const list = (items: typeof data.calendar, red: boolean, label: string) =>
    items.length === 0 ? (
      <p>{t.calendarView.none}</p>
    ) : (
      <ScrollBox label={label} maxHeight={420}>
        <Table size="small" aria-label={label}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.calendarView.date}</TableHeaderCell>
              <TableHeaderCell>{t.columns.name}</TableHeaderCell>
              <TableHeaderCell>{t.calendarView.what}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.slice(0, 300).map((c, i) => {
              const p = byId.get(c.partyId);
              return (
                <TableRow key={i} data-overdue={red ? 'true' : undefined} style={red ? { color: tokens.colorPaletteRedForeground1 } : undefined}>
                  <TableCell>{date(c.date, t)}</TableCell>
                  <TableCell>{p ? <PartyLink p={p} onOpen={onOpen} /> : '–'}</TableCell>
                  <TableCell>
                    {t.kind[c.kind]}
                    {c.label ? `: ${c.label}` : ''}
                    {red ? ` (${t.detail.overdue})` : ''}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollBox>
    );
  return (
    <>
      <Section title={t.calendarView.heading} id="h-calendar">
        <p>{t.calendarView.description}</p>
        <PlotBox label={`${t.calendarView.heading}. ${t.chartAlt}`} make={make} />
      </Section>
      <Section title={`${t.calendarView.overdueHeading} (${overdue.length})`} id="h-overdue">
        {list(overdue, true, t.calendarView.overdueHeading)}
      </Section>
      <Section title={`${t.calendarView.comingHeading} (${coming.length})`} id="h-coming">
        {list(coming, false, t.calendarView.comingHeading)}
      </Section>
    </>
  );
}

function Dl({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', margin: 0 }}>
      {items.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{k}</dt>
          <dd style={{ margin: 0 }}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PartyDialog(props: { t: OverviewText; id: string | undefined; detail: PartyDetail | undefined; onClose: () => void; chatLink: (name: string) => string; openLink?: (url: string) => void }) {
  const { t, id, detail: d, onClose, chatLink, openLink } = props;
  const x = t.detail;
  const person = (p: { name: string; function: string | null; email: string | null }) => [p.function ? `${p.name} (${p.function})` : p.name, p.email].filter(Boolean).join(' · ');
  return (
    <Dialog open={id !== undefined} onOpenChange={(_, s) => !s.open && onClose()}>
      <DialogSurface aria-describedby={undefined} style={{ maxWidth: 760 }}>
        <DialogBody>
          <DialogTitle>{d ? `${d.party.name} (${d.party.code})` : t.loading}</DialogTitle>
          <DialogContent>
            {!d ? (
              <Spinner label={t.loading} />
            ) : (
              <div data-detail={d.party.code}>
                <p>
                  <Link
                    href={chatLink(d.party.name)}
                    target="_blank"
                    rel="noopener"
                    onClick={(e) => {
                      if (openLink) {
                        e.preventDefault();
                        openLink(chatLink(d.party.name));
                      }
                    }}
                  >
                    {x.openChat}
                  </Link>
                </p>
                <h3>{x.facts}</h3>
                <Dl
                  items={[
                    [t.columns.category, t.category[d.party.category]],
                    [x.location, d.party.location ?? x.notRecorded],
                    [x.legalForm, d.legalForm ?? x.notRecorded],
                    [t.columns.risk, d.party.risk ? t.risk[d.party.risk] : x.notRecorded],
                    [t.columns.interest, euro(d.party.interestCents, t)],
                    [t.columns.portfolioHolder, d.party.portfolioHolder ?? x.notRecorded],
                    [x.client, d.clientPortfolioHolder ?? x.notRecorded],
                    [t.columns.accountHolder, d.accountHolder ? person(d.accountHolder) : x.notRecorded],
                    ...(d.aliases.length ? ([[x.aliases, d.aliases.join(', ')]] as [string, ReactNode][]) : []),
                  ]}
                />
                <h3>{x.publicInterest}</h3>
                <p>{d.publicInterest ?? x.notRecorded}</p>
                <h3>{x.seats}</h3>
                <ul>
                  {d.seats.map((s, i) => (
                    <li key={i}>
                      <strong>{s.body}</strong> · {s.role}: {s.person ? person(s.person) : <em>{x.vacant}</em>}
                    </li>
                  ))}
                </ul>
                <h3>{x.checklists}</h3>
                {d.checklists.length === 0 ? (
                  <p>{x.none}</p>
                ) : (
                  <ul>
                    {d.checklists.map((c) => (
                      <li key={c.id}>
                        {c.changeKind} · {x.stepsDone(c.done, c.total)}
                        {c.deadline ? ` · ${x.deadline} ${date(c.deadline, t)}` : ''}
                        <ul>
                          {c.openSteps.slice(0, 5).map((s, i) => (
                            <li key={i} style={s.overdue ? { color: tokens.colorPaletteRedForeground1 } : undefined}>
                              {t.lang === 'en' ? s.title.en : s.title.nl} — {date(s.due, t)}
                              {s.owner ? ` · ${x.owner} ${s.owner}` : ''}
                              {s.overdue ? ` (${x.overdue})` : ''}
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                )}
                <h3>{x.actions}</h3>
                {d.actions.length === 0 ? (
                  <p>{x.none}</p>
                ) : (
                  <ul>
                    {d.actions.map((a, i) => (
                      <li key={i} style={a.overdue ? { color: tokens.colorPaletteRedForeground1 } : undefined}>
                        {a.what} — {a.owner}, {date(a.due, t)}
                        {a.overdue ? ` (${x.overdue})` : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <h3>{x.signals}</h3>
                {d.signals.length === 0 ? (
                  <p>{x.none}</p>
                ) : (
                  <ul>
                    {d.signals.map((s, i) => (
                      <li key={i}>
                        {date(s.reportedAt, t)} · {t.signalCategory[s.category] ?? s.category} · {t.severity[s.severity] ?? s.severity}: {s.description}
                      </li>
                    ))}
                  </ul>
                )}
                <h3>{x.lastOutcome}</h3>
                {d.lastOutcome ? (
                  <p>
                    {d.lastOutcome.body}, {date(d.lastOutcome.meetingDate, t)}: {d.lastOutcome.decisions}
                  </p>
                ) : (
                  <p>{x.none}</p>
                )}
                <h3>{x.nextDates}</h3>
                {d.nextDates.length === 0 ? (
                  <p>{x.none}</p>
                ) : (
                  <ul>
                    {d.nextDates.slice(0, 10).map((c, i) => (
                      <li key={i} style={c.overdue ? { color: tokens.colorPaletteRedForeground1 } : undefined}>
                        {date(c.date, t)} · {t.kind[c.kind]}
                        {c.label ? `: ${c.label}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {x.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
