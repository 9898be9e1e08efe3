import type { Config } from './config.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * A logger that writes one JSON line per event to stderr. Any value equal to a secret (the token) is replaced
 * before the line is written, wherever it appears.
 */
export function createLogger(level: Config['LOG_LEVEL'], secrets: (string | undefined)[] = [], write: (s: string) => unknown = (s) => process.stderr.write(s)): Logger {
  const hidden = secrets.filter((s): s is string => !!s && s.length >= 8);
  const scrub = (s: string) => hidden.reduce((acc, secret) => acc.split(secret).join('[secret]'), s);
  const log = (l: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (LEVELS[l] < LEVELS[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v));
    write(`${scrub(line)}\n`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
