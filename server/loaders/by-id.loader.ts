import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Loads rows of one table by primary key, one query per batch. */
export function byIdLoader<E extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<E>) {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await ds
      .getRepository(entity)
      .createQueryBuilder('t')
      .where('t.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads all rows whose `column` equals each key, one query per batch (for small, bounded lists). */
export function groupLoader<E extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order: Record<string, 'ASC' | 'DESC'> = {},
) {
  return new DataLoader<string, E[]>(async (keys) => {
    let qb = ds
      .getRepository(entity)
      .createQueryBuilder('t')
      .where(`t.${column} = ANY(:keys)`, { keys: [...keys] });
    for (const [col, dir] of Object.entries(order)) qb = qb.addOrderBy(`t.${col}`, dir);
    const rows = await qb.getMany();
    const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(r[column] as string)?.push(r);
    return keys.map((k) => groups.get(k)!);
  });
}
