// The result of reading one answer: a plain value, or the Fluent key saying what was expected.
import type { FluentArgs } from '../types';

export type Parsed<V> = { ok: true; value: V } | { ok: false; errorKey: string; errorArgs?: FluentArgs };

export const accepted = <V>(value: V): Parsed<V> => ({ ok: true, value });

export const refused = <V = never>(errorKey: string, errorArgs?: FluentArgs): Parsed<V> => ({
  ok: false,
  errorKey,
  ...(errorArgs ? { errorArgs } : {}),
});
