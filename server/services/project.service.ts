import { In } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, NeedStatus, OrganizationStatus, PledgeStatus, ProjectStatus } from '../domain/enums';
import { Need } from '../entities/need.entity';
import { Organization } from '../entities/organization.entity';
import { Project } from '../entities/project.entity';
import { Requirement } from '../entities/requirement.entity';
import { badInput, DomainError, ErrorCode, forbidden } from '../errors';
import { decodeId } from '../graphql/global-id';
import type { CreateProjectInput } from '../resolvers/inputs/create-project.input';
import type { TransitionProjectInput } from '../resolvers/inputs/transition-project.input';
import { DecisionService } from './decision.service';
import { findOr404, ServiceDeps } from './service-context';

/** DESIGN.md's arrows: DRAFT → PROPOSED → APPROVED → IN_PROGRESS → COMPLETED, CANCELLED from any open state. */
export const PROJECT_TRANSITIONS: Record<ProjectStatus, ProjectStatus[]> = {
  [ProjectStatus.DRAFT]: [ProjectStatus.PROPOSED, ProjectStatus.CANCELLED],
  [ProjectStatus.PROPOSED]: [ProjectStatus.APPROVED, ProjectStatus.CANCELLED],
  [ProjectStatus.APPROVED]: [ProjectStatus.IN_PROGRESS, ProjectStatus.CANCELLED],
  [ProjectStatus.IN_PROGRESS]: [ProjectStatus.COMPLETED, ProjectStatus.CANCELLED],
  [ProjectStatus.COMPLETED]: [],
  [ProjectStatus.CANCELLED]: [],
};

const PROPOSERS = [MembershipRole.SECRETARY, MembershipRole.COMMITTEE_MEMBER];

