// Progress bars on stderr for long imports; only on a terminal, so scripts and logs stay clean.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../records/import';
import type { CliTranslate } from './session';

/** Below these sizes an import finishes before a bar would help. */
const READ_BAR_MIN_BYTES = 256 * 1024;
const WRITE_BAR_MIN_ROWS = 2_000;

export interface ProgressDisplay {
  update(progress: ImportProgress): void;
  stop(): void;
}

/** The bars' labels are in the command's output language, as the rest of what it prints. */
export function createImportProgress(
  t: CliTranslate,
  enabled = Boolean(process.stderr.isTTY),
): ProgressDisplay {
  let bar: cliProgress.SingleBar | undefined;
  let phase: ImportProgress['phase'] | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update(progress) {
      if (!enabled) return;
      if (progress.phase !== phase) {
        stop();
        phase = progress.phase;
        const total = progress.phase === 'reading' ? progress.totalBytes : progress.total;
        const big = progress.phase === 'reading' ? total >= READ_BAR_MIN_BYTES : total > WRITE_BAR_MIN_ROWS;
        if (!big) return;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format:
              progress.phase === 'reading'
                ? `${t('cli-import-progress-checking')} |{bar}| {percentage}%`
                : `${t('cli-import-progress-writing')}  |{bar}| {percentage}% {value}/{total} ${t('cli-import-progress-rows')}`,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar?.update(progress.phase === 'reading' ? progress.bytesRead : progress.done);
    },
    stop,
  };
}
