/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      isAdmin\n      memberships {\n        id\n        role\n        title\n        organization { id name }\n        alliance { id name }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Alliances {\n    alliances(first: 100) { edges { node { id name } } }\n  }\n": typeof types.AlliancesDocument,
    "\n  fragment StatsFields on AllianceStats {\n    organizationsByKind { kind count }\n    openNeeds\n    openConcerns\n    activePledges\n    fulfilledPledges\n    fulfilmentRate\n    projectsByStatus { status count }\n    byResourceKind { kind required pledged fulfilled }\n    topContributors { organization { id name } pledged fulfilled pledges }\n  }\n": typeof types.StatsFieldsFragmentDoc,
    "\n  query Overview($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      name\n      region\n      stats { ...StatsFields }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  fragment EventFields on AllianceEvent {\n    id\n    cursor\n    type\n    summary\n    occurredAt\n    actor { name }\n  }\n": typeof types.EventFieldsFragmentDoc,
    "\n  query Events($allianceId: ID!, $after: String, $first: Int!) {\n    alliance(id: $allianceId) {\n      id\n      events(first: $first, after: $after) {\n        edges { cursor node { ...EventFields } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  fragment PledgeFields on Pledge {\n    id\n    quantity\n    deliveredQuantity\n    status\n    note\n    reason\n    createdAt\n    organization { id name }\n    resource { id name unit }\n    requirement { id kind unit }\n    project { id title }\n  }\n": typeof types.PledgeFieldsFragmentDoc,
    "\n  query Projects($allianceId: ID!, $first: Int! = 100, $pledgesFirst: Int! = 100) {\n    alliance(id: $allianceId) {\n      id\n      projects(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            description\n            status\n            progress\n            startDate\n            endDate\n            leadOrganization { id name }\n            requirements { id kind quantity unit description pledged fulfilled outstanding }\n            pledges(first: $pledgesFirst) { edges { node { ...PledgeFields } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectsDocument,
    "\n  query Needs($allianceId: ID!, $status: NeedStatus) {\n    alliance(id: $allianceId) {\n      id\n      needs(first: 100, status: $status) {\n        totalCount\n        edges { node { id title description category priority status createdAt } }\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query Resources($allianceId: ID!, $kind: ResourceKind) {\n    alliance(id: $allianceId) {\n      id\n      resources(first: 100, kind: $kind) {\n        totalCount\n        edges { node { id name kind unit capacity pledged available description organization { id name } } }\n      }\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  query Organizations($allianceId: ID!, $first: Int! = 100) {\n    alliance(id: $allianceId) {\n      id\n      organizations(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            kind\n            sector\n            status\n            partyOrgName\n            resources(first: 1) { totalCount }\n            pledges(first: 1) { totalCount }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Organization($id: ID!, $first: Int! = 100) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        name\n        kind\n        sector\n        status\n        partyOrgName\n        joinedAt\n        resources(first: $first) { edges { node { id name kind unit capacity pledged available description } } }\n        pledges(first: $first) { edges { node { ...PledgeFields } } }\n      }\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query OrgResources($id: ID!, $kind: ResourceKind) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        resources(first: 100, kind: $kind) { edges { node { id name kind unit capacity available } } }\n      }\n    }\n  }\n": typeof types.OrgResourcesDocument,
    "\n  mutation PledgeResource($input: PledgeResourceInput!) {\n    pledgeResource(input: $input) { ...PledgeFields }\n  }\n": typeof types.PledgeResourceDocument,
    "\n  mutation ConfirmPledge($input: ConfirmPledgeInput!) {\n    confirmPledge(input: $input) { id status }\n  }\n": typeof types.ConfirmPledgeDocument,
    "\n  mutation RejectPledge($input: RejectPledgeInput!) {\n    rejectPledge(input: $input) { id status reason }\n  }\n": typeof types.RejectPledgeDocument,
    "\n  mutation FulfillPledge($input: FulfillPledgeInput!) {\n    fulfillPledge(input: $input) { id status deliveredQuantity }\n  }\n": typeof types.FulfillPledgeDocument,
    "\n  mutation WithdrawPledge($input: WithdrawPledgeInput!) {\n    withdrawPledge(input: $input) { id status reason }\n  }\n": typeof types.WithdrawPledgeDocument,
    "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) { id status }\n  }\n": typeof types.TransitionProjectDocument,
    "\n  subscription StatsUpdated($allianceId: ID!) {\n    allianceStatsUpdated(allianceId: $allianceId) { ...StatsFields }\n  }\n": typeof types.StatsUpdatedDocument,
    "\n  subscription AllianceEvents($allianceId: ID!, $after: String) {\n    allianceEvents(allianceId: $allianceId, after: $after) { ...EventFields }\n  }\n": typeof types.AllianceEventsDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      isAdmin\n      memberships {\n        id\n        role\n        title\n        organization { id name }\n        alliance { id name }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Alliances {\n    alliances(first: 100) { edges { node { id name } } }\n  }\n": types.AlliancesDocument,
    "\n  fragment StatsFields on AllianceStats {\n    organizationsByKind { kind count }\n    openNeeds\n    openConcerns\n    activePledges\n    fulfilledPledges\n    fulfilmentRate\n    projectsByStatus { status count }\n    byResourceKind { kind required pledged fulfilled }\n    topContributors { organization { id name } pledged fulfilled pledges }\n  }\n": types.StatsFieldsFragmentDoc,
    "\n  query Overview($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      name\n      region\n      stats { ...StatsFields }\n    }\n  }\n": types.OverviewDocument,
    "\n  fragment EventFields on AllianceEvent {\n    id\n    cursor\n    type\n    summary\n    occurredAt\n    actor { name }\n  }\n": types.EventFieldsFragmentDoc,
    "\n  query Events($allianceId: ID!, $after: String, $first: Int!) {\n    alliance(id: $allianceId) {\n      id\n      events(first: $first, after: $after) {\n        edges { cursor node { ...EventFields } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  fragment PledgeFields on Pledge {\n    id\n    quantity\n    deliveredQuantity\n    status\n    note\n    reason\n    createdAt\n    organization { id name }\n    resource { id name unit }\n    requirement { id kind unit }\n    project { id title }\n  }\n": types.PledgeFieldsFragmentDoc,
    "\n  query Projects($allianceId: ID!, $first: Int! = 100, $pledgesFirst: Int! = 100) {\n    alliance(id: $allianceId) {\n      id\n      projects(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            description\n            status\n            progress\n            startDate\n            endDate\n            leadOrganization { id name }\n            requirements { id kind quantity unit description pledged fulfilled outstanding }\n            pledges(first: $pledgesFirst) { edges { node { ...PledgeFields } } }\n          }\n        }\n      }\n    }\n  }\n": types.ProjectsDocument,
    "\n  query Needs($allianceId: ID!, $status: NeedStatus) {\n    alliance(id: $allianceId) {\n      id\n      needs(first: 100, status: $status) {\n        totalCount\n        edges { node { id title description category priority status createdAt } }\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query Resources($allianceId: ID!, $kind: ResourceKind) {\n    alliance(id: $allianceId) {\n      id\n      resources(first: 100, kind: $kind) {\n        totalCount\n        edges { node { id name kind unit capacity pledged available description organization { id name } } }\n      }\n    }\n  }\n": types.ResourcesDocument,
    "\n  query Organizations($allianceId: ID!, $first: Int! = 100) {\n    alliance(id: $allianceId) {\n      id\n      organizations(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            kind\n            sector\n            status\n            partyOrgName\n            resources(first: 1) { totalCount }\n            pledges(first: 1) { totalCount }\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Organization($id: ID!, $first: Int! = 100) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        name\n        kind\n        sector\n        status\n        partyOrgName\n        joinedAt\n        resources(first: $first) { edges { node { id name kind unit capacity pledged available description } } }\n        pledges(first: $first) { edges { node { ...PledgeFields } } }\n      }\n    }\n  }\n": types.OrganizationDocument,
    "\n  query OrgResources($id: ID!, $kind: ResourceKind) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        resources(first: 100, kind: $kind) { edges { node { id name kind unit capacity available } } }\n      }\n    }\n  }\n": types.OrgResourcesDocument,
    "\n  mutation PledgeResource($input: PledgeResourceInput!) {\n    pledgeResource(input: $input) { ...PledgeFields }\n  }\n": types.PledgeResourceDocument,
    "\n  mutation ConfirmPledge($input: ConfirmPledgeInput!) {\n    confirmPledge(input: $input) { id status }\n  }\n": types.ConfirmPledgeDocument,
    "\n  mutation RejectPledge($input: RejectPledgeInput!) {\n    rejectPledge(input: $input) { id status reason }\n  }\n": types.RejectPledgeDocument,
    "\n  mutation FulfillPledge($input: FulfillPledgeInput!) {\n    fulfillPledge(input: $input) { id status deliveredQuantity }\n  }\n": types.FulfillPledgeDocument,
    "\n  mutation WithdrawPledge($input: WithdrawPledgeInput!) {\n    withdrawPledge(input: $input) { id status reason }\n  }\n": types.WithdrawPledgeDocument,
    "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) { id status }\n  }\n": types.TransitionProjectDocument,
    "\n  subscription StatsUpdated($allianceId: ID!) {\n    allianceStatsUpdated(allianceId: $allianceId) { ...StatsFields }\n  }\n": types.StatsUpdatedDocument,
    "\n  subscription AllianceEvents($allianceId: ID!, $after: String) {\n    allianceEvents(allianceId: $allianceId, after: $after) { ...EventFields }\n  }\n": types.AllianceEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      isAdmin\n      memberships {\n        id\n        role\n        title\n        organization { id name }\n        alliance { id name }\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alliances {\n    alliances(first: 100) { edges { node { id name } } }\n  }\n"): typeof import('./graphql').AlliancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatsFields on AllianceStats {\n    organizationsByKind { kind count }\n    openNeeds\n    openConcerns\n    activePledges\n    fulfilledPledges\n    fulfilmentRate\n    projectsByStatus { status count }\n    byResourceKind { kind required pledged fulfilled }\n    topContributors { organization { id name } pledged fulfilled pledges }\n  }\n"): typeof import('./graphql').StatsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      name\n      region\n      stats { ...StatsFields }\n    }\n  }\n"): typeof import('./graphql').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventFields on AllianceEvent {\n    id\n    cursor\n    type\n    summary\n    occurredAt\n    actor { name }\n  }\n"): typeof import('./graphql').EventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($allianceId: ID!, $after: String, $first: Int!) {\n    alliance(id: $allianceId) {\n      id\n      events(first: $first, after: $after) {\n        edges { cursor node { ...EventFields } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql').EventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PledgeFields on Pledge {\n    id\n    quantity\n    deliveredQuantity\n    status\n    note\n    reason\n    createdAt\n    organization { id name }\n    resource { id name unit }\n    requirement { id kind unit }\n    project { id title }\n  }\n"): typeof import('./graphql').PledgeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($allianceId: ID!, $first: Int! = 100, $pledgesFirst: Int! = 100) {\n    alliance(id: $allianceId) {\n      id\n      projects(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            description\n            status\n            progress\n            startDate\n            endDate\n            leadOrganization { id name }\n            requirements { id kind quantity unit description pledged fulfilled outstanding }\n            pledges(first: $pledgesFirst) { edges { node { ...PledgeFields } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($allianceId: ID!, $status: NeedStatus) {\n    alliance(id: $allianceId) {\n      id\n      needs(first: 100, status: $status) {\n        totalCount\n        edges { node { id title description category priority status createdAt } }\n      }\n    }\n  }\n"): typeof import('./graphql').NeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($allianceId: ID!, $kind: ResourceKind) {\n    alliance(id: $allianceId) {\n      id\n      resources(first: 100, kind: $kind) {\n        totalCount\n        edges { node { id name kind unit capacity pledged available description organization { id name } } }\n      }\n    }\n  }\n"): typeof import('./graphql').ResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($allianceId: ID!, $first: Int! = 100) {\n    alliance(id: $allianceId) {\n      id\n      organizations(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            kind\n            sector\n            status\n            partyOrgName\n            resources(first: 1) { totalCount }\n            pledges(first: 1) { totalCount }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!, $first: Int! = 100) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        name\n        kind\n        sector\n        status\n        partyOrgName\n        joinedAt\n        resources(first: $first) { edges { node { id name kind unit capacity pledged available description } } }\n        pledges(first: $first) { edges { node { ...PledgeFields } } }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgResources($id: ID!, $kind: ResourceKind) {\n    node(id: $id) {\n      ... on Organization {\n        id\n        resources(first: 100, kind: $kind) { edges { node { id name kind unit capacity available } } }\n      }\n    }\n  }\n"): typeof import('./graphql').OrgResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PledgeResource($input: PledgeResourceInput!) {\n    pledgeResource(input: $input) { ...PledgeFields }\n  }\n"): typeof import('./graphql').PledgeResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPledge($input: ConfirmPledgeInput!) {\n    confirmPledge(input: $input) { id status }\n  }\n"): typeof import('./graphql').ConfirmPledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPledge($input: RejectPledgeInput!) {\n    rejectPledge(input: $input) { id status reason }\n  }\n"): typeof import('./graphql').RejectPledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfillPledge($input: FulfillPledgeInput!) {\n    fulfillPledge(input: $input) { id status deliveredQuantity }\n  }\n"): typeof import('./graphql').FulfillPledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPledge($input: WithdrawPledgeInput!) {\n    withdrawPledge(input: $input) { id status reason }\n  }\n"): typeof import('./graphql').WithdrawPledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) { id status }\n  }\n"): typeof import('./graphql').TransitionProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatsUpdated($allianceId: ID!) {\n    allianceStatsUpdated(allianceId: $allianceId) { ...StatsFields }\n  }\n"): typeof import('./graphql').StatsUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AllianceEvents($allianceId: ID!, $after: String) {\n    allianceEvents(allianceId: $allianceId, after: $after) { ...EventFields }\n  }\n"): typeof import('./graphql').AllianceEventsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
