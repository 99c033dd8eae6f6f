/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  fragment ReviewedApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    expiresAt\n    executedAt\n  }\n": typeof types.ReviewedApprovalFieldsFragmentDoc,
    "\n  query Waiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        ...ReviewedApprovalFields\n      }\n    }\n  }\n": typeof types.WaitingDocument,
    "\n  mutation Approve($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveDocument,
    "\n  mutation Reject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectDocument,
    "\n  query ReviewedApprovals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses) {\n      totalItems\n      items {\n        ...ReviewedApprovalFields\n        run {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReviewedApprovalsDocument,
    "\n  subscription Kinds($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n": typeof types.KindsDocument,
    "\n  query Catalog {\n    agents {\n      key\n      name\n      enabled\n      model\n      scenarios {\n        key\n        title\n        agent {\n          key\n        }\n      }\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  query FoundAndMissing {\n    found: agent(key: \"reporting\") {\n      key\n      name\n    }\n    missing: agent(key: \"astrology\") {\n      key\n    }\n  }\n": typeof types.FoundAndMissingDocument,
    "\n  query SupportScenarios {\n    scenarios(agentKey: \"support\") {\n      key\n    }\n  }\n": typeof types.SupportScenariosDocument,
    "\n  query AllScenarios {\n    scenarios {\n      key\n    }\n  }\n": typeof types.AllScenariosDocument,
    "\n  fragment EditedAgentFields on Agent {\n    key\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n": typeof types.EditedAgentFieldsFragmentDoc,
    "\n  query Agent($key: String!) {\n    agent(key: $key) {\n      ...EditedAgentFields\n    }\n  }\n": typeof types.AgentDocument,
    "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...EditedAgentFields\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  mutation StartConversation {\n    startConversation {\n      id\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  mutation RequestHuman($id: ID!) {\n    requestHuman(conversationId: $id) {\n      id\n    }\n  }\n": typeof types.RequestHumanDocument,
    "\n  query Conversations($handoffStates: [HandoffState!], $first: Int, $offset: Int) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        id\n        handoffState\n        visitorId\n        lastMessage {\n          role\n          text\n          runId\n        }\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n      escalations\n      handoffs\n      openApprovals\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Audit($search: String, $actions: [String!]) {\n    auditEvents(search: $search, actions: $actions) {\n      totalItems\n      items {\n        id\n        actor\n        action\n        targetType\n        targetId\n        data\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  query RunWithInput($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      input\n      output\n      error\n      errorCode\n      lastSeq\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": typeof types.RunWithInputDocument,
    "\n  query RunFlags($id: ID!) {\n    run(id: $id) {\n      id\n      flags\n    }\n  }\n": typeof types.RunFlagsDocument,
    "\n  query PublicView($id: ID!) {\n    run(id: $id) {\n      status\n      publicView {\n        runId\n        status\n        replyText\n        typing\n        handoff\n        citations {\n          title\n          slug\n        }\n        lastSeq\n      }\n    }\n  }\n": typeof types.PublicViewDocument,
    "\n  query AgentPrompts {\n    agents {\n      key\n      systemPrompt\n      tools\n    }\n  }\n": typeof types.AgentPromptsDocument,
    "\n  fragment KnowledgeArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n  }\n": typeof types.KnowledgeArticleFieldsFragmentDoc,
    "\n  mutation Create($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": typeof types.CreateDocument,
    "\n  mutation Update($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": typeof types.UpdateDocument,
    "\n  mutation Delete($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n": typeof types.DeleteDocument,
    "\n  query Article($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      ...KnowledgeArticleFields\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  fragment StepFields on RunStep {\n    id\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    startedAt\n    inputTokens\n    outputTokens\n    costUsd\n  }\n": typeof types.StepFieldsFragmentDoc,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      lastSeq\n      idempotencyKey\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n    }\n  }\n": typeof types.StartRunDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      provider\n      lastSeq\n      startedAt\n      finishedAt\n      inputTokens\n      outputTokens\n      costUsd\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": typeof types.RunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": typeof types.RunStepsDocument,
    "\n  subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n      streaming\n      textDelta {\n        offset\n        text\n      }\n    }\n  }\n": typeof types.RunStepsStreamedDocument,
    "\n  mutation Cancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelDocument,
    "\n  query ReferenceAgents {\n    agents {\n      key\n      tools\n      systemPrompt\n      scenarios {\n        key\n        sampleInput\n      }\n    }\n  }\n": typeof types.ReferenceAgentsDocument,
    "\n  mutation EditAgentTools($key: String!, $tools: [String!]) {\n    updateAgent(key: $key, input: { tools: $tools }) {\n      key\n    }\n  }\n": typeof types.EditAgentToolsDocument,
    "\n  query SampleScenarios {\n    scenarios {\n      key\n      title\n      agent {\n        key\n      }\n    }\n  }\n": typeof types.SampleScenariosDocument,
    "\n  query SampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      pendingApproval {\n        toolName\n      }\n    }\n  }\n": typeof types.SampleRunDocument,
    "\n  mutation RotateIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": typeof types.RotateIdentitySecretDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      handoffState\n    }\n  }\n": typeof types.TakeOverDocument,
    "\n  mutation SendHumanMessage($id: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $id, text: $text) {\n      id\n    }\n  }\n": typeof types.SendHumanMessageDocument,
    "\n  subscription ConversationEvents($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      message {\n        seq\n        role\n        text\n      }\n      handoffState\n    }\n  }\n": typeof types.ConversationEventsDocument,
    "\n  mutation CreatePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n      key\n      allowedOrigins\n    }\n  }\n": typeof types.CreatePublishableKeyDocument,
    "\n  mutation RevokePublishableKey($id: ID!) {\n    revokePublishableKey(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.RevokePublishableKeyDocument,
};
const documents: Documents = {
    "\n  fragment ReviewedApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    expiresAt\n    executedAt\n  }\n": types.ReviewedApprovalFieldsFragmentDoc,
    "\n  query Waiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        ...ReviewedApprovalFields\n      }\n    }\n  }\n": types.WaitingDocument,
    "\n  mutation Approve($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n": types.ApproveDocument,
    "\n  mutation Reject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectDocument,
    "\n  query ReviewedApprovals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses) {\n      totalItems\n      items {\n        ...ReviewedApprovalFields\n        run {\n          id\n        }\n      }\n    }\n  }\n": types.ReviewedApprovalsDocument,
    "\n  subscription Kinds($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n": types.KindsDocument,
    "\n  query Catalog {\n    agents {\n      key\n      name\n      enabled\n      model\n      scenarios {\n        key\n        title\n        agent {\n          key\n        }\n      }\n    }\n  }\n": types.CatalogDocument,
    "\n  query FoundAndMissing {\n    found: agent(key: \"reporting\") {\n      key\n      name\n    }\n    missing: agent(key: \"astrology\") {\n      key\n    }\n  }\n": types.FoundAndMissingDocument,
    "\n  query SupportScenarios {\n    scenarios(agentKey: \"support\") {\n      key\n    }\n  }\n": types.SupportScenariosDocument,
    "\n  query AllScenarios {\n    scenarios {\n      key\n    }\n  }\n": types.AllScenariosDocument,
    "\n  fragment EditedAgentFields on Agent {\n    key\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n": types.EditedAgentFieldsFragmentDoc,
    "\n  query Agent($key: String!) {\n    agent(key: $key) {\n      ...EditedAgentFields\n    }\n  }\n": types.AgentDocument,
    "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...EditedAgentFields\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  mutation StartConversation {\n    startConversation {\n      id\n    }\n  }\n": types.StartConversationDocument,
    "\n  mutation RequestHuman($id: ID!) {\n    requestHuman(conversationId: $id) {\n      id\n    }\n  }\n": types.RequestHumanDocument,
    "\n  query Conversations($handoffStates: [HandoffState!], $first: Int, $offset: Int) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        id\n        handoffState\n        visitorId\n        lastMessage {\n          role\n          text\n          runId\n        }\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n      escalations\n      handoffs\n      openApprovals\n    }\n  }\n": types.DashboardDocument,
    "\n  query Audit($search: String, $actions: [String!]) {\n    auditEvents(search: $search, actions: $actions) {\n      totalItems\n      items {\n        id\n        actor\n        action\n        targetType\n        targetId\n        data\n        createdAt\n      }\n    }\n  }\n": types.AuditDocument,
    "\n  query RunWithInput($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      input\n      output\n      error\n      errorCode\n      lastSeq\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": types.RunWithInputDocument,
    "\n  query RunFlags($id: ID!) {\n    run(id: $id) {\n      id\n      flags\n    }\n  }\n": types.RunFlagsDocument,
    "\n  query PublicView($id: ID!) {\n    run(id: $id) {\n      status\n      publicView {\n        runId\n        status\n        replyText\n        typing\n        handoff\n        citations {\n          title\n          slug\n        }\n        lastSeq\n      }\n    }\n  }\n": types.PublicViewDocument,
    "\n  query AgentPrompts {\n    agents {\n      key\n      systemPrompt\n      tools\n    }\n  }\n": types.AgentPromptsDocument,
    "\n  fragment KnowledgeArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n  }\n": types.KnowledgeArticleFieldsFragmentDoc,
    "\n  mutation Create($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": types.CreateDocument,
    "\n  mutation Update($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": types.UpdateDocument,
    "\n  mutation Delete($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n": types.DeleteDocument,
    "\n  query Article($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      ...KnowledgeArticleFields\n    }\n  }\n": types.ArticleDocument,
    "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  fragment StepFields on RunStep {\n    id\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    startedAt\n    inputTokens\n    outputTokens\n    costUsd\n  }\n": types.StepFieldsFragmentDoc,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      lastSeq\n      idempotencyKey\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n    }\n  }\n": types.StartRunDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      provider\n      lastSeq\n      startedAt\n      finishedAt\n      inputTokens\n      outputTokens\n      costUsd\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": types.RunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": types.RunStepsDocument,
    "\n  subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n      streaming\n      textDelta {\n        offset\n        text\n      }\n    }\n  }\n": types.RunStepsStreamedDocument,
    "\n  mutation Cancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelDocument,
    "\n  query ReferenceAgents {\n    agents {\n      key\n      tools\n      systemPrompt\n      scenarios {\n        key\n        sampleInput\n      }\n    }\n  }\n": types.ReferenceAgentsDocument,
    "\n  mutation EditAgentTools($key: String!, $tools: [String!]) {\n    updateAgent(key: $key, input: { tools: $tools }) {\n      key\n    }\n  }\n": types.EditAgentToolsDocument,
    "\n  query SampleScenarios {\n    scenarios {\n      key\n      title\n      agent {\n        key\n      }\n    }\n  }\n": types.SampleScenariosDocument,
    "\n  query SampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      pendingApproval {\n        toolName\n      }\n    }\n  }\n": types.SampleRunDocument,
    "\n  mutation RotateIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": types.RotateIdentitySecretDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      handoffState\n    }\n  }\n": types.TakeOverDocument,
    "\n  mutation SendHumanMessage($id: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $id, text: $text) {\n      id\n    }\n  }\n": types.SendHumanMessageDocument,
    "\n  subscription ConversationEvents($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      message {\n        seq\n        role\n        text\n      }\n      handoffState\n    }\n  }\n": types.ConversationEventsDocument,
    "\n  mutation CreatePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n      key\n      allowedOrigins\n    }\n  }\n": types.CreatePublishableKeyDocument,
    "\n  mutation RevokePublishableKey($id: ID!) {\n    revokePublishableKey(id: $id) {\n      revokedAt\n    }\n  }\n": types.RevokePublishableKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewedApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    expiresAt\n    executedAt\n  }\n"): typeof import('./graphql.js').ReviewedApprovalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Waiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        ...ReviewedApprovalFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').WaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Approve($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewedApprovals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses) {\n      totalItems\n      items {\n        ...ReviewedApprovalFields\n        run {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReviewedApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Kinds($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n"): typeof import('./graphql.js').KindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    agents {\n      key\n      name\n      enabled\n      model\n      scenarios {\n        key\n        title\n        agent {\n          key\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FoundAndMissing {\n    found: agent(key: \"reporting\") {\n      key\n      name\n    }\n    missing: agent(key: \"astrology\") {\n      key\n    }\n  }\n"): typeof import('./graphql.js').FoundAndMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportScenarios {\n    scenarios(agentKey: \"support\") {\n      key\n    }\n  }\n"): typeof import('./graphql.js').SupportScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllScenarios {\n    scenarios {\n      key\n    }\n  }\n"): typeof import('./graphql.js').AllScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditedAgentFields on Agent {\n    key\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n"): typeof import('./graphql.js').EditedAgentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agent($key: String!) {\n    agent(key: $key) {\n      ...EditedAgentFields\n    }\n  }\n"): typeof import('./graphql.js').AgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...EditedAgentFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation {\n    startConversation {\n      id\n    }\n  }\n"): typeof import('./graphql.js').StartConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestHuman($id: ID!) {\n    requestHuman(conversationId: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RequestHumanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($handoffStates: [HandoffState!], $first: Int, $offset: Int) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        id\n        handoffState\n        visitorId\n        lastMessage {\n          role\n          text\n          runId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n      escalations\n      handoffs\n      openApprovals\n    }\n  }\n"): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($search: String, $actions: [String!]) {\n    auditEvents(search: $search, actions: $actions) {\n      totalItems\n      items {\n        id\n        actor\n        action\n        targetType\n        targetId\n        data\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunWithInput($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      input\n      output\n      error\n      errorCode\n      lastSeq\n      steps {\n        ...StepFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunWithInputDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunFlags($id: ID!) {\n    run(id: $id) {\n      id\n      flags\n    }\n  }\n"): typeof import('./graphql.js').RunFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicView($id: ID!) {\n    run(id: $id) {\n      status\n      publicView {\n        runId\n        status\n        replyText\n        typing\n        handoff\n        citations {\n          title\n          slug\n        }\n        lastSeq\n      }\n    }\n  }\n"): typeof import('./graphql.js').PublicViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentPrompts {\n    agents {\n      key\n      systemPrompt\n      tools\n    }\n  }\n"): typeof import('./graphql.js').AgentPromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n  }\n"): typeof import('./graphql.js').KnowledgeArticleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Create($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n"): typeof import('./graphql.js').CreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Update($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Delete($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      ...KnowledgeArticleFields\n    }\n  }\n"): typeof import('./graphql.js').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StepFields on RunStep {\n    id\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    startedAt\n    inputTokens\n    outputTokens\n    costUsd\n  }\n"): typeof import('./graphql.js').StepFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      lastSeq\n      idempotencyKey\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql.js').StartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      provider\n      lastSeq\n      startedAt\n      finishedAt\n      inputTokens\n      outputTokens\n      costUsd\n      steps {\n        ...StepFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n"): typeof import('./graphql.js').RunStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n      streaming\n      textDelta {\n        offset\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunStepsStreamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').CancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceAgents {\n    agents {\n      key\n      tools\n      systemPrompt\n      scenarios {\n        key\n        sampleInput\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReferenceAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAgentTools($key: String!, $tools: [String!]) {\n    updateAgent(key: $key, input: { tools: $tools }) {\n      key\n    }\n  }\n"): typeof import('./graphql.js').EditAgentToolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleScenarios {\n    scenarios {\n      key\n      title\n      agent {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql.js').SampleScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      pendingApproval {\n        toolName\n      }\n    }\n  }\n"): typeof import('./graphql.js').SampleRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n"): typeof import('./graphql.js').RotateIdentitySecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      handoffState\n    }\n  }\n"): typeof import('./graphql.js').TakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendHumanMessage($id: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $id, text: $text) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SendHumanMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationEvents($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      message {\n        seq\n        role\n        text\n      }\n      handoffState\n    }\n  }\n"): typeof import('./graphql.js').ConversationEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n      key\n      allowedOrigins\n    }\n  }\n"): typeof import('./graphql.js').CreatePublishableKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePublishableKey($id: ID!) {\n    revokePublishableKey(id: $id) {\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').RevokePublishableKeyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
