import express, { NextFunction, Request, Response, Router } from 'express';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { PUBLISHED_PROJECT_STATUSES } from '../domain/enums';
import { DomainError, ErrorCode } from '../errors';
import { toDomainError } from '../graphql/format-error';
import { fromGlobalId, NodeTypeName, toGlobalId } from '../graphql/global-id';
import type { Services } from '../services';

/**
 * Open data (公开数据): CSV and JSON exports of an alliance's lists.
 *
 *   GET /export                                   the lists and their documented columns (JSON)
 *   GET /export/<allianceId>/<list>.csv|.json     one list of one alliance (allianceId is the global id)
 *
 * Members (and admins) export every list with `Authorization: Bearer <token>`. Without a token only what
 * the alliance publishes is exportable: projects whose decision is taken (APPROVED, IN_PROGRESS,
 * COMPLETED), and published decisions with their stage records. Strangers get 404 like the API.
 *
 * CSV: UTF-8 with a byte-order mark (so spreadsheets read Chinese correctly), CRLF line ends, RFC 4180
 * quoting, one header row of the column names below; a text cell starting with = + - @ gets a leading
 * apostrophe so a spreadsheet never evaluates it. JSON: `{ alliance, list, exportedAt, columns, rows }`.
 * Ids are the API's global ids; times ISO 8601 UTC; dates YYYY-MM-DD; empty cells are null in JSON.
 */

type Kind = 'id' | 'text' | 'int' | 'time' | 'date';

interface Column {
  name: string;
  type: Kind;
  description: string;
  /** For ids: the GraphQL type of the global id. */
  node?: NodeTypeName;
}

interface ListSpec {
  description: string;
  /** Exportable without a token (only what is published). */
  publicRows: boolean;
  columns: Column[];
  /** $1 = alliance uuid, $2 = whether the caller is anonymous (restrict to published rows). */
  sql: string;
}

const c = (name: string, type: Kind, description: string, node?: NodeTypeName): Column => ({ name, type, description, node });

