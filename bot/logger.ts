import pino from 'pino';

/** Structured JSON logs. Info level carries ids only, never message text. */
export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'partnerwijzer' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** turnState key for the per-turn child logger carrying the correlation id. */
export const TURN_LOGGER = 'partnerwijzer.logger';
