import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../errors';

/** Keys are kept at least this long (then pruned at start and hourly). */
export const IDEMPOTENCY_TTL_HOURS = 48;

function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Replays create-style mutations retried with the same key. The key row is inserted first inside
 * the mutation's own transaction: a concurrent retry blocks on it until the first commits, then
 * replays; if the first rolls back, the retry runs the mutation itself. So N parallel requests with
 * one key make exactly one change.
 */
export class IdempotencyService {
  /**
   * Claims `key` for this request. Returns null when the caller should go on (and later call
   * `remember`), or the stored result id to replay. A different input under the same key is CONFLICT.
   */
  async claim(m: EntityManager, userId: string, mutation: string, key: string, input: object): Promise<string | null> {
    const hash = createHash('sha256').update(stableStringify(input)).digest('hex');
    const inserted = await m.query(
      `INSERT INTO idempotency_keys (user_id, mutation, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [userId, mutation, key, hash],
    );
    if (inserted.length) return null;
    const [row] = await m.query(
      'SELECT request_hash, response FROM idempotency_keys WHERE user_id = $1 AND mutation = $2 AND key = $3',
      [userId, mutation, key],
    );
    if (!row || row.request_hash !== hash) {
      throw new DomainError(ErrorCode.CONFLICT, 'This idempotencyKey was already used with different input', {
        field: 'idempotencyKey',
      });
    }
    return (row.response as { id: string }).id;
  }

  async remember(m: EntityManager, userId: string, mutation: string, key: string, resultId: string): Promise<void> {
    await m.query('UPDATE idempotency_keys SET response = $4 WHERE user_id = $1 AND mutation = $2 AND key = $3', [
      userId,
      mutation,
      key,
      JSON.stringify({ id: resultId }),
    ]);
  }

  /** Deletes keys past their retention. */
  async prune(m: EntityManager): Promise<number> {
    const res = await m.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`);
    return Array.isArray(res) ? Number(res[1] ?? 0) : 0;
  }
}
