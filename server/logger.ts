import pino, { Logger } from 'pino';

/** The process logger: JSON lines in production or when piped, readable lines on a terminal. */
export function createLogger(opts: { production: boolean; level?: string }): Logger {
  const level = opts.level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info');
  if (!opts.production && process.stdout.isTTY) {
    return pino({ level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return pino({ level });
}

export type { Logger };
