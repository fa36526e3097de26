import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeCursor, encodeCursor, Page } from '../graphql/connection';
import { quoteIdent as q, RowReader } from './row-reader';

/** Equality filters on columns chosen by code (never by the client). */
export type Filters = Record<string, string | boolean | string[] | undefined | null>;

/** What one connection field asks for under one parent. */
export interface PageRequest {
  parentId: string;
  first: number;
  after?: string | null;
  filters?: Filters;
}

function cleanFilters(filters: Filters = {}): [string, string | boolean | string[]][] {
  return Object.entries(filters)
    .filter((e): e is [string, string | boolean | string[]] => e[1] !== undefined && e[1] !== null)
    .sort(([a], [b]) => a.localeCompare(b));
}

function applyFilters<E extends ObjectLiteral>(
  qb: ReturnType<ReturnType<DataSource['getRepository']>['createQueryBuilder']>,
  alias: string,
  filters: [string, string | boolean | string[]][],
) {
  for (const [col, val] of filters) {
    if (Array.isArray(val)) qb.andWhere(`${alias}.${col} = ANY(:f_${col})`, { [`f_${col}`]: val });
    else qb.andWhere(`${alias}.${col} = :f_${col}`, { [`f_${col}`]: val });
  }
  return qb as unknown as E;
}

/**
 * Rows of another table joined into a page query by foreign key, handed to `prime` (typically the
 * by-id loader of that table) so that resolving e.g. a pledge's organization costs no statement.
 */
export interface PageInclude<E> {
  /** The foreign-key property on the paged entity. */
  foreignKey: keyof E & string;
  entity: EntityTarget<ObjectLiteral>;
  prime: (row: ObjectLiteral & { id: string }) => void;
}

/**
 * A batched loader of cursor pages under many parents at once: newest first by (createdAt, id),
 * `first + 1` rows per parent through one windowed query, so a list of 30 projects asking for their
 * pledges costs one statement, not 30. The same statement counts each parent's rows (filters
 * applied, cursor not: `count(*) OVER (PARTITION BY parent)` before the cursor filter), so
 * `totalCount` is free; only a parent with no row after the cursor falls back to a grouped count,
 * and only when `totalCount` is asked for. `include` joins rows referenced by foreign key into the
 * same statement and primes their loaders.
 */
