// Sessions stored before keys named their channel were keyed by the bare Telegram chat id. A session read under its
// new key that is not there is looked for under the old one and moved, so no half-filled form is lost on upgrade.
import type { StorageAdapter } from 'grammy';

const TELEGRAM_PREFIX = 'telegram:';

export class LegacyTelegramSessionKeys<T> implements StorageAdapter<T> {
  constructor(private readonly inner: StorageAdapter<T>) {}

  async read(key: string): Promise<T | undefined> {
    const value = await this.inner.read(key);
    if (value !== undefined || !key.startsWith(TELEGRAM_PREFIX)) return value;
    const legacyKey = key.slice(TELEGRAM_PREFIX.length);
    const legacy = await this.inner.read(legacyKey);
    if (legacy === undefined) return undefined;
    await this.inner.write(key, legacy);
    await this.inner.delete(legacyKey);
    return legacy;
  }

  async write(key: string, value: T): Promise<void> {
    await this.inner.write(key, value);
  }

  async delete(key: string): Promise<void> {
    await this.inner.delete(key);
  }
}
