/**
 * Page sizes of nested lists are variables (with defaults) rather than literals: the server's cost
 * limit multiplies a literal `first` through every nested level, which would refuse the board's
 * one-request view of projects → requirements → pledges.
 *
 * Every operation the dashboard sends. Types come from GraphQL Code Generator (`npm run codegen`),
 * which reads these documents and schema.graphql and writes client/src/gql/.
 */
import { graphql } from '../gql';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user { id name }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      isAdmin
      memberships {
        id
        role
        title
        organization { id name }
        alliance { id name }
      }
    }
  }
`);

export const AlliancesDocument = graphql(`
  query Alliances {
    alliances(first: 100) { edges { node { id name } } }
  }
`);

export const StatsFieldsFragment = graphql(`
  fragment StatsFields on AllianceStats {
    organizationsByKind { kind count }
    openNeeds
    openConcerns
    activePledges
    fulfilledPledges
    fulfilmentRate
    projectsByStatus { status count }
    byResourceKind { kind required pledged fulfilled }
    topContributors { organization { id name } pledged fulfilled pledges }
  }
`);

export const OverviewDocument = graphql(`
  query Overview($allianceId: ID!) {
    alliance(id: $allianceId) {
      id
      name
      region
      stats { ...StatsFields }
    }
  }
`);

export const EventFieldsFragment = graphql(`
  fragment EventFields on AllianceEvent {
    id
    cursor
    type
    summary
    occurredAt
    actor { name }
  }
`);

export const EventsDocument = graphql(`
  query Events($allianceId: ID!, $after: String, $first: Int!) {
    alliance(id: $allianceId) {
      id
      events(first: $first, after: $after) {
        edges { cursor node { ...EventFields } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export const PledgeFieldsFragment = graphql(`
  fragment PledgeFields on Pledge {
    id
    quantity
    deliveredQuantity
    status
    note
    reason
    createdAt
    organization { id name }
    resource { id name unit }
    requirement { id kind unit }
    project { id title }
  }
`);

export const ProjectsDocument = graphql(`
  query Projects($allianceId: ID!, $first: Int! = 100, $pledgesFirst: Int! = 100) {
    alliance(id: $allianceId) {
      id
      projects(first: $first) {
        totalCount
        edges {
          node {
            id
            title
            description
            status
            progress
            startDate
            endDate
            leadOrganization { id name }
            requirements { id kind quantity unit description pledged fulfilled outstanding }
            pledges(first: $pledgesFirst) { edges { node { ...PledgeFields } } }
          }
        }
      }
    }
  }
`);

export const NeedsDocument = graphql(`
  query Needs($allianceId: ID!, $status: NeedStatus) {
    alliance(id: $allianceId) {
      id
      needs(first: 100, status: $status) {
        totalCount
        edges { node { id title description category priority status createdAt } }
      }
    }
  }
`);

export const ResourcesDocument = graphql(`
  query Resources($allianceId: ID!, $kind: ResourceKind) {
    alliance(id: $allianceId) {
      id
      resources(first: 100, kind: $kind) {
        totalCount
        edges { node { id name kind unit capacity pledged available description organization { id name } } }
      }
    }
  }
`);

export const OrganizationsDocument = graphql(`
  query Organizations($allianceId: ID!, $first: Int! = 100) {
    alliance(id: $allianceId) {
      id
      organizations(first: $first) {
        totalCount
        edges {
          node {
            id
            name
            kind
            sector
            status
            partyOrgName
            resources(first: 1) { totalCount }
            pledges(first: 1) { totalCount }
          }
        }
      }
    }
  }
`);

export const OrganizationDocument = graphql(`
  query Organization($id: ID!, $first: Int! = 100) {
    node(id: $id) {
      ... on Organization {
        id
        name
        kind
        sector
        status
        partyOrgName
        joinedAt
        resources(first: $first) { edges { node { id name kind unit capacity pledged available description } } }
        pledges(first: $first) { edges { node { ...PledgeFields } } }
      }
    }
  }
`);

export const OrgResourcesDocument = graphql(`
  query OrgResources($id: ID!, $kind: ResourceKind) {
    node(id: $id) {
      ... on Organization {
        id
        resources(first: 100, kind: $kind) { edges { node { id name kind unit capacity available } } }
      }
    }
  }
`);

export const PledgeResourceDocument = graphql(`
  mutation PledgeResource($input: PledgeResourceInput!) {
    pledgeResource(input: $input) { ...PledgeFields }
  }
`);

export const ConfirmPledgeDocument = graphql(`
  mutation ConfirmPledge($input: ConfirmPledgeInput!) {
    confirmPledge(input: $input) { id status }
  }
`);

export const RejectPledgeDocument = graphql(`
  mutation RejectPledge($input: RejectPledgeInput!) {
    rejectPledge(input: $input) { id status reason }
  }
`);

export const FulfillPledgeDocument = graphql(`
  mutation FulfillPledge($input: FulfillPledgeInput!) {
    fulfillPledge(input: $input) { id status deliveredQuantity }
  }
`);

export const WithdrawPledgeDocument = graphql(`
  mutation WithdrawPledge($input: WithdrawPledgeInput!) {
    withdrawPledge(input: $input) { id status reason }
  }
`);

export const TransitionProjectDocument = graphql(`
  mutation TransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) { id status }
  }
`);

/** Pushed by the server (at most every 250 ms) while the alliance changes; sent through the live client. */
export const StatsUpdatedDocument = graphql(`
  subscription StatsUpdated($allianceId: ID!) {
    allianceStatsUpdated(allianceId: $allianceId) { ...StatsFields }
  }
`);

/** The shape of one allianceEvents delivery (the live client builds the subscription from EventFields). */
export const AllianceEventsDocument = graphql(`
  subscription AllianceEvents($allianceId: ID!, $after: String) {
    allianceEvents(allianceId: $allianceId, after: $after) { ...EventFields }
  }
`);
