import { DataSource, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Quotes an SQL identifier. */
const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Column types whose driver value TypeORM's postgres hydration returns unchanged: for timestamptz it
 * only turns a string into a Date, and pg already returns Dates (server/db/timestamp-parser.ts); jsonb
 * arrives parsed.
 */
const PASS_THROUGH = new Set(['uuid', 'text', 'character varying', 'varchar', 'int', 'integer', 'int4', 'boolean', 'bool',
  'timestamptz', 'timestamp with time zone', 'jsonb']);

interface ColumnReader {
  key: string;
  property: string;
  col: ColumnMetadata;
  asIs: boolean;
}

/**
 * Turns raw rows of one table into entities without TypeORM's query builder: the select list and
 * the per-column readers are built once per loader, not per statement (building and escaping the
 * select list and mapping result columns were the top TypeORM frames in the read profiles).
 * Columns are selected as `<alias>_<column>` so that several tables can share one result row.
 */
export class RowReader<E extends ObjectLiteral> {
  /** `alias."col" AS "alias_col", …` */
  readonly selectList: string;
  readonly table: string;
  private readonly columns: ColumnReader[];
  private readonly idKey: string;
  private readonly presenceKey: string;
  private readonly repo: Repository<E>;

  /**
   * The reader of an entity under an alias, built once per DataSource: loaders are created per request
   * (and per pushed subscription event), and building the select list and column readers each time
   * showed in the read profiles. With `only` (entity properties) it selects and reads just those
   * columns and the primary key: its entities are partial, for the caller to keep apart from full ones.
   */
  static of<E extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<E>, alias: string, only: readonly string[] | null = null): RowReader<E> {
    let perSource = readers.get(ds);
    if (!perSource) readers.set(ds, (perSource = new Map()));
    let perEntity = perSource.get(entity);
    if (!perEntity) perSource.set(entity, (perEntity = new Map()));
    const key = only ? `${alias}:${only.join(',')}` : alias;
    let reader = perEntity.get(key);
    if (!reader) {
      reader = new RowReader(ds, entity, alias, only);
      // Column subsets come from clients' selections: keep a bounded number of them.
      if (!only || perEntity.size < MAX_PARTIAL_READERS) perEntity.set(key, reader);
    }
    return reader as RowReader<E>;
  }

  private constructor(
    private readonly ds: DataSource,
    entity: EntityTarget<E>,
    readonly alias: string,
    only: readonly string[] | null,
  ) {
    this.repo = ds.getRepository(entity);
    const meta = this.repo.metadata;
    this.table = quoteIdent(meta.tablePath);
    for (const property of only ?? []) if (!meta.findColumnWithPropertyName(property)) throw new Error(`unknown column ${property}`);
    // A partial reader keeps the primary key, so that presence and identity still work.
    const selected = only ? meta.columns.filter((c) => c.isPrimary || only.includes(c.propertyName)) : meta.columns;
    this.columns = selected.map((col) => ({
      key: `${alias}_${col.databaseName}`,
      property: col.propertyName,
      col,
      asIs: !col.transformer && PASS_THROUGH.has(String(col.type)),
    }));
    this.selectList = selected.map((c) => `${alias}.${quoteIdent(c.databaseName)} AS ${quoteIdent(`${alias}_${c.databaseName}`)}`).join(', ');
    this.idKey = `${alias}_id`;
    // A row is present when its first key column is not null (tables like agreement_parties have no `id`).
    this.presenceKey = `${alias}_${meta.primaryColumns[0]?.databaseName ?? 'id'}`;
  }

  /** The column name of a property, for hand-written WHERE/ORDER BY clauses. */
  column(property: string): string {
    const col = this.repo.metadata.findColumnWithPropertyName(property);
    if (!col) throw new Error(`unknown column ${property}`);
    return quoteIdent(col.databaseName);
  }

  /** The id of the row's part, without building the entity (null after a LEFT JOIN that found nothing). */
  idOf(raw: Record<string, unknown>): string | null {
    return (raw[this.idKey] as string | null | undefined) ?? null;
  }

  /** The row's entity, or null when the row has no such part (a LEFT JOIN that found nothing). */
  read(raw: Record<string, unknown>): E | null {
    if (raw[this.presenceKey] === null || raw[this.presenceKey] === undefined) return null;
    // Entities are created by their metadata (what repository.create() calls, without looking the
    // metadata up again) so their getters (nodeId) and prototypes hold.
    const e = this.repo.metadata.create() as ObjectLiteral;
    for (const c of this.columns) {
      const v = raw[c.key];
      e[c.property] = c.asIs ? v : this.ds.driver.prepareHydratedValue(v, c.col);
    }
    return e as E;
  }
}

/** Most partial readers kept per entity (beyond them a reader is built per use). */
const MAX_PARTIAL_READERS = 256;

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, RowReader<ObjectLiteral>>>>();
