// The Automation area's GraphQL operations (schedules, inbound and outbound webhooks, threshold
// triggers); their types are generated into ../gql/ (`pnpm codegen`).
import { graphql } from '../gql/index.js';
import type {
  AutomationInboundQuery,
  AutomationOutboundQuery,
  AutomationScenariosQuery,
  AutomationSchedulesQuery,
  AutomationThresholdsQuery,
  MissedTickPolicy,
  OutboundDeliveryFieldsFragment,
  SchedulePreviewQuery,
  ThresholdCondition,
  WebhookEventType,
} from '../gql/graphql.js';

export type { MissedTickPolicy, ThresholdCondition, WebhookEventType };
export type AutomationScenario = AutomationScenariosQuery['scenarios'][number];
export type ScheduleView = AutomationSchedulesQuery['schedules'][number];
export type SchedulePreview = SchedulePreviewQuery['schedulePreview'];
export type WebhookEndpointView = AutomationInboundQuery['webhookEndpoints'][number];
export type InboundDeliveryView = WebhookEndpointView['deliveries'][number];
export type WebhookSubscriptionView = AutomationOutboundQuery['webhookSubscriptions'][number];
export type OutboundDeliveryView = OutboundDeliveryFieldsFragment;
export type ThresholdTriggerView = AutomationThresholdsQuery['thresholdTriggers'][number];
export type ThresholdCrossingView = ThresholdTriggerView['crossings'][number];

/** Every scenario a trigger may start, with its agent (the pickers group by agent). */
export const AUTOMATION_SCENARIOS = graphql(`
  query AutomationScenarios {
    scenarios {
      key
      title
      sampleInput
      agent {
        key
        name
      }
    }
  }
`);

// --- schedules ---

export const SCHEDULE_FIELDS = graphql(`
  fragment ScheduleFields on Schedule {
    id
    scenarioKey
    scenarioTitle
    agentKey
    cron
    timeZone
    followsWorkspaceTimeZone
    enabled
    missedTickPolicy
    input
    description
    nextFireTimes(count: 5)
    lastTickAt
    lastRunId
  }
`);

export const AUTOMATION_SCHEDULES = graphql(`
  query AutomationSchedules {
    schedules {
      ...ScheduleFields
    }
  }
`);

/** The cron in words and its next fire times, as typed (INVALID_CRON says what is wrong). */
export const SCHEDULE_PREVIEW = graphql(`
  query SchedulePreview($cron: String!, $timeZone: String) {
    schedulePreview(cron: $cron, timeZone: $timeZone, count: 5) {
      description
      timeZone
      nextFireTimes
    }
  }
`);

export const SAVE_SCHEDULE = graphql(`
  mutation SaveSchedule($input: ScheduleInput!) {
    saveSchedule(input: $input) {
      ...ScheduleFields
    }
  }
`);

export const DELETE_SCHEDULE = graphql(`
  mutation DeleteSchedule($id: ID!) {
    deleteSchedule(id: $id)
  }
`);

// --- inbound webhooks ---

export const WEBHOOK_ENDPOINT_FIELDS = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    name
    scenarioKey
    agentKey
    url
    enabled
    secretHint
    createdAt
    lastDeliveryAt
    deliveries(first: 20) {
      id
      messageId
      eventType
      status
      errorCode
      error
      runId
      receivedAt
    }
  }
`);

export const AUTOMATION_INBOUND = graphql(`
  query AutomationInbound {
    webhookEndpoints {
      ...WebhookEndpointFields
    }
  }
`);

export const CREATE_WEBHOOK_ENDPOINT = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const ROTATE_WEBHOOK_ENDPOINT_SECRET = graphql(`
  mutation RotateWebhookEndpointSecret($id: ID!) {
    rotateWebhookEndpointSecret(id: $id) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const UPDATE_WEBHOOK_ENDPOINT = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {
    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {
      ...WebhookEndpointFields
    }
  }
`);

export const DELETE_WEBHOOK_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

// --- outbound webhooks ---

export const OUTBOUND_DELIVERY_FIELDS = graphql(`
  fragment OutboundDeliveryFields on OutboundDelivery {
    id
    eventType
    status
    attempts
    lastStatusCode
    lastError
    nextAttemptAt
    deliveredAt
    createdAt
    payload
    attemptLog {
      at
      statusCode
      error
      durationMs
    }
  }
`);

export const WEBHOOK_SUBSCRIPTION_FIELDS = graphql(`
  fragment WebhookSubscriptionFields on WebhookSubscription {
    id
    url
    description
    eventTypes
    enabled
    disabledReason
    secretHint
    consecutiveFailures
    createdAt
    deliveries(first: 20) {
      ...OutboundDeliveryFields
    }
  }
`);

export const AUTOMATION_OUTBOUND = graphql(`
  query AutomationOutbound {
    webhookSubscriptions {
      ...WebhookSubscriptionFields
    }
  }
`);

export const CREATE_WEBHOOK_SUBSCRIPTION = graphql(`
  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        ...WebhookSubscriptionFields
      }
    }
  }
`);

export const UPDATE_WEBHOOK_SUBSCRIPTION = graphql(`
  mutation UpdateWebhookSubscription($id: ID!, $input: UpdateWebhookSubscriptionInput!) {
    updateWebhookSubscription(id: $id, input: $input) {
      ...WebhookSubscriptionFields
    }
  }
`);

export const DELETE_WEBHOOK_SUBSCRIPTION = graphql(`
  mutation DeleteWebhookSubscription($id: ID!) {
    deleteWebhookSubscription(id: $id)
  }
`);

export const REDELIVER_WEBHOOK = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      ...OutboundDeliveryFields
    }
  }
`);

export const SEND_TEST_WEBHOOK = graphql(`
  mutation SendTestWebhook($subscriptionId: ID!) {
    sendTestWebhook(subscriptionId: $subscriptionId) {
      ...OutboundDeliveryFields
    }
  }
`);

// --- threshold triggers ---

export const THRESHOLD_TRIGGER_FIELDS = graphql(`
  fragment ThresholdTriggerFields on ThresholdTrigger {
    id
    condition
    params
    description
    scenarioKey
    agentKey
    enabled
    createdAt
    crossings(first: 20) {
      id
      subject
      detail
      value
      crossedAt
      clearedAt
      runId
      baseline
      runError
    }
  }
`);

export const AUTOMATION_THRESHOLDS = graphql(`
  query AutomationThresholds {
    thresholdTriggers {
      ...ThresholdTriggerFields
    }
  }
`);

export const SAVE_THRESHOLD_TRIGGER = graphql(`
  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {
    saveThresholdTrigger(input: $input) {
      ...ThresholdTriggerFields
    }
  }
`);

export const DELETE_THRESHOLD_TRIGGER = graphql(`
  mutation DeleteThresholdTrigger($id: ID!) {
    deleteThresholdTrigger(id: $id)
  }
`);
