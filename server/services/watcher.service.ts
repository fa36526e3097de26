import { Viewer } from '../auth/viewer';
import { EventType } from '../domain/enums';
import { NodeTypeName } from '../graphql/global-id';
import { ServiceDeps } from './service-context';

/** Days before an agreement ends that its renewal falls due. */
export const RENEWAL_NOTICE_DAYS = 30;

class AlreadyRaised extends Error {}

interface Due {
  alliance_id: string;
  entity_id: string;
  due_key: string;
  payload: Record<string, unknown>;
}

type Kind = 'AGREEMENT_REVIEW_DUE' | 'AGREEMENT_RENEWAL_DUE' | 'PROJECT_AT_RISK' | 'PLEDGE_AT_RISK';

const CHECKS: { kind: Kind; type: EventType; entityType: NodeTypeName; sql: string }[] = [
  {
    kind: 'AGREEMENT_REVIEW_DUE',
    type: EventType.AGREEMENT_REVIEW_DUE,
    entityType: 'Agreement',
    sql: `SELECT alliance_id, id AS entity_id, next_review_on::text AS due_key,
                 json_build_object('title', title, 'dueOn', next_review_on::text) AS payload
          FROM agreements WHERE next_review_on <= $1::date AND ends_on >= $1::date`,
  },
  {
    kind: 'AGREEMENT_RENEWAL_DUE',
    type: EventType.AGREEMENT_RENEWAL_DUE,
    entityType: 'Agreement',
    sql: `SELECT alliance_id, id AS entity_id, ends_on::text AS due_key, json_build_object('title', title, 'endsOn', ends_on::text) AS payload
          FROM agreements WHERE ends_on <= $1::date + ${RENEWAL_NOTICE_DAYS}`,
  },
  {
    kind: 'PROJECT_AT_RISK',
    type: EventType.PROJECT_AT_RISK,
    entityType: 'Project',
    sql: `SELECT alliance_id, id AS entity_id, end_date::text AS due_key,
                 json_build_object('title', title, 'endDate', end_date::text, 'status', status) AS payload
          FROM projects WHERE status IN ('APPROVED', 'IN_PROGRESS') AND end_date < $1::date`,
  },
  {
    kind: 'PLEDGE_AT_RISK',
    type: EventType.PLEDGE_AT_RISK,
    entityType: 'Pledge',
    sql: `SELECT pl.alliance_id, pl.id AS entity_id, p.end_date::text AS due_key,
                 json_build_object('projectTitle', p.title, 'organizationName', o.name, 'quantity', pl.quantity,
                                   'status', pl.status, 'endDate', p.end_date::text) AS payload
          FROM pledges pl JOIN projects p ON p.id = pl.project_id JOIN organizations o ON o.id = pl.organization_id
          WHERE pl.status IN ('PLEDGED', 'CONFIRMED') AND p.status IN ('APPROVED', 'IN_PROGRESS') AND p.end_date < $1::date`,
  },
];

/**
 * Watchers: agreements whose review or renewal falls due, and projects (their end date is the
 * milestone) and open pledges past their expected date, each raise one event, once per due date
 * (a unique watch_alerts row written in the same transaction as the event, so two instances running
 * the watchers at once never raise it twice).
 */
export class WatcherService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Runs every check as of `today` (YYYY-MM-DD, default the database's current date); returns how many alerts it raised. */
  async run(today?: string): Promise<number> {
    const [{ d }] = await this.deps.ds.query(`SELECT coalesce($1::date, current_date)::text AS d`, [today ?? null]);
    let raised = 0;
    for (const check of CHECKS) {
      const due: Due[] = await this.deps.ds.query(
        `SELECT x.* FROM (${check.sql}) x
         WHERE NOT EXISTS (SELECT 1 FROM watch_alerts w WHERE w.kind = $2 AND w.entity_id = x.entity_id AND w.due_key = x.due_key)
         LIMIT 1000`,
        [d, check.kind],
      );
      for (const row of due) if (await this.raise(check, row)) raised++;
    }
    return raised;
  }

  private async raise(check: (typeof CHECKS)[number], row: Due): Promise<boolean> {
    try {
      await this.deps.change(Viewer.anonymous(), { mutation: 'watch' }, async (m) => {
        const inserted: { id: string }[] = await m.query(
          `INSERT INTO watch_alerts (alliance_id, kind, entity_id, due_key) VALUES ($1, $2, $3, $4)
           ON CONFLICT (kind, entity_id, due_key) DO NOTHING RETURNING id`,
          [row.alliance_id, check.kind, row.entity_id, row.due_key],
        );
        if (!inserted.length) throw new AlreadyRaised();
        return {
          result: inserted[0],
          event: { allianceId: row.alliance_id, type: check.type, entityType: check.entityType, entityId: row.entity_id, payload: row.payload },
        };
      });
      return true;
    } catch (err) {
      if (err instanceof AlreadyRaised) return false;
      throw err;
    }
  }
}

/** Runs the watchers every `intervalMs` (default hourly) in this process; the timer does not keep it alive. */
export function startWatchers(watchers: WatcherService, log: { warn: (o: object, msg: string) => void }, intervalMs = 3600_000) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await watchers.run();
    } catch (err) {
      log.warn({ err }, 'watchers failed; will retry on the next tick');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
