// The sandbox's chats kept in DATA_DIR across restarts: one JSON file written atomically (debounced), file bytes beside it.
import fs from 'node:fs';
import path from 'node:path';
import type { StoredFile } from './emulator-files';
import type { WorldSnapshot } from './emulator-world';

const FORMAT = 'homecell-sandbox-chats/1';

interface SavedFile extends Omit<StoredFile, 'bytes'> {
  bytes?: never;
}

interface SavedHistory extends Omit<WorldSnapshot, 'files'> {
  format: typeof FORMAT;
  files: { count: number; entries: SavedFile[] };
}

export interface ChatHistoryLogger {
  warn(details: object, message?: string): void;
}

/** file ids are base64url with a two-letter prefix; anything else is not a name this store wrote. */
const SAFE_FILE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Writes `data` to `file` through a temporary file and a rename, so a crash leaves the old or the new file. */
async function writeAtomically(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(temporary, data);
  await fs.promises.rename(temporary, file);
}

export class ChatHistory {
  private readonly filesDir: string;
  private readonly written = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private snapshot: (() => WorldSnapshot) | undefined;
  private closed = false;

  constructor(
    readonly file: string,
    private readonly logger: ChatHistoryLogger,
    private readonly debounceMs = 500,
  ) {
    this.filesDir = path.join(path.dirname(file), 'files');
  }

  /** The saved chats, or undefined when there are none yet (or the file cannot be read: the sandbox starts empty). */
  load(): WorldSnapshot | undefined {
    let saved: SavedHistory;
    try {
      if (!fs.existsSync(this.file)) return undefined;
      saved = JSON.parse(fs.readFileSync(this.file, 'utf8')) as SavedHistory;
      if (saved.format !== FORMAT) throw new Error(`unknown format ${String(saved.format)}`);
    } catch (error) {
      this.logger.warn(
        { err: error, file: this.file },
        'sandbox chats not restored; starting with empty chats',
      );
      return undefined;
    }
    const entries: StoredFile[] = [];
    for (const entry of saved.files.entries) {
      if (!SAFE_FILE_ID.test(entry.file_id)) continue;
      const bytesFile = path.join(this.filesDir, entry.file_id);
      if (!fs.existsSync(bytesFile)) continue;
      entries.push({ ...entry, bytes: fs.readFileSync(bytesFile) });
      this.written.add(entry.file_id);
    }
    return { ...saved, files: { count: saved.files.count, entries } };
  }

  /** Forgets the saved chats (and their files). */
  clear(): void {
    fs.rmSync(this.file, { force: true });
    fs.rmSync(this.filesDir, { recursive: true, force: true });
    this.written.clear();
  }

  /** Saves `snapshot()` shortly after the last of a burst of changes. */
  follow(snapshot: () => WorldSnapshot): () => void {
    this.snapshot = snapshot;
    return () => {
      if (this.closed || this.timer) return;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.save();
      }, this.debounceMs);
    };
  }

  /** Writes what is pending now and stops following: the emulator is stopping. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const pending = this.timer !== undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (pending) await this.save();
    else await this.writing;
  }

  private save(): Promise<void> {
    const snapshot = this.snapshot?.();
    if (!snapshot) return this.writing;
    // One write at a time, in order: the last snapshot taken is the one left on disk.
    this.writing = this.writing.then(() =>
      this.write(snapshot).catch((error: unknown) => {
        this.logger.warn({ err: error, file: this.file }, 'sandbox chats could not be saved');
      }),
    );
    return this.writing;
  }

  private async write(snapshot: WorldSnapshot): Promise<void> {
    await fs.promises.mkdir(this.filesDir, { recursive: true });
    for (const file of snapshot.files.entries) {
      if (this.written.has(file.file_id) || !SAFE_FILE_ID.test(file.file_id)) continue;
      await writeAtomically(path.join(this.filesDir, file.file_id), file.bytes);
      this.written.add(file.file_id);
    }
    const saved: SavedHistory = {
      ...snapshot,
      format: FORMAT,
      files: {
        count: snapshot.files.count,
        entries: snapshot.files.entries.map(({ bytes: _bytes, ...entry }) => entry),
      },
    };
    await writeAtomically(this.file, JSON.stringify(saved));
  }
}
