import { computed, reactive } from 'vue';
import { request, setToken, setUnauthenticatedHandler } from './api';
import type { MeQuery } from './gql/graphql';
import { AlliancesDocument, LoginDocument, MeDocument } from './graphql/operations';

type Me = NonNullable<MeQuery['me']>;
export type Membership = Me['memberships'][number];

const TOKEN_KEY = 'gongjian.token';
const ALLIANCE_KEY = 'gongjian.alliance';

interface SessionState {
  token: string | null;
  me: Me | null;
  /** Alliances the user may open: their memberships, or every alliance for a platform admin. */
  alliances: { id: string; name: string }[];
  allianceId: string | null;
  ready: boolean;
}

export const session = reactive<SessionState>({
  token: readStorage(TOKEN_KEY),
  me: null,
  alliances: [],
  allianceId: readStorage(ALLIANCE_KEY),
  ready: false,
});

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* ignore */
  }
}

setToken(session.token);

/** The user's role in the alliance on screen; null for an admin without a membership there. */
export const membership = computed<Membership | null>(
  () => session.me?.memberships.find((m) => m.alliance.id === session.allianceId) ?? null,
);

/** What the user may do here, from DESIGN.md's role matrix: the page offers nothing else. */
export const can = reactive({
  /** Pledge and withdraw: unit representatives, their own organization's resources. */
  pledge: computed(() => membership.value?.role === 'UNIT_REPRESENTATIVE' && !!membership.value.organization),
  /** Move projects, confirm/reject/fulfil pledges: secretaries of this alliance. */
  coordinate: computed(() => membership.value?.role === 'SECRETARY'),
  /** Put a proposed project to a staged decision (提议): secretaries and committee members. */
  proposeDecision: computed(() => membership.value?.role === 'SECRETARY' || membership.value?.role === 'COMMITTEE_MEMBER'),
  /** Submit agenda items to a joint meeting: secretaries, committee members, unit representatives. */
  submitAgenda: computed(() => ['SECRETARY', 'COMMITTEE_MEMBER', 'UNIT_REPRESENTATIVE'].includes(membership.value?.role ?? '')),
  /** Sign up for a service day (党员奉献日): unit representatives and committee members of an organization. */
  signUpServiceDay: computed(
    () => (membership.value?.role === 'UNIT_REPRESENTATIVE' || membership.value?.role === 'COMMITTEE_MEMBER') && !!membership.value.organization,
  ),
  ownOrganizationId: computed(() => (membership.value?.role === 'UNIT_REPRESENTATIVE' ? membership.value.organization?.id ?? null : null)),
});

export async function loadSession(): Promise<boolean> {
  if (!session.token) {
    session.ready = true;
    return false;
  }
  try {
    const { me } = await request(MeDocument);
    if (!me) {
      clearSession();
      return false;
    }
    session.me = me;
    const fromMemberships = me.memberships.map((m) => m.alliance);
    let alliances = dedupe(fromMemberships);
    if (me.isAdmin) {
      const all = await request(AlliancesDocument);
      alliances = dedupe([...alliances, ...all.alliances.edges.map((e) => e.node)]);
    }
    session.alliances = alliances;
    if (!session.allianceId || !alliances.some((a) => a.id === session.allianceId)) {
      selectAlliance(alliances[0]?.id ?? null);
    }
    return true;
  } finally {
    session.ready = true;
  }
}

function dedupe(list: { id: string; name: string }[]) {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}

export function selectAlliance(id: string | null) {
  session.allianceId = id;
  writeStorage(ALLIANCE_KEY, id);
}

export async function login(email: string, password: string): Promise<void> {
  const { login } = await request(LoginDocument, { email, password });
  session.token = login.token;
  setToken(login.token);
  writeStorage(TOKEN_KEY, login.token);
  await loadSession();
}

export function clearSession() {
  session.token = null;
  session.me = null;
  session.alliances = [];
  setToken(null);
  writeStorage(TOKEN_KEY, null);
}

export function logout() {
  clearSession();
  window.location.assign('/login');
}

setUnauthenticatedHandler(() => {
  clearSession();
  // The public pages (published decisions, residents' feedback) work without a session.
  if (!location.pathname.startsWith('/login') && !/^\/(public|track)(\/|$)/.test(location.pathname)) window.location.assign('/login');
});
