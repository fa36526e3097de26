import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { EventType, MembershipRole, ProjectStatus } from '../domain/enums';
import {
  CANONICAL_STAGE_ORDER,
  DecisionStageKind,
  DecisionStatus,
  DEFAULT_STAGES,
  REQUIRED_STAGES,
  StageOutcome,
  VOTING_STAGES,
} from '../domain/governance.enums';
import { Alliance } from '../entities/alliance.entity';
import { Decision, DecisionSettings, DecisionStage } from '../entities/decision.entity';
import { Project } from '../entities/project.entity';
import { badInput, DomainError, ErrorCode } from '../errors';
import { decodeId } from '../graphql/global-id';
import type {
  ConfigureDecisionStagesInput,
  RecordDecisionStageInput,
  StartDecisionInput,
} from '../resolvers/inputs/decision.input';
import { findOr404, ServiceDeps } from './service-context';

const PROPOSERS = [MembershipRole.SECRETARY, MembershipRole.COMMITTEE_MEMBER];

/** A stage list must be in the canonical order, without repeats, and hold every required stage. */
export function validateStageList(stages: DecisionStageKind[]): void {
  let last = -1;
  for (const s of stages) {
    const i = CANONICAL_STAGE_ORDER.indexOf(s);
    if (i <= last) throw badInput('stages', `stages must follow the order ${CANONICAL_STAGE_ORDER.join(' → ')} without repeats`);
    last = i;
  }
  const missing = REQUIRED_STAGES.filter((r) => !stages.includes(r));
  if (missing.length) throw badInput('stages', `stages must include ${missing.join(', ')}`);
}

/**
 * Whether a vote carries. Quorum: ≥ 2/3 present for the members' meeting (审议), more than half
 * otherwise; it carries with a majority of those present. Returns null when there is no quorum.
 */
export function voteOutcome(kind: DecisionStageKind, eligible: number, present: number, votesFor: number): StageOutcome | null {
  const quorum = kind === DecisionStageKind.REVIEW ? present * 3 >= eligible * 2 : present * 2 > eligible;
  if (!quorum) return null;
  return votesFor * 2 > present ? StageOutcome.PASSED : StageOutcome.REJECTED;
}

/**
 * Staged decisions (四议两公开) on projects. Any alliance may put a PROPOSED project to a decision; the
 * decision follows the alliance's stage list, or DEFAULT_STAGES (四议两公开) when it never set one.
 * Approval (PROPOSED → APPROVED, see `assertApprovalAllowed`, called by the project service):
 * - an alliance that has set its stage list (`configureDecisionStages`) approves a project only once a
 *   decision on it has passed;
 * - any other alliance may still approve directly, unless the project has a live decision (OPEN or
 *   PASSED; REJECTED ones are closed), which must then have passed.
 * Publishing makes the decision and later its results readable by anyone through `publicAlliance`.
 */