export function connectionLoader<E extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<E>,
  parentColumn: keyof E & string,
  include: PageInclude<E>[] = [],
) {
  const repo = ds.getRepository(entity);
  const table = repo.metadata.tablePath;
  const parentCol = repo.metadata.findColumnWithPropertyName(parentColumn)!.databaseName;
  const dbName = (prop: string) => {
    const col = repo.metadata.findColumnWithPropertyName(prop);
    if (!col) throw new Error(`unknown filter column ${prop}`);
    return col.databaseName;
  };
  const own = new RowReader<E>(ds, entity, 't');
  const joined = include.map((inc, i) => ({
    inc,
    reader: new RowReader(ds, inc.entity, `i${i}`),
    join: `LEFT JOIN ${q(ds.getRepository(inc.entity).metadata.tablePath)} i${i} ON i${i}.id = t.${q(dbName(inc.foreignKey))}`,
  }));
  const selectList = [own.selectList, 'r.total AS "__total"', ...joined.map((j) => j.reader.selectList)].join(', ');

  const counts = new DataLoader<string, number, string>(
    async (keys) => {
      // Keys sharing a filter set are counted in one grouped query.
      const groups = new Map<string, { parentIds: string[]; filters: [string, string | boolean | string[]][] }>();
      for (const key of keys) {
        const { parentId, filters } = JSON.parse(key) as { parentId: string; filters: [string, string][] };
        const sig = JSON.stringify(filters);
        if (!groups.has(sig)) groups.set(sig, { parentIds: [], filters });
        groups.get(sig)!.parentIds.push(parentId);
      }
      const result = new Map<string, number>();
      await Promise.all(
        [...groups.entries()].map(async ([sig, g]) => {
          const qb = repo
            .createQueryBuilder('t')
            .select(`t.${parentColumn}`, 'parent')
            .addSelect('count(*)::int', 'n')
            .where(`t.${parentColumn} = ANY(:parents)`, { parents: g.parentIds })
            .groupBy(`t.${parentColumn}`);
          applyFilters(qb, 't', g.filters);
          for (const row of await qb.getRawMany<{ parent: string; n: number }>()) {
            result.set(JSON.stringify({ parentId: row.parent, filters: JSON.parse(sig) }), row.n);
          }
        }),
      );
      return keys.map((k) => result.get(k) ?? 0);
    },
    { cacheKeyFn: (k) => k },
  );

  return new DataLoader<PageRequest, Page<E>, string>(
    async (requests) => {
      const groups = new Map<string, PageRequest[]>();
      for (const r of requests) {
        const sig = JSON.stringify([r.first, r.after ?? null, cleanFilters(r.filters)]);
        if (!groups.has(sig)) groups.set(sig, []);
        groups.get(sig)!.push(r);
      }
      const pages = new Map<PageRequest, Page<E>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { first, after } = group[0];
          const filters = cleanFilters(group[0].filters);
          const afterId = decodeCursor(after);
          const parentIds = group.map((r) => r.parentId);
          let rows: E[] = [];
          const totals = new Map<string, number>();
          if (first > 0) {
            const params: unknown[] = [parentIds, first + 1];
            const where = filters.map(([col, val]) => {
              params.push(val);
              return Array.isArray(val) ? `${q(dbName(col))} = ANY($${params.length})` : `${q(dbName(col))} = $${params.length}`;
            });
            let cursor = '';
            if (afterId) {
              params.push(afterId);
              cursor = `WHERE (c.created_at, c.id) < (SELECT created_at, id FROM ${q(table)} WHERE id = $${params.length})`;
            }
            // Innermost: the parent's rows with filters, counted; then the cursor; then the first + 1.
            const ranked = `SELECT id, total FROM (
                SELECT c.id, c.total, row_number() OVER (PARTITION BY c.parent ORDER BY c.created_at DESC, c.id DESC) AS rn
                FROM (
                  SELECT id, created_at, ${q(parentCol)} AS parent, count(*) OVER (PARTITION BY ${q(parentCol)})::int AS total
                  FROM ${q(table)} WHERE ${q(parentCol)} = ANY($1) ${where.map((w) => `AND ${w}`).join(' ')}
                ) c ${cursor}
              ) ranked WHERE rn <= $2`;
            const sql = `SELECT ${selectList} FROM ${q(table)} t JOIN (${ranked}) r ON r.id = t.id
              ${joined.map((j) => j.join).join(' ')}
              ORDER BY t.created_at DESC, t.id DESC`;
            const raw: Record<string, unknown>[] = await ds.query(sql, params);
            rows = raw.map((r) => {
              const e = own.read(r)!;
              totals.set(e[parentColumn] as string, r.__total as number);
              return e;
            });
            for (const j of joined) {
              const seen = new Set<string>();
              for (const r of raw) {
                const id = j.reader.idOf(r);
                if (id === null || seen.has(id)) continue;
                seen.add(id);
                j.inc.prime(j.reader.read(r) as ObjectLiteral & { id: string });
              }
            }
          }
          const byParent = new Map<string, E[]>(parentIds.map((p) => [p, []]));
          for (const row of rows) byParent.get(row[parentColumn] as string)?.push(row);
          for (const r of group) {
            const list = byParent.get(r.parentId)!;
            const hasNext = list.length > first;
            const countKey = JSON.stringify({ parentId: r.parentId, filters });
            const total = totals.get(r.parentId);
            pages.set(
              r,
              new Page(list.slice(0, first), hasNext, afterId !== null, (e) => encodeCursor(e.id), () =>
                total !== undefined ? Promise.resolve(total) : counts.load(countKey),
              ),
            );
          }
        }),
      );
      return requests.map((r) => pages.get(r)!);
    },
    { cacheKeyFn: (r) => JSON.stringify([r.parentId, r.first, r.after ?? null, cleanFilters(r.filters)]) },
  );
}