export const OPEN_DATA_LISTS: Record<string, ListSpec> = {
  needs: {
    description: '需求清单 The needs list',
    publicRows: false,
    columns: [
      c('id', 'id', '需求 ID Global id of the need', 'Need'),
      c('title', 'text', '标题 Title'),
      c('description', 'text', '描述 Description'),
      c('category', 'text', '类别 Category (NeedCategory)'),
      c('priority', 'text', '优先级 LOW, MEDIUM, HIGH, URGENT'),
      c('status', 'text', '状态 OPEN, MATCHED, CLOSED'),
      c('createdAt', 'time', '登记时间 Recorded at'),
      c('updatedAt', 'time', '更新时间 Last changed at'),
    ],
    sql: `SELECT id, title, description, category, priority, status, created_at AS "createdAt", updated_at AS "updatedAt"
          FROM needs WHERE alliance_id = $1 AND NOT $2 ORDER BY created_at, id`,
  },
  resources: {
    description: '资源清单 The resource list',
    publicRows: false,
    columns: [
      c('id', 'id', '资源 ID Global id of the resource', 'Resource'),
      c('organizationId', 'id', '所属单位 ID Owning organization', 'Organization'),
      c('organizationName', 'text', '所属单位 Owning organization’s name'),
      c('kind', 'text', '资源类型 ResourceKind'),
      c('name', 'text', '名称 Name'),
      c('unit', 'text', '计量单位 Unit'),
      c('capacity', 'int', '总量 Capacity'),
      c('pledged', 'int', '已认领 Quantity pledged (active pledges)'),
      c('available', 'int', '可用 capacity − pledged'),
      c('createdAt', 'time', '登记时间 Registered at'),
    ],
    sql: `SELECT r.id, r.organization_id AS "organizationId", o.name AS "organizationName", r.kind, r.name, r.unit,
                 r.capacity, r.pledged, r.capacity - r.pledged AS available, r.created_at AS "createdAt"
          FROM resources r JOIN organizations o ON o.id = r.organization_id
          WHERE r.alliance_id = $1 AND NOT $2 ORDER BY r.created_at, r.id`,
  },
  projects: {
    description: '项目清单（匿名：已决策公开的项目）The project list; anonymously, the projects whose decision is taken',
    publicRows: true,
    columns: [
      c('id', 'id', '项目 ID Global id of the project', 'Project'),
      c('title', 'text', '标题 Title'),
      c('description', 'text', '描述 Description'),
      c('status', 'text', '状态 ProjectStatus'),
      c('leadOrganizationId', 'id', '牵头单位 ID Lead organization', 'Organization'),
      c('leadOrganizationName', 'text', '牵头单位 Lead organization’s name'),
      c('startDate', 'date', '开始日期 Start date'),
      c('endDate', 'date', '结束日期 End date'),
      c('required', 'int', '所需总量 Sum of the requirements’ quantities'),
      c('pledged', 'int', '已认领 Sum pledged (active pledges)'),
      c('fulfilled', 'int', '已兑现 Sum delivered'),
      c('createdAt', 'time', '创建时间 Created at'),
    ],
    sql: `SELECT p.id, p.title, p.description, p.status, p.lead_organization_id AS "leadOrganizationId", o.name AS "leadOrganizationName",
                 p.start_date::text AS "startDate", p.end_date::text AS "endDate",
                 coalesce(q.required, 0)::int AS required, coalesce(q.pledged, 0)::int AS pledged, coalesce(q.fulfilled, 0)::int AS fulfilled,
                 p.created_at AS "createdAt"
          FROM projects p JOIN organizations o ON o.id = p.lead_organization_id
          LEFT JOIN (SELECT project_id, sum(quantity) required, sum(pledged) pledged, sum(fulfilled) fulfilled FROM requirements
                     WHERE alliance_id = $1 GROUP BY project_id) q ON q.project_id = p.id
          WHERE p.alliance_id = $1 AND (NOT $2 OR p.status = ANY(ARRAY[${PUBLISHED_PROJECT_STATUSES.map((s) => `'${s}'`).join(', ')}]))
          ORDER BY p.created_at, p.id`,
  },
  pledges: {
    description: '认领记录 Pledges',
    publicRows: false,
    columns: [
      c('id', 'id', '认领 ID Global id of the pledge', 'Pledge'),
      c('projectId', 'id', '项目 ID', 'Project'),
      c('projectTitle', 'text', '项目 Project title'),
      c('requirementId', 'id', '需求项 ID Requirement', 'Requirement'),
      c('kind', 'text', '资源类型 ResourceKind'),
      c('resourceId', 'id', '资源 ID', 'Resource'),
      c('resourceName', 'text', '资源 Resource name'),
      c('organizationId', 'id', '认领单位 ID', 'Organization'),
      c('organizationName', 'text', '认领单位 Organization name'),
      c('quantity', 'int', '认领数量 Quantity pledged'),
      c('deliveredQuantity', 'int', '交付数量 Quantity delivered (FULFILLED only)'),
      c('unit', 'text', '计量单位 Unit'),
      c('status', 'text', '状态 PledgeStatus'),
      c('createdAt', 'time', '认领时间 Pledged at'),
      c('updatedAt', 'time', '更新时间 Last changed at'),
    ],
    sql: `SELECT pl.id, pl.project_id AS "projectId", p.title AS "projectTitle", pl.requirement_id AS "requirementId", q.kind,
                 pl.resource_id AS "resourceId", r.name AS "resourceName", pl.organization_id AS "organizationId", o.name AS "organizationName",
                 pl.quantity, pl.delivered_quantity AS "deliveredQuantity", r.unit, pl.status, pl.created_at AS "createdAt", pl.updated_at AS "updatedAt"
          FROM pledges pl JOIN projects p ON p.id = pl.project_id JOIN requirements q ON q.id = pl.requirement_id
          JOIN resources r ON r.id = pl.resource_id JOIN organizations o ON o.id = pl.organization_id
          WHERE pl.alliance_id = $1 AND NOT $2 ORDER BY pl.created_at, pl.id`,
  },
  decisions: {
    description: '项目决策（匿名：已公开的决议）Staged decisions; anonymously, the published ones',
    publicRows: true,
    columns: [
      c('id', 'id', '决策 ID Global id of the decision', 'Decision'),
      c('projectId', 'id', '项目 ID', 'Project'),
      c('title', 'text', '议题 Title'),
      c('proposal', 'text', '提议内容 Proposal'),
      c('status', 'text', '状态 OPEN, PASSED, REJECTED'),
      c('stages', 'text', '环节（以 > 分隔）The stage list, separated by >'),
      c('passedAt', 'time', '决议通过时间 When the resolution passed'),
      c('decisionPublishedAt', 'time', '决议公开时间 When the decision was published'),
      c('resultsPublishedAt', 'time', '结果公开时间 When the results were published'),
      c('results', 'text', '实施结果 Published results'),
      c('createdAt', 'time', '提议时间 Proposed at'),
    ],
    sql: `SELECT id, project_id AS "projectId", title, proposal, status, array_to_string(stages, '>') AS stages, passed_at AS "passedAt",
                 decision_published_at AS "decisionPublishedAt", results_published_at AS "resultsPublishedAt", results, created_at AS "createdAt"
          FROM decisions WHERE alliance_id = $1 AND (NOT $2 OR published) ORDER BY created_at, id`,
  },
  'decision-stages': {
    description: '决策环节记录（匿名：已公开决议的）Stage records of the decisions; anonymously, of the published ones',
    publicRows: true,
    columns: [
      c('id', 'id', '记录 ID', 'DecisionStage'),
      c('decisionId', 'id', '决策 ID', 'Decision'),
      c('position', 'int', '序号（从 0 开始）Position'),
      c('stage', 'text', '环节 DecisionStageKind'),
      c('outcome', 'text', '结果 PASSED, REJECTED, DONE'),
      c('heldOn', 'date', '会议日期 Date held'),
      c('eligible', 'int', '应到人数 Entitled to attend'),
      c('present', 'int', '实到人数 Present'),
      c('votesFor', 'int', '赞成 For'),
      c('votesAgainst', 'int', '反对 Against'),
      c('votesAbstain', 'int', '弃权 Abstaining'),
      c('note', 'text', '说明 Note or published text'),
      c('recordedAt', 'time', '记录时间 Recorded at'),
    ],
    sql: `SELECT s.id, s.decision_id AS "decisionId", s.position, s.kind AS stage, s.outcome, s.held_on::text AS "heldOn", s.eligible, s.present,
                 s.votes_for AS "votesFor", s.votes_against AS "votesAgainst", s.votes_abstain AS "votesAbstain", s.note, s.created_at AS "recordedAt"
          FROM decision_stages s JOIN decisions d ON d.id = s.decision_id
          WHERE s.alliance_id = $1 AND (NOT $2 OR d.published) ORDER BY d.created_at, d.id, s.position`,
  },
  points: {
    description: '积分台账 The points ledger: every entry with its cause',
    publicRows: false,
    columns: [
      c('id', 'id', '记录 ID Global id of the entry', 'PointEntry'),
      c('holder', 'text', '归属 ORGANIZATION or MEMBER'),
      c('organizationId', 'id', '单位 ID (ORGANIZATION entries)', 'Organization'),
      c('organizationName', 'text', '单位 Organization name'),
      c('userId', 'id', '成员 ID (MEMBER entries)', 'User'),
      c('userName', 'text', '成员 Member name'),
      c('points', 'int', '积分 Points'),
      c('cause', 'text', '来源 PLEDGE_FULFILLED, SERVICE_DAY or MEETING_ATTENDANCE'),
      c('causeId', 'text', '来源 ID：Pledge 或 ServiceDaySignup 的全局 ID Global id of the pledge, service-day sign-up or meeting attendance'),
      c('explanation', 'text', '计分说明 How the points were computed'),
      c('createdAt', 'time', '记录时间 Recorded at'),
    ],
    sql: `SELECT e.id, e.holder, e.organization_id AS "organizationId", o.name AS "organizationName", e.user_id AS "userId", u.name AS "userName",
                 e.points, e.cause,
                 translate(rtrim(encode(convert_to(CASE e.cause WHEN 'PLEDGE_FULFILLED' THEN 'Pledge:' WHEN 'SERVICE_DAY' THEN 'ServiceDaySignup:' ELSE 'MeetingAttendance:' END || e.cause_id, 'UTF8'), 'base64'), '='), '+/', '-_')
                   AS "causeId",
                 e.explanation, e.created_at AS "createdAt"
          FROM point_entries e LEFT JOIN organizations o ON o.id = e.organization_id LEFT JOIN users u ON u.id = e.user_id
          WHERE e.alliance_id = $1 AND NOT $2 ORDER BY e.created_at, e.id`,
  },
};

