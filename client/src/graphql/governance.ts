/**
 * Operations of the governance views (联席会议, 决策, 积分, 共建协议, 居民反馈) and the public pages.
 * Types come from GraphQL Code Generator like the rest (`npm run codegen` writes client/src/gql/).
 */
import { graphql } from '../gql';

export const MembersDocument = graphql(`
  query Members($allianceId: ID!) {
    alliance(id: $allianceId) {
      id
      members(first: 100) { edges { node { id role title user { id name } organization { id name } } } }
    }
  }
`);

export const ProjectChoicesDocument = graphql(`
  query ProjectChoices($allianceId: ID!) {
    alliance(id: $allianceId) {
      id
      projects(first: 100) { edges { node { id title status } } }
    }
  }
`);

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    title
    scheduledAt
    location
    status
    agendaLeadHours
    agendaClosesAt
    attendancePoints
    heldAt
    minutes
    agenda { id title description createdAt submittedBy { id name } project { id title } }
    attendance { id user { id name } organization { id name } }
    resolutions { id position text project { id title } }
  }
`);

export const MeetingsDocument = graphql(`
  query Meetings($allianceId: ID!) {
    alliance(id: $allianceId) {
      id
      meetings(first: 50) { totalCount edges { node { ...MeetingFields } } }
    }
  }
`);

export const ScheduleMeetingDocument = graphql(`
  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { id }
  }
`);

export const SubmitAgendaItemDocument = graphql(`
  mutation SubmitAgendaItem($input: SubmitAgendaItemInput!) {
    submitAgendaItem(input: $input) { id }
  }
`);

export const RecordMeetingDocument = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) { id status }
  }
`);

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    title
    proposal
    status
    stages
    nextStage
    createdAt
    passedAt
    decisionPublishedAt
    resultsPublishedAt
    results
    project { id title status }
    records { id kind position outcome heldOn eligible present votesFor votesAgainst votesAbstain note createdAt }
  }
`);

export const DecisionsDocument = graphql(`
  query Decisions($allianceId: ID!) {
    alliance(id: $allianceId) {
      id
      decisionStages
      decisions(first: 100) {
        totalCount
        edges { node { ...DecisionFields proposedBy { id name } records { id recordedBy { id name } } } }
      }
      projects(first: 100) { edges { node { id title status } } }
    }
  }
`);

export const StartDecisionDocument = graphql(`
  mutation StartDecision($input: StartDecisionInput!) {
    startDecision(input: $input) { id status }
  }
`);

export const RecordDecisionStageDocument = graphql(`
  mutation RecordDecisionStage($input: RecordDecisionStageInput!) {
    recordDecisionStage(input: $input) { id status nextStage }
  }
`);

export const PublicAllianceDocument = graphql(`
  query PublicAlliance($id: ID!) {
    publicAlliance(id: $id) {
      id
      name
      region
      description
      decisionStages
      decisions(first: 50) { totalCount edges { node { ...DecisionFields } } }
      stats { feedback { received answered converted open averageResponseHours medianResponseHours } }
    }
  }
`);

export const PointsDocument = graphql(`
  query Points($allianceId: ID!, $holder: PointHolder, $cause: PointCause) {
    alliance(id: $allianceId) {
      id
      pointRules { resourceKind points per }
      stats {
        points {
          organizations { organization { id name } points entries }
          members { user { id name } points entries }
        }
      }
      pointEntries(first: 100, holder: $holder, cause: $cause) {
        totalCount
        edges { node { id cause causeId holder points explanation createdAt organization { id name } user { id name } } }
      }
      serviceDays(first: 50) {
        edges {
          node {
            id
            title
            date
            points
            capacity
            signedUp
            attendanceRecorded
            signups { id attended user { id name } organization { id name } }
          }
        }
      }
    }
  }
`);

export const ScheduleServiceDayDocument = graphql(`
  mutation ScheduleServiceDay($input: ScheduleServiceDayInput!) {
    scheduleServiceDay(input: $input) { id }
  }
`);

export const SignUpForServiceDayDocument = graphql(`
  mutation SignUpForServiceDay($input: SignUpForServiceDayInput!) {
    signUpForServiceDay(input: $input) { id }
  }
`);

export const RecordServiceDayAttendanceDocument = graphql(`
  mutation RecordServiceDayAttendance($input: RecordServiceDayAttendanceInput!) {
    recordServiceDayAttendance(input: $input) { id attendanceRecorded }
  }
`);

export const AgreementsDocument = graphql(`
  query Agreements($allianceId: ID!) {
    alliance(id: $allianceId) {
      id
      agreements(first: 100) {
        totalCount
        edges {
          node {
            id
            title
            description
            startsOn
            endsOn
            reviewEveryMonths
            nextReviewOn
            lastReviewedAt
            lastReviewNote
            parties { commitment organization { id name } }
          }
        }
      }
    }
  }
`);

export const CreateAgreementDocument = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) { id }
  }
`);

export const OrganizationChoicesDocument = graphql(`
  query OrganizationChoices($allianceId: ID!) {
    alliance(id: $allianceId) {
      id
      organizations(first: 100) { edges { node { id name status } } }
    }
  }
`);

export const ReviewAgreementDocument = graphql(`
  mutation ReviewAgreement($input: ReviewAgreementInput!) {
    reviewAgreement(input: $input) { id nextReviewOn }
  }
`);

export const RenewAgreementDocument = graphql(`
  mutation RenewAgreement($input: RenewAgreementInput!) {
    renewAgreement(input: $input) { id endsOn }
  }
`);

export const FeedbackListDocument = graphql(`
  query FeedbackList($allianceId: ID!, $status: FeedbackStatus) {
    alliance(id: $allianceId) {
      id
      feedback(first: 100, status: $status) {
        totalCount
        edges {
          node {
            id
            trackingCode
            category
            content
            contact
            status
            reply
            createdAt
            respondedAt
            respondedBy { id name }
            need { id title }
          }
        }
      }
      stats { feedback { received answered converted open averageResponseHours medianResponseHours oldestOpenHours } }
    }
  }
`);

export const AnswerFeedbackDocument = graphql(`
  mutation AnswerFeedback($input: AnswerFeedbackInput!) {
    answerFeedback(input: $input) { id status }
  }
`);

export const ConvertFeedbackToNeedDocument = graphql(`
  mutation ConvertFeedbackToNeed($input: ConvertFeedbackToNeedInput!) {
    convertFeedbackToNeed(input: $input) { id status need { id title } }
  }
`);

export const PublicAllianceNameDocument = graphql(`
  query PublicAllianceName($id: ID!) {
    publicAlliance(id: $id) { id name region }
  }
`);

export const SubmitFeedbackDocument = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) { id trackingCode status }
  }
`);

export const TrackFeedbackDocument = graphql(`
  query TrackFeedback($code: String!) {
    trackFeedback(trackingCode: $code) { trackingCode allianceName category content status reply submittedAt respondedAt }
  }
`);

export const MeetingDocument = graphql(`
  query Meeting($id: ID!) {
    node(id: $id) { ... on Meeting { ...MeetingFields } }
  }
`);
