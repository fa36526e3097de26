import type { DecisionStageKind, EventType } from './gql/graphql';
import { locale } from './i18n';

/** Every stage in its only possible order (an alliance's list is a subsequence of it). */
export const CANONICAL_STAGES: DecisionStageKind[] = [
  'PROPOSAL',
  'DELIBERATION',
  'REVIEW',
  'STREET_REVIEW',
  'RESOLUTION',
  'DECISION_PUBLICATION',
  'RESULT_PUBLICATION',
];

/** Stages decided by a vote: attendance and tallies are recorded. */
export const VOTING_STAGES: DecisionStageKind[] = ['DELIBERATION', 'REVIEW', 'RESOLUTION'];

/** The events each view refreshes on (views showing one part of the alliance ignore the rest). */
export const LIVE_ON = {
  meetings: ['MEETING_SCHEDULED', 'MEETING_RECORDED', 'AGENDA_ITEM_SUBMITTED', 'PROJECT_CREATED'],
  decisions: ['DECISION_STARTED', 'DECISION_STAGE_RECORDED', 'DECISION_STAGES_CONFIGURED', 'PROJECT_CREATED', 'PROJECT_TRANSITIONED'],
  points: [
    'POINT_RULE_SET',
    'PLEDGE_FULFILLED',
    'MEETING_RECORDED',
    'SERVICE_DAY_SCHEDULED',
    'SERVICE_DAY_SIGNED_UP',
    'SERVICE_DAY_ATTENDANCE_RECORDED',
  ],
  agreements: ['AGREEMENT_CREATED', 'AGREEMENT_REVIEWED', 'AGREEMENT_RENEWED', 'AGREEMENT_REVIEW_DUE', 'AGREEMENT_RENEWAL_DUE'],
  feedback: ['FEEDBACK_SUBMITTED', 'FEEDBACK_ANSWERED', 'FEEDBACK_CONVERTED'],
} satisfies Record<string, EventType[]>;

/** Today as YYYY-MM-DD in the browser's time zone. */
export function todayYmd(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whole days from today to a YYYY-MM-DD date (negative when past). */
export function daysUntil(ymd: string): number {
  const [y, m, d] = ymd.split('-').map(Number);
  const [ty, tm, td] = todayYmd().split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(ty, tm - 1, td)) / 86_400_000);
}

/** A "中文 English" description split by the current language (as the enum labels are). */
export function bilingual(text: string): string {
  const m = /^(.*?\S)\s+([A-Za-z].*)$/s.exec(text.trim());
  if (!m) return text;
  return locale.value === 'en' ? m[2] : m[1];
}

/** A non-negative whole number typed into a form, or null. */
export function wholeNumber(v: unknown): number | null {
  if (v === '' || v === null || v === undefined) return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}
