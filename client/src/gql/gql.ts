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
    "\n  query Members($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      members(first: 100) { edges { node { id role title user { id name } organization { id name } } } }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query ProjectChoices($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      projects(first: 100) { edges { node { id title status } } }\n    }\n  }\n": typeof types.ProjectChoicesDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    scheduledAt\n    location\n    status\n    agendaLeadHours\n    agendaClosesAt\n    attendancePoints\n    heldAt\n    minutes\n    agenda { id title description createdAt submittedBy { id name } project { id title } }\n    attendance { id user { id name } organization { id name } }\n    resolutions { id position text project { id title } }\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query Meetings($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      meetings(first: 50) { totalCount edges { node { ...MeetingFields } } }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { id }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation SubmitAgendaItem($input: SubmitAgendaItemInput!) {\n    submitAgendaItem(input: $input) { id }\n  }\n": typeof types.SubmitAgendaItemDocument,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { id status }\n  }\n": typeof types.RecordMeetingDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    title\n    proposal\n    status\n    stages\n    nextStage\n    createdAt\n    passedAt\n    decisionPublishedAt\n    resultsPublishedAt\n    results\n    project { id title status }\n    records { id kind position outcome heldOn eligible present votesFor votesAgainst votesAbstain note createdAt }\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query Decisions($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      decisionStages\n      decisions(first: 100) {\n        totalCount\n        edges { node { ...DecisionFields proposedBy { id name } records { id recordedBy { id name } } } }\n      }\n      projects(first: 100) { edges { node { id title status } } }\n    }\n  }\n": typeof types.DecisionsDocument,
    "\n  mutation StartDecision($input: StartDecisionInput!) {\n    startDecision(input: $input) { id status }\n  }\n": typeof types.StartDecisionDocument,
    "\n  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {\n    recordDecisionStage(input: $input) { id status nextStage }\n  }\n": typeof types.RecordDecisionStageDocument,
    "\n  query PublicAlliance($id: ID!) {\n    publicAlliance(id: $id) {\n      id\n      name\n      region\n      description\n      decisionStages\n      decisions(first: 50) { totalCount edges { node { ...DecisionFields } } }\n      stats { feedback { received answered converted open averageResponseHours medianResponseHours } }\n    }\n  }\n": typeof types.PublicAllianceDocument,
    "\n  query Points($allianceId: ID!, $holder: PointHolder, $cause: PointCause) {\n    alliance(id: $allianceId) {\n      id\n      pointRules { resourceKind points per }\n      stats {\n        points {\n          organizations { organization { id name } points entries }\n          members { user { id name } points entries }\n        }\n      }\n      pointEntries(first: 100, holder: $holder, cause: $cause) {\n        totalCount\n        edges { node { id cause causeId holder points explanation createdAt organization { id name } user { id name } } }\n      }\n      serviceDays(first: 50) {\n        edges {\n          node {\n            id\n            title\n            date\n            points\n            capacity\n            signedUp\n            attendanceRecorded\n            signups { id attended user { id name } organization { id name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PointsDocument,
    "\n  mutation ScheduleServiceDay($input: ScheduleServiceDayInput!) {\n    scheduleServiceDay(input: $input) { id }\n  }\n": typeof types.ScheduleServiceDayDocument,
    "\n  mutation SignUpForServiceDay($input: SignUpForServiceDayInput!) {\n    signUpForServiceDay(input: $input) { id }\n  }\n": typeof types.SignUpForServiceDayDocument,
    "\n  mutation RecordServiceDayAttendance($input: RecordServiceDayAttendanceInput!) {\n    recordServiceDayAttendance(input: $input) { id attendanceRecorded }\n  }\n": typeof types.RecordServiceDayAttendanceDocument,
    "\n  query Agreements($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      agreements(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            description\n            startsOn\n            endsOn\n            reviewEveryMonths\n            nextReviewOn\n            lastReviewedAt\n            lastReviewNote\n            parties { commitment organization { id name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) { id }\n  }\n": typeof types.CreateAgreementDocument,
    "\n  query OrganizationChoices($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      organizations(first: 100) { edges { node { id name status } } }\n    }\n  }\n": typeof types.OrganizationChoicesDocument,
    "\n  mutation ReviewAgreement($input: ReviewAgreementInput!) {\n    reviewAgreement(input: $input) { id nextReviewOn }\n  }\n": typeof types.ReviewAgreementDocument,
    "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) { id endsOn }\n  }\n": typeof types.RenewAgreementDocument,
    "\n  query FeedbackList($allianceId: ID!, $status: FeedbackStatus) {\n    alliance(id: $allianceId) {\n      id\n      feedback(first: 100, status: $status) {\n        totalCount\n        edges {\n          node {\n            id\n            trackingCode\n            category\n            content\n            contact\n            status\n            reply\n            createdAt\n            respondedAt\n            respondedBy { id name }\n            need { id title }\n          }\n        }\n      }\n      stats { feedback { received answered converted open averageResponseHours medianResponseHours oldestOpenHours } }\n    }\n  }\n": typeof types.FeedbackListDocument,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) { id status }\n  }\n": typeof types.AnswerFeedbackDocument,
    "\n  mutation ConvertFeedbackToNeed($input: ConvertFeedbackToNeedInput!) {\n    convertFeedbackToNeed(input: $input) { id status need { id title } }\n  }\n": typeof types.ConvertFeedbackToNeedDocument,
    "\n  query PublicAllianceName($id: ID!) {\n    publicAlliance(id: $id) { id name region }\n  }\n": typeof types.PublicAllianceNameDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { id trackingCode status }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  query TrackFeedback($code: String!) {\n    trackFeedback(trackingCode: $code) { trackingCode allianceName category content status reply submittedAt respondedAt }\n  }\n": typeof types.TrackFeedbackDocument,
    "\n  query Meeting($id: ID!) {\n    node(id: $id) { ... on Meeting { ...MeetingFields } }\n  }\n": typeof types.MeetingDocument,
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
    "\n  query Members($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      members(first: 100) { edges { node { id role title user { id name } organization { id name } } } }\n    }\n  }\n": types.MembersDocument,
    "\n  query ProjectChoices($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      projects(first: 100) { edges { node { id title status } } }\n    }\n  }\n": types.ProjectChoicesDocument,
    "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    scheduledAt\n    location\n    status\n    agendaLeadHours\n    agendaClosesAt\n    attendancePoints\n    heldAt\n    minutes\n    agenda { id title description createdAt submittedBy { id name } project { id title } }\n    attendance { id user { id name } organization { id name } }\n    resolutions { id position text project { id title } }\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query Meetings($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      meetings(first: 50) { totalCount edges { node { ...MeetingFields } } }\n    }\n  }\n": types.MeetingsDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { id }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation SubmitAgendaItem($input: SubmitAgendaItemInput!) {\n    submitAgendaItem(input: $input) { id }\n  }\n": types.SubmitAgendaItemDocument,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { id status }\n  }\n": types.RecordMeetingDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    title\n    proposal\n    status\n    stages\n    nextStage\n    createdAt\n    passedAt\n    decisionPublishedAt\n    resultsPublishedAt\n    results\n    project { id title status }\n    records { id kind position outcome heldOn eligible present votesFor votesAgainst votesAbstain note createdAt }\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query Decisions($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      decisionStages\n      decisions(first: 100) {\n        totalCount\n        edges { node { ...DecisionFields proposedBy { id name } records { id recordedBy { id name } } } }\n      }\n      projects(first: 100) { edges { node { id title status } } }\n    }\n  }\n": types.DecisionsDocument,
    "\n  mutation StartDecision($input: StartDecisionInput!) {\n    startDecision(input: $input) { id status }\n  }\n": types.StartDecisionDocument,
    "\n  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {\n    recordDecisionStage(input: $input) { id status nextStage }\n  }\n": types.RecordDecisionStageDocument,
    "\n  query PublicAlliance($id: ID!) {\n    publicAlliance(id: $id) {\n      id\n      name\n      region\n      description\n      decisionStages\n      decisions(first: 50) { totalCount edges { node { ...DecisionFields } } }\n      stats { feedback { received answered converted open averageResponseHours medianResponseHours } }\n    }\n  }\n": types.PublicAllianceDocument,
    "\n  query Points($allianceId: ID!, $holder: PointHolder, $cause: PointCause) {\n    alliance(id: $allianceId) {\n      id\n      pointRules { resourceKind points per }\n      stats {\n        points {\n          organizations { organization { id name } points entries }\n          members { user { id name } points entries }\n        }\n      }\n      pointEntries(first: 100, holder: $holder, cause: $cause) {\n        totalCount\n        edges { node { id cause causeId holder points explanation createdAt organization { id name } user { id name } } }\n      }\n      serviceDays(first: 50) {\n        edges {\n          node {\n            id\n            title\n            date\n            points\n            capacity\n            signedUp\n            attendanceRecorded\n            signups { id attended user { id name } organization { id name } }\n          }\n        }\n      }\n    }\n  }\n": types.PointsDocument,
    "\n  mutation ScheduleServiceDay($input: ScheduleServiceDayInput!) {\n    scheduleServiceDay(input: $input) { id }\n  }\n": types.ScheduleServiceDayDocument,
    "\n  mutation SignUpForServiceDay($input: SignUpForServiceDayInput!) {\n    signUpForServiceDay(input: $input) { id }\n  }\n": types.SignUpForServiceDayDocument,
    "\n  mutation RecordServiceDayAttendance($input: RecordServiceDayAttendanceInput!) {\n    recordServiceDayAttendance(input: $input) { id attendanceRecorded }\n  }\n": types.RecordServiceDayAttendanceDocument,
    "\n  query Agreements($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      agreements(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            description\n            startsOn\n            endsOn\n            reviewEveryMonths\n            nextReviewOn\n            lastReviewedAt\n            lastReviewNote\n            parties { commitment organization { id name } }\n          }\n        }\n      }\n    }\n  }\n": types.AgreementsDocument,
    "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) { id }\n  }\n": types.CreateAgreementDocument,
    "\n  query OrganizationChoices($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      organizations(first: 100) { edges { node { id name status } } }\n    }\n  }\n": types.OrganizationChoicesDocument,
    "\n  mutation ReviewAgreement($input: ReviewAgreementInput!) {\n    reviewAgreement(input: $input) { id nextReviewOn }\n  }\n": types.ReviewAgreementDocument,
    "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) { id endsOn }\n  }\n": types.RenewAgreementDocument,
    "\n  query FeedbackList($allianceId: ID!, $status: FeedbackStatus) {\n    alliance(id: $allianceId) {\n      id\n      feedback(first: 100, status: $status) {\n        totalCount\n        edges {\n          node {\n            id\n            trackingCode\n            category\n            content\n            contact\n            status\n            reply\n            createdAt\n            respondedAt\n            respondedBy { id name }\n            need { id title }\n          }\n        }\n      }\n      stats { feedback { received answered converted open averageResponseHours medianResponseHours oldestOpenHours } }\n    }\n  }\n": types.FeedbackListDocument,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) { id status }\n  }\n": types.AnswerFeedbackDocument,
    "\n  mutation ConvertFeedbackToNeed($input: ConvertFeedbackToNeedInput!) {\n    convertFeedbackToNeed(input: $input) { id status need { id title } }\n  }\n": types.ConvertFeedbackToNeedDocument,
    "\n  query PublicAllianceName($id: ID!) {\n    publicAlliance(id: $id) { id name region }\n  }\n": types.PublicAllianceNameDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { id trackingCode status }\n  }\n": types.SubmitFeedbackDocument,
    "\n  query TrackFeedback($code: String!) {\n    trackFeedback(trackingCode: $code) { trackingCode allianceName category content status reply submittedAt respondedAt }\n  }\n": types.TrackFeedbackDocument,
    "\n  query Meeting($id: ID!) {\n    node(id: $id) { ... on Meeting { ...MeetingFields } }\n  }\n": types.MeetingDocument,
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
export function graphql(source: "\n  query Members($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      members(first: 100) { edges { node { id role title user { id name } organization { id name } } } }\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectChoices($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      projects(first: 100) { edges { node { id title status } } }\n    }\n  }\n"): typeof import('./graphql').ProjectChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    id\n    title\n    scheduledAt\n    location\n    status\n    agendaLeadHours\n    agendaClosesAt\n    attendancePoints\n    heldAt\n    minutes\n    agenda { id title description createdAt submittedBy { id name } project { id title } }\n    attendance { id user { id name } organization { id name } }\n    resolutions { id position text project { id title } }\n  }\n"): typeof import('./graphql').MeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      meetings(first: 50) { totalCount edges { node { ...MeetingFields } } }\n    }\n  }\n"): typeof import('./graphql').MeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) { id }\n  }\n"): typeof import('./graphql').ScheduleMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAgendaItem($input: SubmitAgendaItemInput!) {\n    submitAgendaItem(input: $input) { id }\n  }\n"): typeof import('./graphql').SubmitAgendaItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) { id status }\n  }\n"): typeof import('./graphql').RecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    title\n    proposal\n    status\n    stages\n    nextStage\n    createdAt\n    passedAt\n    decisionPublishedAt\n    resultsPublishedAt\n    results\n    project { id title status }\n    records { id kind position outcome heldOn eligible present votesFor votesAgainst votesAbstain note createdAt }\n  }\n"): typeof import('./graphql').DecisionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Decisions($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      decisionStages\n      decisions(first: 100) {\n        totalCount\n        edges { node { ...DecisionFields proposedBy { id name } records { id recordedBy { id name } } } }\n      }\n      projects(first: 100) { edges { node { id title status } } }\n    }\n  }\n"): typeof import('./graphql').DecisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDecision($input: StartDecisionInput!) {\n    startDecision(input: $input) { id status }\n  }\n"): typeof import('./graphql').StartDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {\n    recordDecisionStage(input: $input) { id status nextStage }\n  }\n"): typeof import('./graphql').RecordDecisionStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAlliance($id: ID!) {\n    publicAlliance(id: $id) {\n      id\n      name\n      region\n      description\n      decisionStages\n      decisions(first: 50) { totalCount edges { node { ...DecisionFields } } }\n      stats { feedback { received answered converted open averageResponseHours medianResponseHours } }\n    }\n  }\n"): typeof import('./graphql').PublicAllianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Points($allianceId: ID!, $holder: PointHolder, $cause: PointCause) {\n    alliance(id: $allianceId) {\n      id\n      pointRules { resourceKind points per }\n      stats {\n        points {\n          organizations { organization { id name } points entries }\n          members { user { id name } points entries }\n        }\n      }\n      pointEntries(first: 100, holder: $holder, cause: $cause) {\n        totalCount\n        edges { node { id cause causeId holder points explanation createdAt organization { id name } user { id name } } }\n      }\n      serviceDays(first: 50) {\n        edges {\n          node {\n            id\n            title\n            date\n            points\n            capacity\n            signedUp\n            attendanceRecorded\n            signups { id attended user { id name } organization { id name } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleServiceDay($input: ScheduleServiceDayInput!) {\n    scheduleServiceDay(input: $input) { id }\n  }\n"): typeof import('./graphql').ScheduleServiceDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpForServiceDay($input: SignUpForServiceDayInput!) {\n    signUpForServiceDay(input: $input) { id }\n  }\n"): typeof import('./graphql').SignUpForServiceDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordServiceDayAttendance($input: RecordServiceDayAttendanceInput!) {\n    recordServiceDayAttendance(input: $input) { id attendanceRecorded }\n  }\n"): typeof import('./graphql').RecordServiceDayAttendanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      agreements(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            title\n            description\n            startsOn\n            endsOn\n            reviewEveryMonths\n            nextReviewOn\n            lastReviewedAt\n            lastReviewNote\n            parties { commitment organization { id name } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AgreementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgreement($input: CreateAgreementInput!) {\n    createAgreement(input: $input) { id }\n  }\n"): typeof import('./graphql').CreateAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChoices($allianceId: ID!) {\n    alliance(id: $allianceId) {\n      id\n      organizations(first: 100) { edges { node { id name status } } }\n    }\n  }\n"): typeof import('./graphql').OrganizationChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAgreement($input: ReviewAgreementInput!) {\n    reviewAgreement(input: $input) { id nextReviewOn }\n  }\n"): typeof import('./graphql').ReviewAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAgreement($input: RenewAgreementInput!) {\n    renewAgreement(input: $input) { id endsOn }\n  }\n"): typeof import('./graphql').RenewAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackList($allianceId: ID!, $status: FeedbackStatus) {\n    alliance(id: $allianceId) {\n      id\n      feedback(first: 100, status: $status) {\n        totalCount\n        edges {\n          node {\n            id\n            trackingCode\n            category\n            content\n            contact\n            status\n            reply\n            createdAt\n            respondedAt\n            respondedBy { id name }\n            need { id title }\n          }\n        }\n      }\n      stats { feedback { received answered converted open averageResponseHours medianResponseHours oldestOpenHours } }\n    }\n  }\n"): typeof import('./graphql').FeedbackListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) { id status }\n  }\n"): typeof import('./graphql').AnswerFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertFeedbackToNeed($input: ConvertFeedbackToNeedInput!) {\n    convertFeedbackToNeed(input: $input) { id status need { id title } }\n  }\n"): typeof import('./graphql').ConvertFeedbackToNeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAllianceName($id: ID!) {\n    publicAlliance(id: $id) { id name region }\n  }\n"): typeof import('./graphql').PublicAllianceNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { id trackingCode status }\n  }\n"): typeof import('./graphql').SubmitFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackFeedback($code: String!) {\n    trackFeedback(trackingCode: $code) { trackingCode allianceName category content status reply submittedAt respondedAt }\n  }\n"): typeof import('./graphql').TrackFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    node(id: $id) { ... on Meeting { ...MeetingFields } }\n  }\n"): typeof import('./graphql').MeetingDocument;
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
