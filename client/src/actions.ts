import type { PledgeFieldsFragment, ProjectStatus } from './gql/graphql';

/** A pledge action that needs more input (a reason, a delivered quantity). */
export interface PledgeAction {
  kind: 'reject' | 'withdraw' | 'fulfil';
  pledge: PledgeFieldsFragment;
}

/** DESIGN.md's project arrows: DRAFT → PROPOSED → APPROVED → IN_PROGRESS → COMPLETED, CANCELLED from any open state. */
export const PROJECT_NEXT: Record<ProjectStatus, ProjectStatus[]> = {
  DRAFT: ['PROPOSED', 'CANCELLED'],
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export const PROJECT_STATUSES: ProjectStatus[] = ['DRAFT', 'PROPOSED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];

/** Only these accept pledges. */
export const PLEDGEABLE: ProjectStatus[] = ['APPROVED', 'IN_PROGRESS'];
