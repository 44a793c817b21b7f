// The rows of files members sent (StoredFile): written when a file is kept, read to send it to the cell or an export.
import type { Clock } from '../clock';
import type { Database } from '../db/client';

export interface StoredFileView {
  id: number;
  memberId: number;
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface NewStoredFile {
  memberId: number;
  storageKey: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

export class StoredFileRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** One row per file a member sent; the bytes are already in the file storage under `storageKey`. */
  async create(file: NewStoredFile): Promise<StoredFileView> {
    const row = await this.db.storedFile.create({ data: { ...file, createdAt: this.clock() } });
    return toView(row);
  }

  async get(id: number): Promise<StoredFileView | undefined> {
    const row = await this.db.storedFile.findUnique({ where: { id } });
    return row ? toView(row) : undefined;
  }
}

function toView(row: NewStoredFile & { id: number; createdAt: Date }): StoredFileView {
  return {
    id: row.id,
    memberId: row.memberId,
    storageKey: row.storageKey,
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}
