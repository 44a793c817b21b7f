// pino logger for the service and the CLI; pretty lines on a terminal, JSON otherwise.
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * What `npm start` prints: on a terminal, readable log lines and a plain banner with the address; elsewhere (docker,
 * systemd, a pipe) only JSON lines. LOG_FORMAT=json keeps a terminal's output to JSON lines too, for a log shipper.
 */
export function serviceOutput(
  format: 'json' | 'pretty' | undefined,
  isTTY: boolean,
): { pretty: boolean; banner: boolean } {
  return { pretty: format === undefined ? isTTY : format === 'pretty', banner: isTTY && format !== 'json' };
}

export function createLogger(
  level: string,
  options: { pretty?: boolean; destination?: number } = {},
): Logger {
  const pretty = options.pretty ?? Boolean(process.stdout.isTTY);
  const destination = options.destination ?? 1;
  if (pretty) {
    return pino({
      level,
      transport: {
        target: 'pino-pretty',
        options: { destination, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return pino({ level }, pino.destination({ dest: destination, sync: true }));
}
