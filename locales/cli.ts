import type { CliCatalogue, Lang } from './catalogue';
import { formatCentsDutch } from '../domain/register/amounts';

const euro = (cents: number | null): string => (cents === null ? '—' : `€ ${formatCentsDutch(cents)}`);

/** Command-line texts per language; the line prefix `line N: column:` is a stable contract in both. */
const nl: CliCatalogue = {
  csvReason: (r) => {
    switch (r.code) {
      case 'empty_file': return 'het bestand is leeg';
      case 'unreadable': return `het bestand is geen leesbare CSV (${r.detail})`;
      case 'unknown_column': return 'onbekende kolom';
      case 'duplicate_column': return 'kolom staat er twee keer in';
      case 'missing_column': return 'verplichte kolom ontbreekt';
      case 'field_count': return `verwacht ${r.expected} velden, gevonden ${r.found}`;
      case 'required': return 'verplicht veld is leeg';
      case 'invalid_category': return 'onbekende categorie: gebruik gemeenschappelijke regeling, vennootschap of coöperatie, stichting of vereniging, of overig';
      case 'invalid_risk': return 'onbekend risicoprofiel: gebruik laag, midden of hoog';
      case 'invalid_interest_kind': return 'onbekende soort financieel belang: gebruik bijdrage, kapitaal of garantie';
      case 'invalid_amount': return `"${r.value}" is geen bedrag (bijvoorbeeld 1.234,56)`;
      case 'invalid_email': return `"${r.value}" is geen geldig e-mailadres`;
      case 'too_long': return `langer dan ${r.max} tekens`;
      case 'contradicts': return `spreekt regel ${r.earlierLine} tegen ("${r.earlier}")`;
      case 'required_with': return `verplicht als ${r.other} is ingevuld`;
      case 'duplicate_seat': return `dezelfde zetel staat al op regel ${r.earlierLine}`;
      case 'alias_taken': return `afkorting of naam hoort al bij ${r.party}`;
      case 'control_chars': return 'bevat onzichtbare stuurtekens (zoals NUL); typ de waarde opnieuw';
      case 'invalid_code': return `"${r.value}" is geen geldige code: gebruik hoofdletters, cijfers en streepjes (bijvoorbeeld GGD-HL), hoogstens 32 tekens`;
      case 'code_taken': return `deze code hoort op regel ${r.earlierLine} al bij ${r.party}`;
      case 'code_conflict': return `dezelfde partij heeft op regel ${r.earlierLine} code ${r.earlier}`;
      case 'encoding': return 'de tekens in het bestand zijn niet te lezen: sla het in Excel op als "CSV UTF-8 (door komma\'s gescheiden)"';
      case 'not_register_file': return 'dit is geen CSV- of Excel-bestand (.csv of .xlsx)';
      case 'xls_or_protected': return 'dit Excel-bestand is met een wachtwoord beveiligd of in het oude .xls-formaat: verwijder de beveiliging en sla op als .xlsx';
      case 'unpacks_too_large': return `de werkmap wordt uitgepakt groter dan ${r.maxMb} MB; bewaar alleen het registerblad in een nieuwe werkmap`;
      case 'sheet_choice': return `de werkmap heeft meerdere bladen (${r.sheets.join(', ')}): kies er één met --blad <naam> of noem het blad "Register"`;
      case 'sheet_missing': return `blad "${r.sheet}" bestaat niet (wel: ${r.sheets.join(', ')})`;
      case 'no_header': return 'geen kopregel gevonden met de kolom partij (in de eerste 20 regels)';
      case 'formula': return 'bevat een formule: plak de waarden (Plakken speciaal → Waarden) en probeer opnieuw';
      case 'hidden_row': return 'deze regel is verborgen in Excel: maak hem zichtbaar of verwijder hem, zodat u ziet wat u importeert';
      case 'name_taken': return `deze naam hoort in het register al bij partij ${r.party}`;
    }
  },
  notice: (n) => (n.code === 'windows_1252'
    ? 'Let op: het bestand is geen UTF-8 en is gelezen als Windows-1252. Controleer letters met accenten, of sla op als "CSV UTF-8".'
    : 'Het bestand is gelezen als UTF-16 (Unicode-tekst).'),
  planProblem: (p) => `partij ${p.party}: ${nl.csvReason(p.reason)}`,
  chatProblem: (line, cell, column, reason) => `regel ${line}${cell ? ` (${cell})` : ''}: ${column}: ${reason}`,
  warning: (w) => {
    switch (w.kind) {
      case 'archive_open_work': return `${w.party} wordt gearchiveerd terwijl er nog ${w.checklists} open checklist(s) en ${w.actions} open actie(s) zijn`;
      case 'seat_holder_gone': return `${w.person} verdwijnt als ${w.seat} bij ${w.party}`;
      case 'financial_change': return `financieel belang van ${w.party} verandert ${w.percent}% (${euro(w.before)} → ${euro(w.after)})`;
    }
  },
  importOk: (a, u, ar, r, n) => `Register geïmporteerd: ${a} toegevoegd, ${u} gewijzigd, ${ar} gearchiveerd, ${r} hersteld, ${n} ongewijzigd.`,
  dryRunHeader: (a, u, ar, r, n) => `Proefimport (er is niets gewijzigd): ${a} toegevoegd, ${u} gewijzigd, ${ar} gearchiveerd, ${r} hersteld, ${n} ongewijzigd.`,
  dryRunFooter: 'Zonder --dry-run wordt precies dit in één keer toegepast.',
  planAdded: (name, code) => `+ toegevoegd: ${name} [${code}]`,
  planUpdated: (name, code) => `~ gewijzigd: ${name} [${code}]`,
  planRestored: (name, code) => `↺ hersteld uit archief: ${name} [${code}]`,
  planArchived: (name, code) => `- gearchiveerd: ${name} [${code}] (de geschiedenis blijft bewaard)`,
  planChange: (field, before, after) => `    ${field}: "${before}" → "${after}"`,
  warningsTitle: 'Let op:',
  needsForce: (ar, active) => `Deze import archiveert ${ar} van de ${active} partijen (meer dan een derde). Controleer het bestand; als het klopt, herhaal met --force.`,
  stale: 'Het register is gewijzigd sinds deze voorvertoning. Er is niets toegepast: bekijk de nieuwe voorvertoning.',
  importFailed: (n) => `Niets geïmporteerd: ${n} ${n === 1 ? 'probleem' : 'problemen'} gevonden.`,
  exportOk: (f, n) => `${n} verbonden partijen geëxporteerd naar ${f}.`,
  fileMissing: (f) => `Bestand niet gevonden: ${f}`,
  fileTooLarge: (f, mb) => `Bestand ${f} is groter dan ${mb} MB.`,
  wrongFileType: (f) => `${f}: gebruik een .csv- of .xlsx-bestand.`,
  backupOk: (f, n) => `Reservekopie geschreven naar ${f} (${n} verbonden partijen).`,
  backupPostgres: 'Bij PostgreSQL maakt u de reservekopie met pg_dump (of point-in-time restore van Azure Database for PostgreSQL Flexible Server); zie README, "Reservekopieën".',
  restoreNotEmpty: (n) => `De database bevat al ${n} verbonden partijen. Niets teruggezet; gebruik --force om ze te overschrijven.`,
  restoreOk: (f, n) => `Reservekopie ${f} teruggezet (${n} verbonden partijen).`,
  restoreNotABackup: (f) => `${f} is geen reservekopie van Partnerwijzer (SQLite-database).`,
  usage: `Gebruik: partnerwijzer <opdracht>

Opdrachten:
  serve                 start de bot (poort uit PORT, standaard 3978)
  import <bestand.csv|.xlsx> [--dry-run] [--force] [--blad naam]
                        maak het register gelijk aan het bestand (alles of niets; ontbrekende partijen worden gearchiveerd)
  export [bestand.csv|.xlsx]  schrijf het register (zonder bestand: CSV naar standaarduitvoer)
  backup [--out bestand.db]   maak een consistente reservekopie terwijl de bot draait (SQLite)
  restore <bestand.db> [--force]  zet een reservekopie terug (weigert een gevulde database zonder --force)
  package [--out f.zip] maak het Teams-app-pakket (nodig: MicrosoftAppId, BOT_DOMAIN)
  audit [--out f.csv] [--since datum]  exporteer de audit-trail
  paragraaf --jaar J --out f.docx|.html|.md  maak de paragraaf verbonden partijen
  calendar [--out f.ics]  schrijf de bestuurlijke agenda als iCalendar
  reminders run [--now tijdstip]  verstuur alle herinneringen die op dat moment verschuldigd zijn
  datum --partij P --soort vergadering --orgaan AB --datum JJJJ-MM-DD [--tijd 14:00-16:00]  leg een datum vast
  help                  toon deze hulp`,
  unknownCommand: (c) => `Onbekende opdracht: ${c}`,
  badSince: (since) => `--since: "${since}" is geen datum (ISO-8601, bijvoorbeeld 2026-01-01)`,
  badYear: '--jaar: geef een jaartal, bijvoorbeeld --jaar 2027',
  badParagraphOut: '--out: gebruik een bestand dat eindigt op .md, .html of .docx',
  visionUnreadable: (f) => `--visie: kan ${f} niet lezen`,
  visionLength: (max) => `--visie: de tekst moet 1 tot ${max} tekens zijn`,
  partyRequired: '--partij: verplicht',
  kindChoice: (kinds) => `--soort: kies uit ${kinds}`,
  dateRequired: '--datum: verplicht, als JJJJ-MM-DD',
  timeFormat: '--tijd: als UU:MM of UU:MM-UU:MM',
  partyNotUnique: (name, candidates) => `--partij: "${name}" is niet eenduidig een verbonden partij${candidates ? ` (${candidates})` : ''}`,
  dateRecorded: (party, kind, body, date, time) => `${party}: ${kind}${body ? ` ${body}` : ''} op ${date}${time ? ` ${time}` : ''} vastgelegd.`,
  calendarName: 'Partnerwijzer — verbonden partijen',
  servingLocally: (port) => `\nPartnerwijzer draait lokaal: open http://localhost:${port}/ voor de webchat.\n`,
  packageNeeds: 'Zet MicrosoftAppId (de app-id van de Azure Bot) en BOT_DOMAIN (bijvoorbeeld partnerwijzer.gemeente.nl) in de omgeving.',
  remindersUsage: 'Gebruik: partnerwijzer reminders run [--now 2027-03-01T09:00:00+01:00] | reminders dead | reminders retry <id>',
  retryUsage: 'Gebruik: partnerwijzer reminders retry <id>',
  retried: (id) => `${id}: opnieuw in de wachtrij`,
  noSuchDeadLetter: (id) => `${id}: geen mislukte verzending met dit id`,
};

