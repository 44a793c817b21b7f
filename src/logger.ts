// pino logger for the service and the CLI; pretty lines on a terminal, JSON otherwise.
import pino, { type Logger } from 'pino';

export type { Logger };

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
