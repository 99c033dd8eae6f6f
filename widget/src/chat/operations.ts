// The widget's GraphQL operations. Their result and variable types are generated from
// schema/widget.graphql into ../gql/ (`pnpm codegen`); documents ship as plain strings.
import { graphql } from '../gql/index.js';

graphql(`
  fragment VisitorMessageFields on VisitorMessage {
    id
    seq
    role
    text
    citations {
      title
      slug
    }
    helpful
    runId
    createdAt
  }
  fragment VisitorReplyFields on VisitorReply {
    runId
    text
    typing
    handoffOffered
    personWillReply
    done
  }
  fragment VisitorConversationFields on VisitorConversation {
    id
    handoff
    lastSeq
    messages {
      ...VisitorMessageFields
    }
    reply {
      ...VisitorReplyFields
    }
  }
  fragment MeetingSlotFields on MeetingSlot {
    id
    start
    end
    label
    hostName
  }
`);

export const START_SESSION = graphql(`
  mutation StartVisitorSession($identity: VisitorIdentityInput) {
    startVisitorSession(identity: $identity) {
      token
      identified
    }
  }
`);
export const CONVERSATION = graphql(`
  query VisitorConversation {
    visitorConversation {
      ...VisitorConversationFields
    }
  }
`);
export const SEND_MESSAGE = graphql(`
  mutation SendVisitorMessage($text: String!, $id: String!) {
    sendVisitorMessage(text: $text, clientMessageId: $id) {
      ...VisitorMessageFields
    }
  }
`);
export const RATE_REPLY = graphql(`
  mutation RateReply($id: ID!, $h: Boolean!) {
    rateReply(messageId: $id, helpful: $h) {
      ...VisitorMessageFields
    }
  }
`);
export const REQUEST_HUMAN = graphql(`
  mutation RequestHuman {
    requestHuman {
      ...VisitorConversationFields
    }
  }
`);
export const SUBMIT_LEAD = graphql(`
  mutation SubmitLead($input: VisitorLeadInput!) {
    submitLead(input: $input) {
      id
      hot
      offerMeeting
    }
  }
`);
export const MEETING_SLOTS = graphql(`
  query MeetingSlots($tz: String!) {
    meetingSlots(timeZone: $tz) {
      ...MeetingSlotFields
    }
  }
`);
export const BOOK_MEETING = graphql(`
  mutation BookMeeting($id: ID!, $tz: String!) {
    bookMeeting(slotId: $id, timeZone: $tz) {
      id
      start
      end
      label
      hostName
      videoUrl
      ics
    }
  }
`);
export const VISITOR_EVENTS = graphql(`
  subscription VisitorEvents($afterSeq: Int) {
    visitorEvents(afterSeq: $afterSeq) {
      message {
        ...VisitorMessageFields
      }
      reply {
        ...VisitorReplyFields
      }
      handoff
    }
  }
`);