const en: CliCatalogue = {
  csvReason: (r) => {
    switch (r.code) {
      case 'empty_file': return 'the file is empty';
      case 'unreadable': return `the file is not readable CSV (${r.detail})`;
      case 'unknown_column': return 'unknown column';
      case 'duplicate_column': return 'column appears twice';
      case 'missing_column': return 'required column is missing';
      case 'field_count': return `expected ${r.expected} fields, found ${r.found}`;
      case 'required': return 'required field is empty';
      case 'invalid_category': return 'unknown category: use gemeenschappelijke regeling, vennootschap of coöperatie, stichting of vereniging, or overig';
      case 'invalid_risk': return 'unknown risk profile: use laag, midden or hoog';
      case 'invalid_interest_kind': return 'unknown kind of financial interest: use bijdrage (contribution), kapitaal (capital) or garantie (guarantee)';
      case 'invalid_amount': return `"${r.value}" is not an amount (for example 1.234,56)`;
      case 'invalid_email': return `"${r.value}" is not a valid e-mail address`;
      case 'too_long': return `longer than ${r.max} characters`;
      case 'contradicts': return `contradicts line ${r.earlierLine} ("${r.earlier}")`;
      case 'required_with': return `required when ${r.other} is filled in`;
      case 'duplicate_seat': return `the same seat is already on line ${r.earlierLine}`;
      case 'alias_taken': return `abbreviation or name already belongs to ${r.party}`;
      case 'control_chars': return 'contains invisible control characters (such as NUL); type the value again';
      case 'invalid_code': return `"${r.value}" is not a valid code: use capitals, digits and hyphens (for example GGD-HL), at most 32 characters`;
      case 'code_taken': return `this code already belongs to ${r.party} on line ${r.earlierLine}`;
      case 'code_conflict': return `the same party has code ${r.earlier} on line ${r.earlierLine}`;
      case 'encoding': return 'the characters in the file cannot be read: save it in Excel as "CSV UTF-8 (comma delimited)"';
      case 'not_register_file': return 'this is not a CSV or Excel file (.csv or .xlsx)';
      case 'xls_or_protected': return 'this Excel file is password protected or in the old .xls format: remove the protection and save as .xlsx';
      case 'unpacks_too_large': return `the workbook unpacks to more than ${r.maxMb} MB; keep only the register sheet in a new workbook`;
      case 'sheet_choice': return `the workbook has several sheets (${r.sheets.join(', ')}): choose one with --blad <name> or name the sheet "Register"`;
      case 'sheet_missing': return `sheet "${r.sheet}" does not exist (there are: ${r.sheets.join(', ')})`;
      case 'no_header': return 'no header row with the column partij found (in the first 20 rows)';
      case 'formula': return 'contains a formula: paste the values (Paste Special → Values) and try again';
      case 'hidden_row': return 'this row is hidden in Excel: unhide or delete it, so you see what you import';
      case 'name_taken': return `this name already belongs to party ${r.party} in the register`;
    }
  },
  notice: (n) => (n.code === 'windows_1252'
    ? 'Note: the file is not UTF-8 and was read as Windows-1252. Check accented letters, or save as "CSV UTF-8".'
    : 'The file was read as UTF-16 (Unicode text).'),
  planProblem: (p) => `party ${p.party}: ${en.csvReason(p.reason)}`,
  chatProblem: (line, cell, column, reason) => `line ${line}${cell ? ` (${cell})` : ''}: ${column}: ${reason}`,
  warning: (w) => {
    switch (w.kind) {
      case 'archive_open_work': return `${w.party} is archived while ${w.checklists} checklist(s) and ${w.actions} action(s) are still open`;
      case 'seat_holder_gone': return `${w.person} disappears as ${w.seat} at ${w.party}`;
      case 'financial_change': return `financial interest of ${w.party} changes by ${w.percent}% (${euro(w.before)} → ${euro(w.after)})`;
    }
  },
  importOk: (a, u, ar, r, n) => `Register imported: ${a} added, ${u} changed, ${ar} archived, ${r} restored, ${n} unchanged.`,
  dryRunHeader: (a, u, ar, r, n) => `Dry run (nothing was changed): ${a} added, ${u} changed, ${ar} archived, ${r} restored, ${n} unchanged.`,
  dryRunFooter: 'Without --dry-run exactly this is applied at once.',
  planAdded: (name, code) => `+ added: ${name} [${code}]`,
  planUpdated: (name, code) => `~ changed: ${name} [${code}]`,
  planRestored: (name, code) => `↺ restored from the archive: ${name} [${code}]`,
  planArchived: (name, code) => `- archived: ${name} [${code}] (its history is kept)`,
  planChange: (field, before, after) => `    ${field}: "${before}" → "${after}"`,
  warningsTitle: 'Note:',
  needsForce: (ar, active) => `This import archives ${ar} of the ${active} parties (more than a third). Check the file; if it is right, repeat with --force.`,
  stale: 'The register changed since this preview. Nothing was applied: look at the new preview.',
  importFailed: (n) => `Nothing imported: ${n} ${n === 1 ? 'problem' : 'problems'} found.`,
  exportOk: (f, n) => `Exported ${n} affiliated parties to ${f}.`,
  fileMissing: (f) => `File not found: ${f}`,
  fileTooLarge: (f, mb) => `File ${f} is larger than ${mb} MB.`,
  wrongFileType: (f) => `${f}: use a .csv or .xlsx file.`,
  backupOk: (f, n) => `Backup written to ${f} (${n} affiliated parties).`,
  backupPostgres: 'With PostgreSQL, back up with pg_dump (or point-in-time restore of Azure Database for PostgreSQL Flexible Server); see README, "Backups".',
  restoreNotEmpty: (n) => `The database already holds ${n} affiliated parties. Nothing restored; use --force to overwrite them.`,
  restoreOk: (f, n) => `Backup ${f} restored (${n} affiliated parties).`,
  restoreNotABackup: (f) => `${f} is not a Partnerwijzer backup (SQLite database).`,
  usage: `Usage: partnerwijzer <command>

Commands:
  serve               start the bot (port from PORT, default 3978)
  import <file.csv|.xlsx> [--dry-run] [--force] [--blad name]
                      make the register equal to the file (all or nothing; missing parties are archived)
  export [file.csv|.xlsx]  write the register (no file: CSV to standard output)
  backup [--out file.db]   make a consistent backup while the bot runs (SQLite)
  restore <file.db> [--force]  restore a backup (refuses a non-empty database without --force)
  package [--out f.zip] build the Teams app package (needs MicrosoftAppId, BOT_DOMAIN)
  audit [--out f.csv] [--since date]  export the audit trail
  paragraaf --jaar Y --out f.docx|.html|.md  write the budget paragraph on affiliated parties
  calendar [--out f.ics]  write the governance calendar as iCalendar
  reminders run [--now instant]  deliver every reminder due at that instant
  datum --partij P --soort vergadering --orgaan AB --datum YYYY-MM-DD [--tijd 14:00-16:00]  record a date
  help                show this help`,
  unknownCommand: (c) => `Unknown command: ${c}`,
  badSince: (since) => `--since: "${since}" is not a date (ISO-8601, for example 2026-01-01)`,
  badYear: '--jaar: give a year, for example --jaar 2027',
  badParagraphOut: '--out: use a file ending in .md, .html or .docx',
  visionUnreadable: (f) => `--visie: cannot read ${f}`,
  visionLength: (max) => `--visie: the text must be 1 to ${max} characters`,
  partyRequired: '--partij: required',
  kindChoice: (kinds) => `--soort: choose from ${kinds}`,
  dateRequired: '--datum: required, as YYYY-MM-DD',
  timeFormat: '--tijd: as HH:MM or HH:MM-HH:MM',
  partyNotUnique: (name, candidates) => `--partij: "${name}" is not exactly one affiliated party${candidates ? ` (${candidates})` : ''}`,
  dateRecorded: (party, kind, body, date, time) => `${party}: ${kind}${body ? ` ${body}` : ''} on ${date}${time ? ` ${time}` : ''} recorded.`,
  calendarName: 'Partnerwijzer — affiliated parties',
  servingLocally: (port) => `\nPartnerwijzer runs locally: open http://localhost:${port}/ for the web chat.\n`,
  packageNeeds: 'Set MicrosoftAppId (the app id of the Azure Bot) and BOT_DOMAIN (for example partnerwijzer.gemeente.nl) in the environment.',
  remindersUsage: 'Usage: partnerwijzer reminders run [--now 2027-03-01T09:00:00+01:00] | reminders dead | reminders retry <id>',
  retryUsage: 'Usage: partnerwijzer reminders retry <id>',
  retried: (id) => `${id}: queued again`,
  noSuchDeadLetter: (id) => `${id}: no failed delivery with this id`,
};

export function cliCatalogue(lang: Lang): CliCatalogue {
  return lang === 'en' ? en : nl;
}
