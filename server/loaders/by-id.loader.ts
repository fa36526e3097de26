import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Columns } from './projection';
import { RowReader } from './row-reader';

/**
 * A by-id DataLoader that also hands out, synchronously, the rows it already holds (loaded or
 * primed). A field resolver that returns a plain value lets graphql-js complete the object without a
 * promise: a dashboard resolves an organization and a resource for each of its ~300 pledges, all
 * primed by the pledge page, and a promise per field (plus graphql-js's promise-per-object
 * aggregation) was a visible share of its CPU and garbage.
 */
export class ByIdLoader<E extends ObjectLiteral & { id: string }> extends DataLoader<string, E | null> {
  private readonly known: Map<string, E>;
  /**
   * Partial rows (a page joined in only the columns its selection reads), kept apart from the full
   * ones: only `getOrLoadWith` hands them out, and only to a caller whose columns they all carry.
   */
  private readonly partial: Map<string, { row: E; columns: ReadonlySet<string> }>;

  constructor(batch: (ids: readonly string[]) => Promise<(E | null)[]>) {
    const known = new Map<string, E>();
    const partial = new Map<string, { row: E; columns: ReadonlySet<string> }>();
    super(async (ids) => {
      const rows = await batch(ids);
      // A row a page primed while this load was in flight may be newer: the loaded one answers the
      // callers that asked for it, but is not kept for later ones.
      rows.forEach((row, i) => row && !known.has(ids[i]) && !partial.has(ids[i]) && known.set(ids[i], row));
      return rows;
    });
    this.known = known;
    this.partial = partial;
  }

  /** The row now if this loader holds it, otherwise the promise of loading it (null: no such row). */
  getOrLoad(id: string): E | null | Promise<E | null> {
    return this.known.get(id) ?? this.load(id);
  }

  /**
   * Like getOrLoad for a caller that reads only `columns` of the row (null: any of them). A partial row
   * primed with all of those columns comes first: it is from the latest page statement, and a full row
   * held beside it can be older (loaded earlier in the request, or by a load that was in flight).
   */
  getOrLoadWith(id: string, columns: Columns): E | null | Promise<E | null> {
    if (columns) {
      const p = this.partial.get(id);
      if (p && columns.every((c) => p.columns.has(c))) return p.row;
    }
    return this.known.get(id) ?? this.load(id);
  }

  /**
   * Takes a row from a page statement carrying `columns` (null: a full row, primed as such). Either way
   * it replaces what the loader held for that id, so later reads never see data older than the page:
   * a full reader after a partial prime loads the row afresh.
   */
  primeColumns(key: string, value: E, columns: Columns): this {
    this.clear(key);
    if (!columns) return this.prime(key, value);
    this.partial.set(key, { row: value, columns: new Set(columns) });
    return this;
  }

  override prime(key: string, value: E | null | Error): this {
    // Like DataLoader's own cache: a key already held keeps its row.
    if (value && !(value instanceof Error) && !this.known.has(key)) this.known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.known.delete(key);
    this.partial.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    this.partial.clear();
    return super.clearAll();
  }
}

/** Loads rows of one table by primary key, one statement per batch. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<E>): ByIdLoader<E> {
  const reader = RowReader.of(ds, entity, 't');
  const sql = `SELECT ${reader.selectList} FROM ${reader.table} t WHERE t.id = ANY($1)`;
  return new ByIdLoader<E>(async (ids) => {
    const rows: Record<string, unknown>[] = await ds.query(sql, [[...ids]]);
    const byId = new Map<string, E>();
    for (const raw of rows) {
      const e = reader.read(raw)!;
      byId.set(e.id, e);
    }
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads all rows whose `column` equals each key, one statement per batch (for small, bounded lists). */
export function groupLoader<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order: Record<string, 'ASC' | 'DESC'> = {},
) {
  const reader = RowReader.of(ds, entity, 't');
  const orderBy = Object.entries(order).map(([prop, dir]) => `t.${reader.column(prop)} ${dir}`);
  const sql = `SELECT ${reader.selectList} FROM ${reader.table} t WHERE t.${reader.column(column)} = ANY($1)
    ${orderBy.length ? `ORDER BY ${orderBy.join(', ')}` : ''}`;
  return new DataLoader<string, E[]>(async (keys) => {
    const rows: Record<string, unknown>[] = await ds.query(sql, [[...keys]]);
    const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const raw of rows) {
      const e = reader.read(raw)!;
      groups.get(e[column] as string)?.push(e);
    }
    return keys.map((k) => groups.get(k)!);
  });
}
