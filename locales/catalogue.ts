import type { BbvCategory, RiskProfile } from '../domain/register/types';

export type Lang = 'nl' | 'en';

/** The shape every language catalogue must fill, so a missing translation is a compile error. */
export interface Catalogue {
  lang: Lang;
  demoBanner: (municipality: string) => string;
  help: {
    title: string;
    intro: string;
    sections: { title: string; lines: string[] }[];
    tryTitle: string;
    buttons: { title: string; text: string }[];
    footer: string;
  };
  overview: {
    title: string;
    summary: (total: number) => string;
    empty: string;
    categories: Record<BbvCategory, string>;
    none: string;
    risk: Record<RiskProfile, string>;
    highRiskTitle: string;
    highRiskNone: string;
    highRiskSummary: (n: number) => string;
  };
  welcome: { personal: string; team: (team: string) => string; aTeam: string };
  emptyMessage: string;
  notUnderstood: (text: string) => string;
  error: string;
  unknownAction: string;
}

/** Texts for the command line (register import/export). */
export interface CliCatalogue {
  csvReason: (reason: import('../domain/register/registerCsv').CsvReason) => string;
  importOk: (added: number, updated: number, removed: number, unchanged: number) => string;
  importFailed: (count: number) => string;
  exportOk: (file: string, parties: number) => string;
  fileMissing: (file: string) => string;
  fileTooLarge: (file: string, maxMb: number) => string;
  xlsxUnsupported: string;
  usage: string;
  unknownCommand: (cmd: string) => string;
}
