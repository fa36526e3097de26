import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Need } from '../entities/need.entity';

/** The needs each project answers, one query per batch. */
export function needsByProjectLoader(ds: DataSource) {
  return new DataLoader<string, Need[]>(async (projectIds) => {
    const rows = await ds
      .getRepository(Need)
      .createQueryBuilder('n')
      .innerJoin('project_needs', 'pn', 'pn.need_id = n.id')
      .addSelect('pn.project_id', 'project_id')
      .where('pn.project_id = ANY(:ids)', { ids: [...projectIds] })
      .orderBy('n.createdAt', 'ASC')
      .getRawAndEntities();
    const groups = new Map<string, Need[]>(projectIds.map((id) => [id, []]));
    rows.entities.forEach((need, i) => groups.get(rows.raw[i].project_id)?.push(need));
    return projectIds.map((id) => groups.get(id)!);
  });
}
