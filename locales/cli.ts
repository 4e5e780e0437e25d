import type { CliCatalogue, Lang } from './catalogue';

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
      case 'invalid_amount': return `"${r.value}" is geen bedrag (bijvoorbeeld 1.234,56)`;
      case 'invalid_email': return `"${r.value}" is geen geldig e-mailadres`;
      case 'too_long': return `langer dan ${r.max} tekens`;
      case 'contradicts': return `spreekt regel ${r.earlierLine} tegen ("${r.earlier}")`;
      case 'required_with': return `verplicht als ${r.other} is ingevuld`;
      case 'duplicate_seat': return `dezelfde zetel staat al op regel ${r.earlierLine}`;
      case 'alias_taken': return `afkorting of naam hoort al bij ${r.party}`;
    }
  },
  importOk: (a, u, r, n) => `Register geïmporteerd: ${a} toegevoegd, ${u} gewijzigd, ${r} verwijderd, ${n} ongewijzigd.`,
  importFailed: (n) => `Niets geïmporteerd: ${n} ${n === 1 ? 'probleem' : 'problemen'} gevonden.`,
  exportOk: (f, n) => `${n} verbonden partijen geëxporteerd naar ${f}.`,
  fileMissing: (f) => `Bestand niet gevonden: ${f}`,
  fileTooLarge: (f, mb) => `Bestand ${f} is groter dan ${mb} MB.`,
  xlsxUnsupported: 'Excel-bestanden (.xlsx) worden nog niet ingelezen: sla het blad in Excel op als "CSV (puntkomma gescheiden)" en importeer dat bestand.',
  usage: `Gebruik: partnerwijzer <opdracht>

Opdrachten:
  serve                 start de bot (poort uit PORT, standaard 3978)
  import <bestand.csv>  vervang het register door de inhoud van het bestand (alles of niets)
  export [bestand.csv]  schrijf het register als CSV (zonder bestand: naar standaarduitvoer)
  package [--out f.zip] maak het Teams-app-pakket (nodig: MicrosoftAppId, BOT_DOMAIN)
  audit [--out f.csv] [--since datum]  exporteer de audit-trail
  paragraaf --jaar J --out f.docx|.html|.md  maak de paragraaf verbonden partijen
  calendar [--out f.ics]  schrijf de bestuurlijke agenda als iCalendar
  reminders run [--now tijdstip]  verstuur alle herinneringen die op dat moment verschuldigd zijn
  datum --partij P --soort vergadering --orgaan AB --datum JJJJ-MM-DD [--tijd 14:00-16:00]  leg een datum vast
  help                  toon deze hulp`,
  unknownCommand: (c) => `Onbekende opdracht: ${c}`,
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
      case 'invalid_amount': return `"${r.value}" is not an amount (for example 1.234,56)`;
      case 'invalid_email': return `"${r.value}" is not a valid e-mail address`;
      case 'too_long': return `longer than ${r.max} characters`;
      case 'contradicts': return `contradicts line ${r.earlierLine} ("${r.earlier}")`;
      case 'required_with': return `required when ${r.other} is filled in`;
      case 'duplicate_seat': return `the same seat is already on line ${r.earlierLine}`;
      case 'alias_taken': return `abbreviation or name already belongs to ${r.party}`;
    }
  },
  importOk: (a, u, r, n) => `Register imported: ${a} added, ${u} changed, ${r} removed, ${n} unchanged.`,
  importFailed: (n) => `Nothing imported: ${n} ${n === 1 ? 'problem' : 'problems'} found.`,
  exportOk: (f, n) => `Exported ${n} affiliated parties to ${f}.`,
  fileMissing: (f) => `File not found: ${f}`,
  fileTooLarge: (f, mb) => `File ${f} is larger than ${mb} MB.`,
  xlsxUnsupported: 'Excel files (.xlsx) are not read yet: save the sheet in Excel as "CSV (semicolon delimited)" and import that file.',
  usage: `Usage: partnerwijzer <command>

Commands:
  serve               start the bot (port from PORT, default 3978)
  import <file.csv>   replace the register with the file's contents (all or nothing)
  export [file.csv]   write the register as CSV (no file: to standard output)
  package [--out f.zip] build the Teams app package (needs MicrosoftAppId, BOT_DOMAIN)
  audit [--out f.csv] [--since date]  export the audit trail
  paragraaf --jaar Y --out f.docx|.html|.md  write the budget paragraph on affiliated parties
  calendar [--out f.ics]  write the governance calendar as iCalendar
  reminders run [--now instant]  deliver every reminder due at that instant
  datum --partij P --soort vergadering --orgaan AB --datum YYYY-MM-DD [--tijd 14:00-16:00]  record a date
  help                show this help`,
  unknownCommand: (c) => `Unknown command: ${c}`,
};

export function cliCatalogue(lang: Lang): CliCatalogue {
  return lang === 'en' ? en : nl;
}

/** The command line speaks Dutch unless the shell's locale is English. */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const l = env.PARTNERWIJZER_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^en/i.test(l) ? 'en' : 'nl';
}
