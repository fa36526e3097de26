import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Which needs a project answers. */
@Entity('project_needs')
export class ProjectNeed {
  @PrimaryColumn('uuid')
  projectId!: string;

  @Index()
  @PrimaryColumn('uuid')
  needId!: string;
}