/** Joint projects (项目清单) and their requirements. */
export class ProjectService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Secretaries and committee members create projects; the creator coordinates it. */
  async create(viewer: Viewer, input: CreateProjectInput): Promise<Project> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireRole(allianceId, PROPOSERS);
    const leadOrganizationId = decodeId(input.leadOrganizationId, 'Organization', 'leadOrganizationId');
    const needIds = [...new Set((input.needIds ?? []).map((n) => decodeId(n, 'Need', 'needIds')))];
    if (input.startDate && input.endDate && input.endDate < input.startDate) {
      throw badInput('endDate', 'endDate must not be before startDate');
    }
    return this.deps.change(
      viewer,
      {
        mutation: 'createProject',
        idempotencyKey: input.idempotencyKey,
        input,
        load: (m, id) => findOr404(m, Project, id, 'The project'),
      },
      async (m) => {
        const lead = await m.getRepository(Organization).findOneBy({ id: leadOrganizationId });
        if (!lead || lead.allianceId !== allianceId) {
          // Another alliance's id is indistinguishable from one that does not exist.
          throw new DomainError(ErrorCode.NOT_FOUND, 'The lead organization was not found in this alliance', { field: 'leadOrganizationId' });
        }
        if (lead.status !== OrganizationStatus.ACTIVE) throw badInput('leadOrganizationId', `${lead.name} is ${lead.status}`);
        if (needIds.length) {
          const needs = await m.getRepository(Need).find({ where: { id: In(needIds) } });
          if (needs.length !== needIds.length || needs.some((n) => n.allianceId !== allianceId)) {
            throw new DomainError(ErrorCode.NOT_FOUND, 'Some needs were not found on this alliance’s needs list', { field: 'needIds' });
          }
          if (needs.some((n) => n.status === NeedStatus.CLOSED)) throw badInput('needIds', 'A closed need cannot be linked');
        }
        const project = await m.getRepository(Project).save(
          m.getRepository(Project).create({
            allianceId,
            title: input.title,
            description: input.description ?? '',
            coordinatorId: viewer.user!.id,
            leadOrganizationId,
            status: ProjectStatus.DRAFT,
            startDate: input.startDate ?? null,
            endDate: input.endDate ?? null,
          }),
        );
        await m.getRepository(Requirement).insert(
          input.requirements.map((r, position) => ({
            allianceId,
            projectId: project.id,
            position,
            kind: r.kind,
            quantity: r.quantity,
            unit: r.unit,
            description: r.description ?? '',
          })),
        );
        if (needIds.length) {
          await m.query(
            `INSERT INTO project_needs (project_id, need_id) SELECT $1, unnest($2::uuid[]);
             `,
            [project.id, needIds],
          );
          await m.query(`UPDATE needs SET status = 'MATCHED', updated_at = now() WHERE id = ANY($1) AND status = 'OPEN'`, [needIds]);
        }
        return {
          result: project,
          event: {
            allianceId,
            type: EventType.PROJECT_CREATED,
            entityType: 'Project',
            entityId: project.id,
            payload: { title: project.title, leadOrganizationName: lead.name, requirements: input.requirements.length },
          },
        };
      },
    );
  }

  /**
   * Moves a project along the arrows. Committee members may propose a draft; every other move is
   * the secretary's. Cancelling or completing withdraws the project's open (undelivered) pledges and
   * gives their quantities back to the resources, in the same transaction (the project row lock keeps
   * new pledges out meanwhile).
   */
  async transition(viewer: Viewer, input: TransitionProjectInput): Promise<Project> {
    const id = decodeId(input.projectId, 'Project', 'projectId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'transitionProject' }, async (m) => {
      const project = await findOr404(m, Project, id, 'The project', 'pessimistic_write');
      viewer.requireRead(project.allianceId, 'The project');
      const role = viewer.membership(project.allianceId)?.role;
      const mayMove =
        role === MembershipRole.SECRETARY ||
        (role === MembershipRole.COMMITTEE_MEMBER && project.status === ProjectStatus.DRAFT && input.to === ProjectStatus.PROPOSED);
      if (!mayMove) throw forbidden('Only the secretary may move this project (committee members may propose a draft)');
      const from = project.status;
      if (!PROJECT_TRANSITIONS[from].includes(input.to)) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `A project that is ${from} cannot become ${input.to}`, {
          from,
          to: input.to,
        });
      }
      if (from === ProjectStatus.PROPOSED && input.to === ProjectStatus.APPROVED) await DecisionService.assertApprovalAllowed(m, project);
      let released = 0;
      // A closed project takes nothing more: open pledges are withdrawn and their capacity returns.
      if (input.to === ProjectStatus.CANCELLED || input.to === ProjectStatus.COMPLETED) {
        released = await this.releaseOpenPledges(m, id, input.to === ProjectStatus.CANCELLED ? 'project cancelled / 项目已取消' : 'project completed / 项目已完成');
      }
      project.status = input.to;
      await m.getRepository(Project).update({ id }, { status: input.to });
      return {
        result: project,
        event: {
          allianceId: project.allianceId,
          type: EventType.PROJECT_TRANSITIONED,
          entityType: 'Project',
          entityId: project.id,
          payload: { title: project.title, from, to: input.to, note: input.note ?? null, releasedPledges: released },
        },
      };
    });
  }

  /** Withdraws every PLEDGED/CONFIRMED pledge of a project (with `reason`) and returns the quantities; one statement. */
  private async releaseOpenPledges(m: import('typeorm').EntityManager, projectId: string, reason: string): Promise<number> {
    // The rows this touches, locked kind by kind in id order first (pledges, resources, requirements,
    // contributions): the statement below would take them in whatever order its plan meets them, and a
    // batch of pledges (PledgeBatcher) or another project being closed holds several rows of a kind too.
    // In any other order two of them could each hold a row the other waits for.
    const open = `SELECT resource_id, requirement_id, organization_id FROM pledges
                   WHERE project_id = $1 AND status IN ('${PledgeStatus.PLEDGED}', '${PledgeStatus.CONFIRMED}') ORDER BY id FOR UPDATE`;
    const rows: { resource_id: string; requirement_id: string; organization_id: string }[] = await m.query(open, [projectId]);
    if (rows.length === 0) return 0;
    const ids = (k: keyof (typeof rows)[number]) => [...new Set(rows.map((r) => r[k]))];
    await m.query('SELECT 1 FROM resources WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE', [ids('resource_id')]);
    await m.query('SELECT 1 FROM requirements WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE', [ids('requirement_id')]);
    await m.query(
      'SELECT 1 FROM organization_contributions WHERE organization_id = ANY($1) ORDER BY organization_id FOR NO KEY UPDATE',
      [ids('organization_id')],
    );
    const [row] = await m.query(
      `WITH released AS (
         UPDATE pledges SET status = '${PledgeStatus.WITHDRAWN}', reason = $2, updated_at = now()
         WHERE project_id = $1 AND status IN ('${PledgeStatus.PLEDGED}', '${PledgeStatus.CONFIRMED}')
         RETURNING resource_id, requirement_id, quantity
       ), by_resource AS (
         UPDATE resources r SET pledged = r.pledged - x.q, updated_at = now()
         FROM (SELECT resource_id, sum(quantity)::int q FROM released GROUP BY resource_id) x WHERE r.id = x.resource_id
         RETURNING 1
       ), by_requirement AS (
         UPDATE requirements q SET pledged = q.pledged - x.q
         FROM (SELECT requirement_id, sum(quantity)::int q FROM released GROUP BY requirement_id) x WHERE q.id = x.requirement_id
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM released)::int AS n, (SELECT count(*) FROM by_resource) + (SELECT count(*) FROM by_requirement) AS touched`,
      [projectId, reason],
    );
    return row.n;
  }
}