export class DecisionService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * Secretaries (or admins) set the alliance's stage list (四议两公开 when left out). Setting it also
   * makes decisions compulsory: from then on every project needs a passed decision to be approved.
   */
  async configure(viewer: Viewer, input: ConfigureDecisionStagesInput): Promise<Alliance> {
    const allianceId = decodeId(input.allianceId, 'Alliance', 'allianceId');
    viewer.requireSecretaryOrAdmin(allianceId);
    const stages = input.stages ?? DEFAULT_STAGES;
    validateStageList(stages);
    return this.deps.change(viewer, { mutation: 'configureDecisionStages' }, async (m) => {
      await m.query(
        `INSERT INTO decision_settings (alliance_id, stages) VALUES ($1, $2)
         ON CONFLICT (alliance_id) DO UPDATE SET stages = EXCLUDED.stages, updated_at = now()`,
        [allianceId, stages],
      );
      const alliance = await findOr404(m, Alliance, allianceId, 'The alliance');
      return {
        result: alliance,
        event: {
          allianceId,
          type: EventType.DECISION_STAGES_CONFIGURED,
          entityType: 'Alliance',
          entityId: allianceId,
          payload: { stages },
        },
      };
    });
  }

  /** The alliance's own stage list, or null when it never set one (its decisions then use DEFAULT_STAGES). */
  static async stagesOf(m: EntityManager, allianceId: string): Promise<DecisionStageKind[] | null> {
    const row = await m.getRepository(DecisionSettings).findOneBy({ allianceId });
    return row?.stages ?? null;
  }

  /**
   * Called by the project service inside its transaction (the project row locked, so no decision can
   * start meanwhile): PROPOSED → APPROVED needs a passed decision when the alliance set its stage list,
   * or, for any alliance, when the project has a live decision (OPEN or PASSED). Otherwise the
   * secretary approves directly.
   */
  static async assertApprovalAllowed(m: EntityManager, project: Project): Promise<void> {
    // Once put to a decision, the project is approved by a passed one only: direct approval after the
    // members voted it down would overrule the vote (a new decision may be started instead).
    const decided = await m
      .getRepository(Decision)
      .createQueryBuilder('d')
      .select('d.status', 'status')
      .where('d.projectId = :projectId', { projectId: project.id })
      .getRawMany<{ status: DecisionStatus }>();
    if (decided.some((d) => d.status === DecisionStatus.PASSED)) return;
    if (decided.length) {
      const open = decided.some((d) => d.status === DecisionStatus.OPEN);
      throw new DomainError(
        ErrorCode.INVALID_TRANSITION,
        open
          ? 'A decision on this project is under way (四议两公开): the project is approved only once its resolution has passed'
          : 'The decision on this project was rejected: start a new decision; the project is approved only once one has passed',
        { from: project.status, to: ProjectStatus.APPROVED, reason: 'DECISION_REQUIRED' },
      );
    }
    if (await DecisionService.stagesOf(m, project.allianceId)) {
      throw new DomainError(
        ErrorCode.INVALID_TRANSITION,
        'This alliance decides projects in stages (四议两公开): the project is approved only once its resolution has passed',
        { from: project.status, to: ProjectStatus.APPROVED, reason: 'DECISION_REQUIRED' },
      );
    }
  }

  /**
   * 提议: a secretary or committee member puts a PROPOSED project to a decision; the proposal stage is
   * recorded. The decision keeps a copy of the alliance's stage list (DEFAULT_STAGES when it has none),
   * so a later change of the list does not affect decisions under way.
   */
  async start(viewer: Viewer, input: StartDecisionInput): Promise<Decision> {
    const projectId = decodeId(input.projectId, 'Project', 'projectId');
    viewer.requireUser();
    return this.deps.change(
      viewer,
      {
        mutation: 'startDecision',
        idempotencyKey: input.idempotencyKey,
        input,
        load: (m, id) => findOr404(m, Decision, id, 'The decision'),
      },
      async (m) => {
        const project = await findOr404(m, Project, projectId, 'The project', 'pessimistic_write');
        viewer.requireRole(project.allianceId, PROPOSERS, 'The project');
        const stages = (await DecisionService.stagesOf(m, project.allianceId)) ?? [...DEFAULT_STAGES];
        if (project.status !== ProjectStatus.PROPOSED) {
          throw new DomainError(ErrorCode.INVALID_TRANSITION, `Only a PROPOSED project can be put to a decision; this one is ${project.status}`);
        }
        const live = await m
          .getRepository(Decision)
          .createQueryBuilder('d')
          .where('d.projectId = :projectId AND d.status IN (:...s)', { projectId, s: [DecisionStatus.OPEN, DecisionStatus.PASSED] })
          .getCount();
        if (live) throw new DomainError(ErrorCode.CONFLICT, 'A decision on this project is already under way or has passed');
        const repo = m.getRepository(Decision);
        const decision = await repo.save(
          repo.create({
            allianceId: project.allianceId,
            projectId,
            title: project.title,
            proposal: input.proposal,
            status: DecisionStatus.OPEN,
            stages,
            nextPosition: 1,
            proposedById: viewer.user!.id,
            passedAt: null,
            published: false,
            decisionPublishedAt: null,
            resultsPublishedAt: null,
            results: null,
          }),
        );
        await m.getRepository(DecisionStage).insert({
          allianceId: project.allianceId,
          decisionId: decision.id,
          position: 0,
          kind: DecisionStageKind.PROPOSAL,
          outcome: StageOutcome.DONE,
          recordedById: viewer.user!.id,
          heldOn: input.heldOn ?? null,
          note: input.proposal,
        });
        return {
          result: decision,
          event: {
            allianceId: project.allianceId,
            type: EventType.DECISION_STARTED,
            entityType: 'Decision',
            entityId: decision.id,
            payload: { projectTitle: project.title, projectId, stages },
          },
        };
      },
    );
  }

  /**
   * The secretary records the next stage: a vote (商议/审议/决议) with attendance and tallies, the
   * street's review, or a publication. A failed vote or a refusal by the street rejects the decision;
   * a passed resolution passes it; 结果公开 needs the project COMPLETED.
   */
  async record(viewer: Viewer, input: RecordDecisionStageInput): Promise<Decision> {
    const id = decodeId(input.decisionId, 'Decision', 'decisionId');
    viewer.requireUser();
    return this.deps.change(viewer, { mutation: 'recordDecisionStage' }, async (m) => {
      const decision = await findOr404(m, Decision, id, 'The decision', 'pessimistic_write');
      viewer.requireRole(decision.allianceId, [MembershipRole.SECRETARY], 'The decision');
      const project = await findOr404(m, Project, decision.projectId, 'The project');
      const position = decision.nextPosition;
      const expected = decision.stages[position];
      if (decision.status === DecisionStatus.REJECTED || !expected) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `This decision is ${decision.status} and has no further stage to record`);
      }
      if (input.stage !== expected) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `The next stage of this decision is ${expected}, not ${input.stage}`, {
          expected,
          stage: input.stage,
        });
      }
      if (project.status === ProjectStatus.CANCELLED && expected !== DecisionStageKind.RESULT_PUBLICATION) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The project was cancelled');
      }
      const stage: Partial<DecisionStage> = {
        allianceId: decision.allianceId,
        decisionId: id,
        position,
        kind: expected,
        recordedById: viewer.user!.id,
        heldOn: input.heldOn ?? null,
        note: input.note ?? '',
      };
      const now = new Date();
      if (VOTING_STAGES.includes(expected)) {
        const { eligible, present, votesFor, votesAgainst, votesAbstain } = input;
        for (const [k, v] of Object.entries({ eligible, present, votesFor, votesAgainst })) {
          if (v == null) throw badInput(k, `${k} is required for ${expected}`);
        }
        if (eligible! < 1) throw badInput('eligible', 'eligible must be at least 1');
        if (present! > eligible!) throw badInput('present', 'present must not exceed eligible');
        if (votesFor! + votesAgainst! + (votesAbstain ?? 0) > present!) {
          throw badInput('votesFor', 'votes cast must not exceed the number present');
        }
        const outcome = voteOutcome(expected, eligible!, present!, votesFor!);
        if (!outcome) {
          const need = expected === DecisionStageKind.REVIEW ? 'at least two thirds' : 'more than half';
          throw badInput('present', `No quorum: ${need} of those entitled must be present for ${expected}; hold the meeting again`);
        }
        Object.assign(stage, { eligible, present, votesFor, votesAgainst, votesAbstain: votesAbstain ?? 0, outcome });
      } else if (expected === DecisionStageKind.STREET_REVIEW) {
        if (input.approved == null) throw badInput('approved', 'approved is required for STREET_REVIEW');
        stage.outcome = input.approved ? StageOutcome.PASSED : StageOutcome.REJECTED;
      } else if (expected === DecisionStageKind.DECISION_PUBLICATION) {
        stage.outcome = StageOutcome.DONE;
        decision.published = true;
        decision.decisionPublishedAt = now;
      } else if (expected === DecisionStageKind.RESULT_PUBLICATION) {
        if (project.status !== ProjectStatus.COMPLETED) {
          throw new DomainError(ErrorCode.INVALID_TRANSITION, `Results are published once the project is COMPLETED; it is ${project.status}`);
        }
        if (!input.results || !/\S/.test(input.results)) throw badInput('results', 'results is required for RESULT_PUBLICATION');
        stage.outcome = StageOutcome.DONE;
        decision.results = input.results;
        decision.resultsPublishedAt = now;
      } else {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `${expected} is recorded by startDecision`);
      }
      if (stage.outcome === StageOutcome.REJECTED) decision.status = DecisionStatus.REJECTED;
      if (expected === DecisionStageKind.RESOLUTION && stage.outcome === StageOutcome.PASSED) {
        decision.status = DecisionStatus.PASSED;
        decision.passedAt = now;
      }
      decision.nextPosition = position + 1;
      await m.getRepository(DecisionStage).insert(stage);
      const saved = await m.getRepository(Decision).save(decision);
      return {
        result: saved,
        event: {
          allianceId: decision.allianceId,
          type: EventType.DECISION_STAGE_RECORDED,
          entityType: 'Decision',
          entityId: id,
          payload: {
            projectTitle: project.title,
            stage: expected,
            outcome: stage.outcome,
            status: decision.status,
            eligible: stage.eligible ?? null,
            present: stage.present ?? null,
            votesFor: stage.votesFor ?? null,
            votesAgainst: stage.votesAgainst ?? null,
          },
        },
      };
    });
  }
}
