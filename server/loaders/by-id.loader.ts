import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { RowReader } from './row-reader';

/** Loads rows of one table by primary key, one statement per batch. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<E>) {
  const reader = new RowReader(ds, entity, 't');
  const sql = `SELECT ${reader.selectList} FROM ${reader.table} t WHERE t.id = ANY($1)`;
  return new DataLoader<string, E | null>(async (ids) => {
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
  const reader = new RowReader(ds, entity, 't');
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
