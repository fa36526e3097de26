import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeCursor, encodeCursor, Page } from '../graphql/connection';
import { Columns, PageColumns } from './projection';
import { RowReader } from './row-reader';

/** Equality filters on columns chosen by code (never by the client). */
export type Filters = Record<string, string | boolean | string[] | undefined | null>;

/** What one connection field asks for under one parent. */
export interface PageRequest {
  parentId: string;
  first: number;
  after?: string | null;
  filters?: Filters;
  /** What the page's rows (and the rows joined in) must carry; all columns when absent. */
  columns?: PageColumns;
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
  /** `columns`: the properties the row carries (null: all of them, a full row). */
  prime: (row: ObjectLiteral & { id: string }, columns: Columns) => void;
}

/** The properties a page's own rows carry: what was asked for plus the parent key, or all (null). */
function ownColumns(asked: Columns | undefined, parentColumn: string): Columns {
  if (!asked) return null;
  return asked.includes(parentColumn) ? asked : [...asked, parentColumn].sort();
}

/**
 * A batched loader of cursor pages under many parents at once: newest first by (createdAt, id),
 * `first + 1` rows per parent through one statement (a LATERAL index range read per parent on the
 * `(parent, created_at DESC, id DESC)` indexes), so a list of 30 projects asking for their pledges
 * costs one statement, not 30. The same statement counts each parent's rows (filters applied,
 * cursor not), so `totalCount` is free; only `first: 0` falls back to a grouped count, and only
 * when `totalCount` is asked for. `include` joins rows referenced by foreign key into the same
 * statement and primes their loaders.
 */
export function connectionLoader<E extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<E>,
  parentColumn: keyof E & string,
  include: PageInclude<E>[] = [],
) {
  const repo = ds.getRepository(entity);
  // Quoted table and column names come from the row reader (it throws on an unknown property).
  const own = RowReader.of<E>(ds, entity, 't');
  const table = own.table;
  const parentCol = own.column(parentColumn);
  const joins = include.map((inc, i) => `LEFT JOIN ${RowReader.of(ds, inc.entity, `i${i}`).table} i${i} ON i${i}.id = t.${own.column(inc.foreignKey)}`);
  /**
   * The readers and joins for a selection: with `columns`, each side selects only what the selection
   * reads, and a joined table nothing reads is not joined. Fewer columns is most of a dashboard's
   * row-parsing cost: a pledge page row was 36 columns, 7 of them timestamps, for 14 read.
   */
  const shapeOf = (columns: PageColumns | undefined) => {
    const reader = RowReader.of<E>(ds, entity, 't', ownColumns(columns?.own, parentColumn));
    const joined = include.flatMap((inc, i) => {
      if (columns && !columns.refs.has(inc.foreignKey)) return [];
      const only = columns ? columns.refs.get(inc.foreignKey)! : null;
      return [{ inc, only, reader: RowReader.of(ds, inc.entity, `i${i}`, only), join: joins[i] }];
    });
    const selectList = [reader.selectList, 't."__parent"', 't."__total"', ...joined.map((j) => j.reader.selectList)].join(', ');
    return { reader, joined, selectList };
  };

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
        const sig = JSON.stringify([r.first, r.after ?? null, cleanFilters(r.filters), r.columns?.key ?? '*']);
        if (!groups.has(sig)) groups.set(sig, []);
        groups.get(sig)!.push(r);
      }
      const pages = new Map<PageRequest, Page<E>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { first, after } = group[0];
          const filters = cleanFilters(group[0].filters);
          const { reader, joined, selectList } = shapeOf(group[0].columns);
          const afterId = decodeCursor(after);
          const parentIds = group.map((r) => r.parentId);
          const rows: E[] = [];
          const totals = new Map<string, number>();
          if (first > 0) {
            const params: unknown[] = [parentIds, first + 1];
            const conditions = filters.map(([col, val]) => {
              params.push(val);
              return { col: own.column(col), n: params.length, any: Array.isArray(val) };
            });
            const filter = (alias: string) =>
              conditions.map((c) => (c.any ? `AND ${alias}.${c.col} = ANY($${c.n})` : `AND ${alias}.${c.col} = $${c.n}`)).join(' ');
            let cursor = '';
            if (afterId) {
              params.push(afterId);
              cursor = `AND (t.created_at, t.id) < (SELECT created_at, id FROM ${table} WHERE id = $${params.length})`;
            }
            // Per parent: its count (filters applied, cursor not) and its first + 1 rows after the cursor,
            // each an index range read on (parent, created_at DESC, id DESC); a parent with no row after
            // the cursor still gets its count (LEFT JOIN with an all-null row).
            const pageRows = `SELECT t.*, p.id AS "__parent", r.total AS "__total" FROM unnest($1::uuid[]) AS p(id)
              CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM ${table} c WHERE c.${parentCol} = p.id ${filter('c')}) r
              LEFT JOIN LATERAL (SELECT * FROM ${table} t WHERE t.${parentCol} = p.id ${filter('t')} ${cursor}
                ORDER BY t.created_at DESC, t.id DESC LIMIT $2) t ON true`;
            // Included rows are joined to the finished pages: joined inside the per-parent loop, a small
            // table (organizations) was hashed from a sequential scan once per parent (≈ half of the
            // dashboard's pledges-page time in EXPLAIN ANALYZE).
            const sql = `WITH t AS MATERIALIZED (${pageRows})
              SELECT ${selectList} FROM t ${joined.map((j) => j.join).join(' ')}
              ORDER BY t.created_at DESC, t.id DESC`;
            const raw: Record<string, unknown>[] = await ds.query(sql, params);
            for (const r of raw) {
              totals.set(r.__parent as string, r.__total as number);
              const e = reader.read(r);
              if (e) rows.push(e);
            }
            for (const j of joined) {
              const seen = new Set<string>();
              for (const r of raw) {
                const id = j.reader.idOf(r);
                if (id === null || seen.has(id)) continue;
                seen.add(id);
                j.inc.prime(j.reader.read(r) as ObjectLiteral & { id: string }, j.only);
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
    { cacheKeyFn: (r) => JSON.stringify([r.parentId, r.first, r.after ?? null, cleanFilters(r.filters), r.columns?.key ?? '*']) },
  );
}
