import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { decodeCursor, encodeCursor, Page } from '../graphql/connection';

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
 * A batched loader of cursor pages under many parents at once: newest first by (createdAt, id),
 * `first + 1` rows per parent through one windowed query, so a list of 30 projects asking for their
 * pledges costs one statement, not 30. `totalCount` is counted by a second batched loader, only when
 * a client asks for it.
 */
export function connectionLoader<E extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<E>,
  parentColumn: keyof E & string,
) {
  const repo = ds.getRepository(entity);
  const table = repo.metadata.tablePath;
  const parentCol = repo.metadata.findColumnWithPropertyName(parentColumn)!.databaseName;
  const dbName = (prop: string) => {
    const col = repo.metadata.findColumnWithPropertyName(prop);
    if (!col) throw new Error(`unknown filter column ${prop}`);
    return col.databaseName;
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
          if (first > 0) {
            const params: unknown[] = [parentIds, first + 1];
            const where = filters.map(([col, val]) => {
              params.push(val);
              return Array.isArray(val) ? `${dbName(col)} = ANY($${params.length})` : `${dbName(col)} = $${params.length}`;
            });
            if (afterId) {
              params.push(afterId);
              where.push(`(created_at, id) < (SELECT created_at, id FROM ${table} WHERE id = $${params.length})`);
            }
            const ranked = `SELECT id FROM (
                SELECT id, row_number() OVER (PARTITION BY ${parentCol} ORDER BY created_at DESC, id DESC) AS rn
                FROM ${table} WHERE ${parentCol} = ANY($1) ${where.map((w) => `AND ${w}`).join(' ')}
              ) ranked WHERE rn <= $2`;
            const qb = repo.createQueryBuilder('t').where(`t.id IN (${ranked})`);
            // Positional parameters go straight to the driver with the query builder's own.
            const [sql, qbParams] = qb.orderBy('t.createdAt', 'DESC').addOrderBy('t.id', 'DESC').getQueryAndParameters();
            const raw = await ds.query(sql, [...params, ...qbParams]);
            rows = raw.length ? await hydrate(raw) : [];
          }
          const byParent = new Map<string, E[]>(parentIds.map((p) => [p, []]));
          for (const row of rows) byParent.get(row[parentColumn] as string)?.push(row);
          for (const r of group) {
            const list = byParent.get(r.parentId)!;
            const hasNext = list.length > first;
            const countKey = JSON.stringify({ parentId: r.parentId, filters });
            pages.set(
              r,
              new Page(list.slice(0, first), hasNext, afterId !== null, (e) => encodeCursor(e.id), () => counts.load(countKey)),
            );
          }
        }),
      );
      return requests.map((r) => pages.get(r)!);
    },
    { cacheKeyFn: (r) => JSON.stringify([r.parentId, r.first, r.after ?? null, cleanFilters(r.filters)]) },
  );

  async function hydrate(raw: Record<string, unknown>[]): Promise<E[]> {
    // Map raw snake_case rows through TypeORM so entities get their types (dates, getters).
    return raw.map((r) => {
      const e = repo.create();
      for (const col of repo.metadata.columns) {
        const v = r[`t_${col.databaseName}`];
        (e as Record<string, unknown>)[col.propertyName] = ds.driver.prepareHydratedValue(v, col);
      }
      return e;
    });
  }
}