/** Registers another list (for features added later, e.g. points). */
export function addOpenDataList(name: string, spec: ListSpec): void {
  OPEN_DATA_LISTS[name] = spec;
}

/** Largest number of rows one export returns. */
export const MAX_EXPORT_ROWS = 100_000;

function cell(col: Column, v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  switch (col.type) {
    case 'id':
      return toGlobalId(col.node!, String(v));
    case 'int':
      return Number(v);
    case 'time':
      return (v instanceof Date ? v : new Date(String(v))).toISOString();
    default:
      return String(v);
  }
}

function csvField(col: Column, v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (col.type === 'text' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: Column[], rows: (string | number | null)[][]): string {
  const lines = [columns.map((col) => csvField({ ...col, type: 'id' }, col.name)).join(',')];
  for (const r of rows) lines.push(r.map((v, i) => csvField(columns[i], v)).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

function fail(res: Response, status: number, code: ErrorCode | string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

export function openDataRouter(ds: DataSource, services: Services): Router {
  const router = express.Router();

  router.get('/', (_req, res) => {
    res.json({
      format: 'GET /export/<allianceId>/<list>.csv or .json; CSV is UTF-8 with BOM, CRLF, RFC 4180',
      lists: Object.entries(OPEN_DATA_LISTS).map(([name, l]) => ({
        name,
        description: l.description,
        anonymous: l.publicRows,
        columns: l.columns.map(({ name: n, type, description }) => ({ name: n, type, description })),
      })),
    });
  });

  router.get('/:allianceId/:file', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const m = /^([a-z-]+)\.(csv|json)$/.exec(String(req.params.file));
      const spec = m ? OPEN_DATA_LISTS[m[1]] : undefined;
      if (!m || !spec) return fail(res, 404, ErrorCode.NOT_FOUND, `Unknown list; see GET /export for the lists`);
      let viewer: Viewer;
      try {
        viewer = await services.auth.viewerFromHeader(req.headers.authorization);
      } catch (err) {
        const d = toDomainError(err);
        if (d) return fail(res, 401, d.code, d.message);
        throw err;
      }
      const decoded = fromGlobalId(String(req.params.allianceId));
      const alliance =
        decoded?.type === 'Alliance'
          ? ((await ds.query('SELECT id, name FROM alliances WHERE id = $1', [decoded.id]))[0] as { id: string; name: string } | undefined)
          : undefined;
      if (!alliance) return fail(res, 404, ErrorCode.NOT_FOUND, 'The alliance was not found');
      const member = viewer.canRead(alliance.id);
      if (!member) {
        if (viewer.user) return fail(res, 404, ErrorCode.NOT_FOUND, 'The alliance was not found');
        if (!spec.publicRows) return fail(res, 401, ErrorCode.UNAUTHENTICATED, `${m[1]} is not published; log in as a member to export it`);
      }
      const raw: Record<string, unknown>[] = await ds.query(`${spec.sql} LIMIT ${MAX_EXPORT_ROWS}`, [alliance.id, !member]);
      const rows = raw.map((r) => spec.columns.map((col) => cell(col, r[col.name])));
      const filename = `${m[1]}-${toGlobalId('Alliance', alliance.id)}.${m[2]}`;
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.setHeader('cache-control', member ? 'private, no-store' : 'public, max-age=60');
      if (m[2] === 'csv') {
        res.type('text/csv; charset=utf-8').send(toCsv(spec.columns, rows));
      } else {
        res.json({
          alliance: { id: toGlobalId('Alliance', alliance.id), name: alliance.name },
          list: m[1],
          exportedAt: new Date().toISOString(),
          columns: spec.columns.map(({ name, type, description }) => ({ name, type, description })),
          rows: rows.map((r) => Object.fromEntries(spec.columns.map((col, i) => [col.name, r[i]]))),
        });
      }
    } catch (err) {
      const d = toDomainError(err);
      if (d instanceof DomainError && d.code === ErrorCode.SERVICE_UNAVAILABLE) return fail(res, 503, d.code, d.message);
      next(err);
    }
  });
  return router;
}
