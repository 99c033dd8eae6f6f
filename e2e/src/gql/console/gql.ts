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
    "\n  subscription WatchedRunUpdates {\n    runUpdated {\n      id\n      status\n    }\n  }\n": typeof types.WatchedRunUpdatesDocument,
    "\n  mutation IntegrationApiKey {\n    createApiKey(name: \"Zapier\") {\n      plainKey\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.IntegrationApiKeyDocument,
    "\n  mutation RevokeIntegrationApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeIntegrationApiKeyDocument,
    "\n  mutation RemoveConsoleUser($id: ID!) {\n    removeAdminUser(id: $id)\n  }\n": typeof types.RemoveConsoleUserDocument,
    "\n  query SearchedArticles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n": typeof types.SearchedArticlesDocument,
    "\n  mutation RotateIdentitySecretWithGrace {\n    rotateWidgetIdentitySecret {\n      secret\n      previousSecretValidUntil\n    }\n  }\n": typeof types.RotateIdentitySecretWithGraceDocument,
    "\n  mutation RotateIdentitySecretForClaims {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": typeof types.RotateIdentitySecretForClaimsDocument,
    "\n  mutation CreateSecondShopKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      key\n    }\n  }\n": typeof types.CreateSecondShopKeyDocument,
    "\n  mutation BrowserOutboxLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n    }\n  }\n": typeof types.BrowserOutboxLeadDocument,
    "\n  query BrowserOutboxWaiting($id: ID!) {\n    run(id: $id) {\n      status\n    }\n  }\n": typeof types.BrowserOutboxWaitingDocument,
    "\n  mutation BrowserOutboxApprove($id: ID!) {\n    approveRun(id: $id) {\n      id\n    }\n  }\n": typeof types.BrowserOutboxApproveDocument,
    "\n  mutation BrowserInvite($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      link\n    }\n  }\n": typeof types.BrowserInviteDocument,
    "\n  mutation ChangeMyPasswordE2e($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.ChangeMyPasswordE2eDocument,
    "\n  mutation InviteColleagueE2e($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      link\n      emailed\n      expiresAt\n      user {\n        id\n        email\n        role\n        invitedAt\n      }\n    }\n  }\n": typeof types.InviteColleagueE2eDocument,
    "\n  query CaughtInvitationsE2e {\n    caughtEmails(first: 20) {\n      items {\n        toAddress\n        subject\n        textBody\n        confidential\n      }\n    }\n  }\n": typeof types.CaughtInvitationsE2eDocument,
    "\n  mutation CreatePerson($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  query SignedInPerson {\n    me {\n      email\n      role\n      lastSignInAt\n    }\n  }\n": typeof types.SignedInPersonDocument,
    "\n  query ViewerReadsAgents {\n    agents {\n      key\n    }\n  }\n": typeof types.ViewerReadsAgentsDocument,
    "\n  mutation AdminWritesArticle {\n    createKnowledgeArticle(input: { title: \"Gift wrapping\", body: \"Yes, for $3.\" }) {\n      slug\n    }\n  }\n": typeof types.AdminWritesArticleDocument,
    "\n  mutation ConsoleApiKey {\n    createApiKey(name: \"Zapier\") {\n      plainKey\n      apiKey {\n        id\n        name\n        displayPrefix\n        revokedAt\n      }\n    }\n  }\n": typeof types.ConsoleApiKeyDocument,
    "\n  query ConsoleApiKeys {\n    apiKeys {\n      id\n      name\n      displayPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ConsoleApiKeysDocument,
    "\n  mutation RevokeConsoleApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.RevokeConsoleApiKeyDocument,
    "\n  query RunWithChildren($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      depth\n      trigger\n      parentRun {\n        id\n      }\n      steps {\n        kind\n        data\n      }\n      childRuns {\n        id\n        status\n        error\n        errorCode\n        output\n        depth\n        trigger\n        input\n        agent {\n          key\n        }\n        parentRun {\n          id\n          depth\n        }\n        childRuns {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RunWithChildrenDocument,
    "\n  fragment ReviewedApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    expiresAt\n    executedAt\n  }\n": typeof types.ReviewedApprovalFieldsFragmentDoc,
    "\n  query Waiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        ...ReviewedApprovalFields\n      }\n    }\n  }\n": typeof types.WaitingDocument,
    "\n  mutation Approve($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveDocument,
    "\n  mutation Reject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectDocument,
    "\n  query ReviewedApprovals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses) {\n      totalItems\n      items {\n        ...ReviewedApprovalFields\n        run {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReviewedApprovalsDocument,
    "\n  subscription Kinds($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n": typeof types.KindsDocument,
    "\n  query RunCount {\n    runs {\n      totalItems\n    }\n  }\n": typeof types.RunCountDocument,
    "\n  query AgentKeys {\n    agents {\n      key\n    }\n  }\n": typeof types.AgentKeysDocument,
    "\n  query SucceededSupportRuns {\n    runs(first: 2, filter: { agentKey: \"support\", statuses: [SUCCEEDED] }) {\n      totalItems\n      items {\n        agent {\n          key\n        }\n      }\n    }\n  }\n": typeof types.SucceededSupportRunsDocument,
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
    "\n  query ContentWaitingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        toolName\n        proposedOutput\n        editable\n      }\n    }\n  }\n": typeof types.ContentWaitingRunDocument,
    "\n  mutation ContentApprove($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n    }\n  }\n": typeof types.ContentApproveDocument,
    "\n  mutation ContentReject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ContentRejectDocument,
    "\n  query ContentItemState($id: ID!) {\n    contentItem(id: $id) {\n      id\n      state\n      title\n      body\n      externalUrl\n      publishedAt\n      scheduledFor\n    }\n  }\n": typeof types.ContentItemStateDocument,
    "\n  mutation ContentRetitle($id: ID!, $title: String!) {\n    updateContentDraft(id: $id, input: { title: $title }) {\n      id\n    }\n  }\n": typeof types.ContentRetitleDocument,
    "\n  query ContentSocialQueue {\n    socialQueue {\n      totalItems\n      items {\n        id\n        channel\n        state\n        due\n      }\n    }\n  }\n": typeof types.ContentSocialQueueDocument,
    "\n  mutation SaveCostBudgetE2e($input: CostBudgetInput!) {\n    saveCostBudget(input: $input) {\n      id\n      limitCents\n      policy\n      spentUsd\n      percent\n      status\n    }\n  }\n": typeof types.SaveCostBudgetE2eDocument,
    "\n  query CostBudgetsE2e {\n    costBudgets {\n      id\n      agent {\n        key\n      }\n      month\n      spentUsd\n      percent\n      status\n    }\n  }\n": typeof types.CostBudgetsE2eDocument,
    "\n  mutation CreateCostBudgetWebhookE2e($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        id\n      }\n    }\n  }\n": typeof types.CreateCostBudgetWebhookE2eDocument,
    "\n  query CostBudgetWaitingE2e($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        actionKind\n        policy\n        reason\n        proposedOutput\n      }\n    }\n  }\n": typeof types.CostBudgetWaitingE2eDocument,
    "\n  mutation ApproveCostBudgetE2e($id: ID!) {\n    approveRun(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveCostBudgetE2eDocument,
    "\n  mutation RejectCostBudgetE2e($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectCostBudgetE2eDocument,
    "\n  query FinanceRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      output\n    }\n  }\n": typeof types.FinanceRunDocument,
    "\n  query FinanceAging($asOf: String) {\n    receivablesAging(asOf: $asOf) {\n      asOf\n      totalOpenCents\n      overdueCents\n      buckets {\n        bucket\n        count\n        openCents\n      }\n      rows {\n        number\n        daysOverdue\n        bucket\n        draftedStages\n        stageDue\n      }\n    }\n  }\n": typeof types.FinanceAgingDocument,
    "\n  query FinanceCashFlow($weekEnding: String) {\n    cashFlowReport(weekEnding: $weekEnding) {\n      week {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      trend {\n        start\n      }\n      runway {\n        cashBalanceCents\n      }\n    }\n  }\n": typeof types.FinanceCashFlowDocument,
    "\n  mutation FinanceImport($input: ImportBankFileInput!) {\n    importBankFile(input: $input) {\n      importedCount\n      duplicateCount\n    }\n  }\n": typeof types.FinanceImportDocument,
    "\n  query FinanceBankAccounts {\n    bankAccounts {\n      id\n      name\n    }\n  }\n": typeof types.FinanceBankAccountsDocument,
    "\n  mutation ArrangeRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeRunDocument,
    "\n  mutation ArrangeConversation {\n    startConversation {\n      id\n    }\n  }\n": typeof types.ArrangeConversationDocument,
    "\n  mutation ArrangeTakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      id\n    }\n  }\n": typeof types.ArrangeTakeOverDocument,
    "\n  mutation ArrangeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangeArticleDocument,
    "\n  mutation ArrangePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n    }\n  }\n": typeof types.ArrangePublishableKeyDocument,
    "\n  mutation ArrangeApiKey {\n    createApiKey(name: \"arranged\") {\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.ArrangeApiKeyDocument,
    "\n  query RunWithInput($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      input\n      output\n      error\n      errorCode\n      lastSeq\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": typeof types.RunWithInputDocument,
    "\n  query RunFlags($id: ID!) {\n    run(id: $id) {\n      id\n      flags\n    }\n  }\n": typeof types.RunFlagsDocument,
    "\n  query PublicView($id: ID!) {\n    run(id: $id) {\n      status\n      publicView {\n        runId\n        status\n        replyText\n        typing\n        handoff\n        citations {\n          title\n          slug\n        }\n        lastSeq\n      }\n    }\n  }\n": typeof types.PublicViewDocument,
    "\n  query AgentPrompts {\n    agents {\n      key\n      systemPrompt\n      tools\n    }\n  }\n": typeof types.AgentPromptsDocument,
    "\n  fragment InboundEndpointFields on WebhookEndpoint {\n    id\n    name\n    scenarioKey\n    agentKey\n    url\n    enabled\n    secretHint\n    createdAt\n    lastDeliveryAt\n  }\n": typeof types.InboundEndpointFieldsFragmentDoc,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...InboundEndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        secretHint\n      }\n    }\n  }\n": typeof types.RotateWebhookEndpointSecretDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {\n      id\n      name\n      enabled\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints($first: Int) {\n    webhookEndpoints {\n      ...InboundEndpointFields\n      deliveries(first: $first) {\n        id\n        messageId\n        eventType\n        status\n        errorCode\n        error\n        runId\n        receivedAt\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      triggerDetail\n      triggerSummary\n      input\n      output\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n      steps {\n        kind\n        detail\n        data\n      }\n    }\n  }\n": typeof types.WebhookRunDocument,
    "\n  fragment KnowledgeArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n  }\n": typeof types.KnowledgeArticleFieldsFragmentDoc,
    "\n  mutation Create($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": typeof types.CreateDocument,
    "\n  mutation Update($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": typeof types.UpdateDocument,
    "\n  mutation Delete($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n": typeof types.DeleteDocument,
    "\n  query Article($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      ...KnowledgeArticleFields\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  mutation SubmitExportedLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitExportedLeadDocument,
    "\n  query ExportedLeads {\n    leads(first: 500) {\n      name\n      email\n      company\n      score\n      tier\n      stage\n    }\n  }\n": typeof types.ExportedLeadsDocument,
    "\n  query MeetingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      steps {\n        kind\n        data\n      }\n      childRuns {\n        status\n        agent {\n          key\n        }\n        output\n      }\n    }\n  }\n": typeof types.MeetingRunDocument,
    "\n  query Bookings($first: Int, $offset: Int) {\n    bookings(first: $first, offset: $offset) {\n      id\n      status\n      startsAt\n      endsAt\n      timeZone\n      localStart\n      leadEmail\n      videoUrl\n      ics\n      member {\n        name\n        email\n        timeZone\n      }\n    }\n  }\n": typeof types.BookingsDocument,
    "\n  mutation StartRememberedConversation($input: StartConversationInput) {\n    startConversation(input: $input) {\n      id\n      customerEmail\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.StartRememberedConversationDocument,
    "\n  query RememberedConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      customerEmail\n      updatedAt\n      runs {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RememberedConversationDocument,
    "\n  fragment StepFields on RunStep {\n    id\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    startedAt\n    inputTokens\n    outputTokens\n    costUsd\n  }\n": typeof types.StepFieldsFragmentDoc,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      lastSeq\n      idempotencyKey\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n    }\n  }\n": typeof types.StartRunDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      provider\n      lastSeq\n      startedAt\n      finishedAt\n      inputTokens\n      outputTokens\n      costUsd\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": typeof types.RunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": typeof types.RunStepsDocument,
    "\n  subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n      streaming\n      textDelta {\n        offset\n        text\n      }\n    }\n  }\n": typeof types.RunStepsStreamedDocument,
    "\n  mutation Cancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAdminUserDocument,
    "\n  query Order($number: String!) {\n    order(number: $number) {\n      number\n      status\n      carrier\n      trackingNumber\n      promisedAt\n      promisedOn\n      estimatedArrival\n      estimateSource\n      delayed\n      daysLate\n      timeZone\n      trackingSource\n      lastEvent {\n        status\n        location\n        occurredAt\n      }\n      events {\n        status\n      }\n    }\n  }\n": typeof types.OrderDocument,
    "\n  query DelayedOrders {\n    delayedOrders {\n      number\n      delayed\n      daysLate\n      status\n    }\n  }\n": typeof types.DelayedOrdersDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        eventTypes\n        enabled\n        secretHint\n      }\n    }\n  }\n": typeof types.CreateWebhookSubscriptionDocument,
    "\n  query WebhookDeliveryLog {\n    webhookSubscriptions {\n      id\n      consecutiveFailures\n      deliveries(first: 10) {\n        id\n        eventType\n        status\n        attempts\n        lastStatusCode\n        payload\n        attemptLog {\n          statusCode\n          error\n          durationMs\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveryLogDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n      lastStatusCode\n      nextAttemptAt\n      attemptLog {\n        statusCode\n      }\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  query OutboundRunStatus($id: ID!) {\n    run(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OutboundRunStatusDocument,
    "\n  mutation ApproveAcrossHubs($id: ID!) {\n    approveRun(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveAcrossHubsDocument,
    "\n  subscription RunUpdatesAcrossHubs {\n    runUpdated {\n      id\n      status\n      finishedAt\n      agent {\n        key\n      }\n    }\n  }\n": typeof types.RunUpdatesAcrossHubsDocument,
    "\n  query ReferenceAgents {\n    agents {\n      key\n      tools\n      systemPrompt\n      scenarios {\n        key\n        sampleInput\n      }\n    }\n  }\n": typeof types.ReferenceAgentsDocument,
    "\n  mutation EditAgentTools($key: String!, $tools: [String!]) {\n    updateAgent(key: $key, input: { tools: $tools }) {\n      key\n    }\n  }\n": typeof types.EditAgentToolsDocument,
    "\n  query ReportingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      output\n    }\n  }\n": typeof types.ReportingRunDocument,
    "\n  query ReportingStatements($period: String!) {\n    balanceSheet(period: $period, comparePrior: false, compareLastYear: false) {\n      checks {\n        name\n        holds\n      }\n    }\n    cashFlowStatement(period: $period, comparePrior: false, compareLastYear: false) {\n      checks {\n        holds\n      }\n    }\n  }\n": typeof types.ReportingStatementsDocument,
    "\n  query ReportingRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      ratios {\n        key\n        value\n      }\n      alerts {\n        text\n      }\n    }\n  }\n": typeof types.ReportingRatiosDocument,
    "\n  mutation StartRouted($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n      routing\n      input\n      output\n    }\n  }\n": typeof types.StartRoutedDocument,
    "\n  query RoutedRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      provider\n      input\n      output\n      routing\n      agent {\n        key\n      }\n      steps {\n        kind\n        title\n        data\n      }\n    }\n  }\n": typeof types.RoutedRunDocument,
    "\n  query Route($text: String!) {\n    routeMessage(text: $text) {\n      agentKey\n      confidence\n      needsClarification\n      clarifyingQuestion\n      alternatives {\n        agentKey\n        confidence\n      }\n    }\n  }\n": typeof types.RouteDocument,
    "\n  subscription RunStatusUpdates {\n    runUpdated {\n      id\n      status\n    }\n  }\n": typeof types.RunStatusUpdatesDocument,
    "\n  subscription NarrowRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n": typeof types.NarrowRunStepsDocument,
    "\n  subscription AliasedRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      n: seq\n      title\n    }\n  }\n": typeof types.AliasedRunStepsDocument,
    "\n  mutation SubmitSalesLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n      email\n      captures\n      pagesViewed\n      score\n      tier\n    }\n  }\n": typeof types.SubmitSalesLeadDocument,
    "\n  query LeadByEmail($email: String!) {\n    lead(email: $email) {\n      email\n      score\n      tier\n      stage\n      consent\n      scoreFactors {\n        feature\n        label\n        value\n        contribution\n      }\n    }\n  }\n": typeof types.LeadByEmailDocument,
    "\n  query FollowUpWaiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        toolName\n        policy\n        proposedOutput\n      }\n    }\n  }\n": typeof types.FollowUpWaitingDocument,
    "\n  mutation ApproveFollowUp($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveFollowUpDocument,
    "\n  mutation RejectFollowUp($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectFollowUpDocument,
    "\n  query FollowUpOutbox {\n    caughtEmails(first: 10) {\n      delivery\n      totalItems\n      items {\n        id\n        messageId\n        fromAddress\n        toAddress\n        subject\n        textBody\n        headers\n        sentAt\n      }\n    }\n  }\n": typeof types.FollowUpOutboxDocument,
    "\n  query SampleScenarios {\n    scenarios {\n      key\n      title\n      agent {\n        key\n      }\n    }\n  }\n": typeof types.SampleScenariosDocument,
    "\n  query SampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      pendingApproval {\n        toolName\n      }\n    }\n  }\n": typeof types.SampleRunDocument,
    "\n  fragment ScheduleFields on Schedule {\n    id\n    scenarioKey\n    scenarioTitle\n    agentKey\n    cron\n    timeZone\n    enabled\n    missedTickPolicy\n    input\n    description\n    nextFireTimes(count: 3)\n    lastTickAt\n    lastRunId\n  }\n": typeof types.ScheduleFieldsFragmentDoc,
    "\n  query Schedules {\n    schedules {\n      ...ScheduleFields\n    }\n  }\n": typeof types.SchedulesDocument,
    "\n  mutation SaveSchedule($input: ScheduleInput!) {\n    saveSchedule(input: $input) {\n      ...ScheduleFields\n    }\n  }\n": typeof types.SaveScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": typeof types.DeleteScheduleDocument,
    "\n  query SchedulePreview($cron: String!, $timeZone: String) {\n    schedulePreview(cron: $cron, timeZone: $timeZone) {\n      description\n      nextFireTimes\n    }\n  }\n": typeof types.SchedulePreviewDocument,
    "\n  query ScheduledRun($id: ID!) {\n    run(id: $id) {\n      id\n      trigger\n      triggerDetail\n      triggerSummary\n      input\n      scenario {\n        key\n      }\n      steps {\n        kind\n        title\n        detail\n        data\n      }\n    }\n  }\n": typeof types.ScheduledRunDocument,
    "\n  query ScheduledRuns {\n    runs(first: 50) {\n      items {\n        id\n        trigger\n        triggerDetail\n      }\n    }\n  }\n": typeof types.ScheduledRunsDocument,
    "\n  subscription SettledRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n      streaming\n      detail\n    }\n  }\n": typeof types.SettledRunStepsDocument,
    "\n  query ThresholdTriggers {\n    thresholdTriggers {\n      id\n      condition\n      description\n      scenarioKey\n      crossings(first: 10) {\n        subject\n        detail\n        runId\n        clearedAt\n      }\n    }\n  }\n": typeof types.ThresholdTriggersDocument,
    "\n  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {\n    saveThresholdTrigger(input: $input) {\n      id\n      description\n      crossings {\n        subject\n      }\n    }\n  }\n": typeof types.SaveThresholdTriggerDocument,
    "\n  query ThresholdCash($weekEnding: String) {\n    cashFlowReport(weekEnding: $weekEnding) {\n      runway {\n        cashBalanceCents\n      }\n    }\n  }\n": typeof types.ThresholdCashDocument,
    "\n  mutation ThresholdSpend($input: PostJournalEntryInput!) {\n    postJournalEntry(input: $input) {\n      id\n    }\n  }\n": typeof types.ThresholdSpendDocument,
    "\n  query ThresholdRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      triggerDetail\n      triggerSummary\n      scenario {\n        key\n      }\n    }\n  }\n": typeof types.ThresholdRunDocument,
    "\n  mutation StartEscalatedConversation($input: StartConversationInput) {\n    startConversation(input: $input) {\n      id\n      handoffState\n    }\n  }\n": typeof types.StartEscalatedConversationDocument,
    "\n  query EscalatedConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      handoffState\n      handoffChangedAt\n      messages {\n        role\n        text\n        runId\n      }\n      tickets {\n        number\n        status\n        priority\n        subject\n        customerEmail\n        runId\n        brief\n      }\n    }\n  }\n": typeof types.EscalatedConversationDocument,
    "\n    mutation TakeOverEscalated($id: ID!) {\n      moved: takeOverConversation(id: $id) {\n        id\n        handoffState\n      }\n    }\n  ": typeof types.TakeOverEscalatedDocument,
    "\n    mutation HandBackEscalated($id: ID!) {\n      moved: handBackToBot(id: $id) {\n        id\n        handoffState\n      }\n    }\n  ": typeof types.HandBackEscalatedDocument,
    "\n    mutation ResolveEscalated($id: ID!) {\n      moved: resolveConversation(id: $id) {\n        id\n        handoffState\n      }\n    }\n  ": typeof types.ResolveEscalatedDocument,
    "\n  mutation SendEscalatedHumanMessage($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      role\n      text\n      runId\n    }\n  }\n": typeof types.SendEscalatedHumanMessageDocument,
    "\n  mutation RotateIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": typeof types.RotateIdentitySecretDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      handoffState\n    }\n  }\n": typeof types.TakeOverDocument,
    "\n  mutation SendHumanMessage($id: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $id, text: $text) {\n      id\n    }\n  }\n": typeof types.SendHumanMessageDocument,
    "\n  subscription ConversationEvents($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      message {\n        seq\n        role\n        text\n      }\n      handoffState\n    }\n  }\n": typeof types.ConversationEventsDocument,
    "\n  mutation CreatePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n      key\n      allowedOrigins\n    }\n  }\n": typeof types.CreatePublishableKeyDocument,
    "\n  mutation RevokePublishableKey($id: ID!) {\n    revokePublishableKey(id: $id) {\n      revokedAt\n    }\n  }\n": typeof types.RevokePublishableKeyDocument,
    "\n  mutation RotateShopIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": typeof types.RotateShopIdentitySecretDocument,
};
const documents: Documents = {
    "\n  subscription WatchedRunUpdates {\n    runUpdated {\n      id\n      status\n    }\n  }\n": types.WatchedRunUpdatesDocument,
    "\n  mutation IntegrationApiKey {\n    createApiKey(name: \"Zapier\") {\n      plainKey\n      apiKey {\n        id\n      }\n    }\n  }\n": types.IntegrationApiKeyDocument,
    "\n  mutation RevokeIntegrationApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n": types.RevokeIntegrationApiKeyDocument,
    "\n  mutation RemoveConsoleUser($id: ID!) {\n    removeAdminUser(id: $id)\n  }\n": types.RemoveConsoleUserDocument,
    "\n  query SearchedArticles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n": types.SearchedArticlesDocument,
    "\n  mutation RotateIdentitySecretWithGrace {\n    rotateWidgetIdentitySecret {\n      secret\n      previousSecretValidUntil\n    }\n  }\n": types.RotateIdentitySecretWithGraceDocument,
    "\n  mutation RotateIdentitySecretForClaims {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": types.RotateIdentitySecretForClaimsDocument,
    "\n  mutation CreateSecondShopKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      key\n    }\n  }\n": types.CreateSecondShopKeyDocument,
    "\n  mutation BrowserOutboxLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n    }\n  }\n": types.BrowserOutboxLeadDocument,
    "\n  query BrowserOutboxWaiting($id: ID!) {\n    run(id: $id) {\n      status\n    }\n  }\n": types.BrowserOutboxWaitingDocument,
    "\n  mutation BrowserOutboxApprove($id: ID!) {\n    approveRun(id: $id) {\n      id\n    }\n  }\n": types.BrowserOutboxApproveDocument,
    "\n  mutation BrowserInvite($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      link\n    }\n  }\n": types.BrowserInviteDocument,
    "\n  mutation ChangeMyPasswordE2e($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      email\n    }\n  }\n": types.ChangeMyPasswordE2eDocument,
    "\n  mutation InviteColleagueE2e($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      link\n      emailed\n      expiresAt\n      user {\n        id\n        email\n        role\n        invitedAt\n      }\n    }\n  }\n": types.InviteColleagueE2eDocument,
    "\n  query CaughtInvitationsE2e {\n    caughtEmails(first: 20) {\n      items {\n        toAddress\n        subject\n        textBody\n        confidential\n      }\n    }\n  }\n": types.CaughtInvitationsE2eDocument,
    "\n  mutation CreatePerson($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n      role\n    }\n  }\n": types.CreatePersonDocument,
    "\n  query SignedInPerson {\n    me {\n      email\n      role\n      lastSignInAt\n    }\n  }\n": types.SignedInPersonDocument,
    "\n  query ViewerReadsAgents {\n    agents {\n      key\n    }\n  }\n": types.ViewerReadsAgentsDocument,
    "\n  mutation AdminWritesArticle {\n    createKnowledgeArticle(input: { title: \"Gift wrapping\", body: \"Yes, for $3.\" }) {\n      slug\n    }\n  }\n": types.AdminWritesArticleDocument,
    "\n  mutation ConsoleApiKey {\n    createApiKey(name: \"Zapier\") {\n      plainKey\n      apiKey {\n        id\n        name\n        displayPrefix\n        revokedAt\n      }\n    }\n  }\n": types.ConsoleApiKeyDocument,
    "\n  query ConsoleApiKeys {\n    apiKeys {\n      id\n      name\n      displayPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ConsoleApiKeysDocument,
    "\n  mutation RevokeConsoleApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n": types.RevokeConsoleApiKeyDocument,
    "\n  query RunWithChildren($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      depth\n      trigger\n      parentRun {\n        id\n      }\n      steps {\n        kind\n        data\n      }\n      childRuns {\n        id\n        status\n        error\n        errorCode\n        output\n        depth\n        trigger\n        input\n        agent {\n          key\n        }\n        parentRun {\n          id\n          depth\n        }\n        childRuns {\n          id\n        }\n      }\n    }\n  }\n": types.RunWithChildrenDocument,
    "\n  fragment ReviewedApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    expiresAt\n    executedAt\n  }\n": types.ReviewedApprovalFieldsFragmentDoc,
    "\n  query Waiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        ...ReviewedApprovalFields\n      }\n    }\n  }\n": types.WaitingDocument,
    "\n  mutation Approve($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n": types.ApproveDocument,
    "\n  mutation Reject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectDocument,
    "\n  query ReviewedApprovals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses) {\n      totalItems\n      items {\n        ...ReviewedApprovalFields\n        run {\n          id\n        }\n      }\n    }\n  }\n": types.ReviewedApprovalsDocument,
    "\n  subscription Kinds($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n": types.KindsDocument,
    "\n  query RunCount {\n    runs {\n      totalItems\n    }\n  }\n": types.RunCountDocument,
    "\n  query AgentKeys {\n    agents {\n      key\n    }\n  }\n": types.AgentKeysDocument,
    "\n  query SucceededSupportRuns {\n    runs(first: 2, filter: { agentKey: \"support\", statuses: [SUCCEEDED] }) {\n      totalItems\n      items {\n        agent {\n          key\n        }\n      }\n    }\n  }\n": types.SucceededSupportRunsDocument,
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
    "\n  query ContentWaitingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        toolName\n        proposedOutput\n        editable\n      }\n    }\n  }\n": types.ContentWaitingRunDocument,
    "\n  mutation ContentApprove($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n    }\n  }\n": types.ContentApproveDocument,
    "\n  mutation ContentReject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.ContentRejectDocument,
    "\n  query ContentItemState($id: ID!) {\n    contentItem(id: $id) {\n      id\n      state\n      title\n      body\n      externalUrl\n      publishedAt\n      scheduledFor\n    }\n  }\n": types.ContentItemStateDocument,
    "\n  mutation ContentRetitle($id: ID!, $title: String!) {\n    updateContentDraft(id: $id, input: { title: $title }) {\n      id\n    }\n  }\n": types.ContentRetitleDocument,
    "\n  query ContentSocialQueue {\n    socialQueue {\n      totalItems\n      items {\n        id\n        channel\n        state\n        due\n      }\n    }\n  }\n": types.ContentSocialQueueDocument,
    "\n  mutation SaveCostBudgetE2e($input: CostBudgetInput!) {\n    saveCostBudget(input: $input) {\n      id\n      limitCents\n      policy\n      spentUsd\n      percent\n      status\n    }\n  }\n": types.SaveCostBudgetE2eDocument,
    "\n  query CostBudgetsE2e {\n    costBudgets {\n      id\n      agent {\n        key\n      }\n      month\n      spentUsd\n      percent\n      status\n    }\n  }\n": types.CostBudgetsE2eDocument,
    "\n  mutation CreateCostBudgetWebhookE2e($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        id\n      }\n    }\n  }\n": types.CreateCostBudgetWebhookE2eDocument,
    "\n  query CostBudgetWaitingE2e($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        actionKind\n        policy\n        reason\n        proposedOutput\n      }\n    }\n  }\n": types.CostBudgetWaitingE2eDocument,
    "\n  mutation ApproveCostBudgetE2e($id: ID!) {\n    approveRun(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveCostBudgetE2eDocument,
    "\n  mutation RejectCostBudgetE2e($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectCostBudgetE2eDocument,
    "\n  query FinanceRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      output\n    }\n  }\n": types.FinanceRunDocument,
    "\n  query FinanceAging($asOf: String) {\n    receivablesAging(asOf: $asOf) {\n      asOf\n      totalOpenCents\n      overdueCents\n      buckets {\n        bucket\n        count\n        openCents\n      }\n      rows {\n        number\n        daysOverdue\n        bucket\n        draftedStages\n        stageDue\n      }\n    }\n  }\n": types.FinanceAgingDocument,
    "\n  query FinanceCashFlow($weekEnding: String) {\n    cashFlowReport(weekEnding: $weekEnding) {\n      week {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      trend {\n        start\n      }\n      runway {\n        cashBalanceCents\n      }\n    }\n  }\n": types.FinanceCashFlowDocument,
    "\n  mutation FinanceImport($input: ImportBankFileInput!) {\n    importBankFile(input: $input) {\n      importedCount\n      duplicateCount\n    }\n  }\n": types.FinanceImportDocument,
    "\n  query FinanceBankAccounts {\n    bankAccounts {\n      id\n      name\n    }\n  }\n": types.FinanceBankAccountsDocument,
    "\n  mutation ArrangeRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n": types.ArrangeRunDocument,
    "\n  mutation ArrangeConversation {\n    startConversation {\n      id\n    }\n  }\n": types.ArrangeConversationDocument,
    "\n  mutation ArrangeTakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      id\n    }\n  }\n": types.ArrangeTakeOverDocument,
    "\n  mutation ArrangeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      id\n    }\n  }\n": types.ArrangeArticleDocument,
    "\n  mutation ArrangePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n    }\n  }\n": types.ArrangePublishableKeyDocument,
    "\n  mutation ArrangeApiKey {\n    createApiKey(name: \"arranged\") {\n      apiKey {\n        id\n      }\n    }\n  }\n": types.ArrangeApiKeyDocument,
    "\n  query RunWithInput($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      input\n      output\n      error\n      errorCode\n      lastSeq\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": types.RunWithInputDocument,
    "\n  query RunFlags($id: ID!) {\n    run(id: $id) {\n      id\n      flags\n    }\n  }\n": types.RunFlagsDocument,
    "\n  query PublicView($id: ID!) {\n    run(id: $id) {\n      status\n      publicView {\n        runId\n        status\n        replyText\n        typing\n        handoff\n        citations {\n          title\n          slug\n        }\n        lastSeq\n      }\n    }\n  }\n": types.PublicViewDocument,
    "\n  query AgentPrompts {\n    agents {\n      key\n      systemPrompt\n      tools\n    }\n  }\n": types.AgentPromptsDocument,
    "\n  fragment InboundEndpointFields on WebhookEndpoint {\n    id\n    name\n    scenarioKey\n    agentKey\n    url\n    enabled\n    secretHint\n    createdAt\n    lastDeliveryAt\n  }\n": types.InboundEndpointFieldsFragmentDoc,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...InboundEndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        secretHint\n      }\n    }\n  }\n": types.RotateWebhookEndpointSecretDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {\n      id\n      name\n      enabled\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  query WebhookEndpoints($first: Int) {\n    webhookEndpoints {\n      ...InboundEndpointFields\n      deliveries(first: $first) {\n        id\n        messageId\n        eventType\n        status\n        errorCode\n        error\n        runId\n        receivedAt\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      triggerDetail\n      triggerSummary\n      input\n      output\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n      steps {\n        kind\n        detail\n        data\n      }\n    }\n  }\n": types.WebhookRunDocument,
    "\n  fragment KnowledgeArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n  }\n": types.KnowledgeArticleFieldsFragmentDoc,
    "\n  mutation Create($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": types.CreateDocument,
    "\n  mutation Update($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...KnowledgeArticleFields\n    }\n  }\n": types.UpdateDocument,
    "\n  mutation Delete($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n": types.DeleteDocument,
    "\n  query Article($slug: String!) {\n    knowledgeArticle(slug: $slug) {\n      ...KnowledgeArticleFields\n    }\n  }\n": types.ArticleDocument,
    "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  mutation SubmitExportedLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n    }\n  }\n": types.SubmitExportedLeadDocument,
    "\n  query ExportedLeads {\n    leads(first: 500) {\n      name\n      email\n      company\n      score\n      tier\n      stage\n    }\n  }\n": types.ExportedLeadsDocument,
    "\n  query MeetingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      steps {\n        kind\n        data\n      }\n      childRuns {\n        status\n        agent {\n          key\n        }\n        output\n      }\n    }\n  }\n": types.MeetingRunDocument,
    "\n  query Bookings($first: Int, $offset: Int) {\n    bookings(first: $first, offset: $offset) {\n      id\n      status\n      startsAt\n      endsAt\n      timeZone\n      localStart\n      leadEmail\n      videoUrl\n      ics\n      member {\n        name\n        email\n        timeZone\n      }\n    }\n  }\n": types.BookingsDocument,
    "\n  mutation StartRememberedConversation($input: StartConversationInput) {\n    startConversation(input: $input) {\n      id\n      customerEmail\n      createdAt\n      updatedAt\n    }\n  }\n": types.StartRememberedConversationDocument,
    "\n  query RememberedConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      customerEmail\n      updatedAt\n      runs {\n        id\n        status\n      }\n    }\n  }\n": types.RememberedConversationDocument,
    "\n  fragment StepFields on RunStep {\n    id\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    startedAt\n    inputTokens\n    outputTokens\n    costUsd\n  }\n": types.StepFieldsFragmentDoc,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      lastSeq\n      idempotencyKey\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n    }\n  }\n": types.StartRunDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      provider\n      lastSeq\n      startedAt\n      finishedAt\n      inputTokens\n      outputTokens\n      costUsd\n      steps {\n        ...StepFields\n      }\n    }\n  }\n": types.RunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": types.RunStepsDocument,
    "\n  subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n      streaming\n      textDelta {\n        offset\n        text\n      }\n    }\n  }\n": types.RunStepsStreamedDocument,
    "\n  mutation Cancel($id: ID!) {\n    cancelRun(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n    }\n  }\n": types.CreateAdminUserDocument,
    "\n  query Order($number: String!) {\n    order(number: $number) {\n      number\n      status\n      carrier\n      trackingNumber\n      promisedAt\n      promisedOn\n      estimatedArrival\n      estimateSource\n      delayed\n      daysLate\n      timeZone\n      trackingSource\n      lastEvent {\n        status\n        location\n        occurredAt\n      }\n      events {\n        status\n      }\n    }\n  }\n": types.OrderDocument,
    "\n  query DelayedOrders {\n    delayedOrders {\n      number\n      delayed\n      daysLate\n      status\n    }\n  }\n": types.DelayedOrdersDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        eventTypes\n        enabled\n        secretHint\n      }\n    }\n  }\n": types.CreateWebhookSubscriptionDocument,
    "\n  query WebhookDeliveryLog {\n    webhookSubscriptions {\n      id\n      consecutiveFailures\n      deliveries(first: 10) {\n        id\n        eventType\n        status\n        attempts\n        lastStatusCode\n        payload\n        attemptLog {\n          statusCode\n          error\n          durationMs\n        }\n      }\n    }\n  }\n": types.WebhookDeliveryLogDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n      lastStatusCode\n      nextAttemptAt\n      attemptLog {\n        statusCode\n      }\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  query OutboundRunStatus($id: ID!) {\n    run(id: $id) {\n      id\n      status\n    }\n  }\n": types.OutboundRunStatusDocument,
    "\n  mutation ApproveAcrossHubs($id: ID!) {\n    approveRun(id: $id) {\n      id\n      status\n    }\n  }\n": types.ApproveAcrossHubsDocument,
    "\n  subscription RunUpdatesAcrossHubs {\n    runUpdated {\n      id\n      status\n      finishedAt\n      agent {\n        key\n      }\n    }\n  }\n": types.RunUpdatesAcrossHubsDocument,
    "\n  query ReferenceAgents {\n    agents {\n      key\n      tools\n      systemPrompt\n      scenarios {\n        key\n        sampleInput\n      }\n    }\n  }\n": types.ReferenceAgentsDocument,
    "\n  mutation EditAgentTools($key: String!, $tools: [String!]) {\n    updateAgent(key: $key, input: { tools: $tools }) {\n      key\n    }\n  }\n": types.EditAgentToolsDocument,
    "\n  query ReportingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      output\n    }\n  }\n": types.ReportingRunDocument,
    "\n  query ReportingStatements($period: String!) {\n    balanceSheet(period: $period, comparePrior: false, compareLastYear: false) {\n      checks {\n        name\n        holds\n      }\n    }\n    cashFlowStatement(period: $period, comparePrior: false, compareLastYear: false) {\n      checks {\n        holds\n      }\n    }\n  }\n": types.ReportingStatementsDocument,
    "\n  query ReportingRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      ratios {\n        key\n        value\n      }\n      alerts {\n        text\n      }\n    }\n  }\n": types.ReportingRatiosDocument,
    "\n  mutation StartRouted($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n      routing\n      input\n      output\n    }\n  }\n": types.StartRoutedDocument,
    "\n  query RoutedRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      provider\n      input\n      output\n      routing\n      agent {\n        key\n      }\n      steps {\n        kind\n        title\n        data\n      }\n    }\n  }\n": types.RoutedRunDocument,
    "\n  query Route($text: String!) {\n    routeMessage(text: $text) {\n      agentKey\n      confidence\n      needsClarification\n      clarifyingQuestion\n      alternatives {\n        agentKey\n        confidence\n      }\n    }\n  }\n": types.RouteDocument,
    "\n  subscription RunStatusUpdates {\n    runUpdated {\n      id\n      status\n    }\n  }\n": types.RunStatusUpdatesDocument,
    "\n  subscription NarrowRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n": types.NarrowRunStepsDocument,
    "\n  subscription AliasedRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      n: seq\n      title\n    }\n  }\n": types.AliasedRunStepsDocument,
    "\n  mutation SubmitSalesLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n      email\n      captures\n      pagesViewed\n      score\n      tier\n    }\n  }\n": types.SubmitSalesLeadDocument,
    "\n  query LeadByEmail($email: String!) {\n    lead(email: $email) {\n      email\n      score\n      tier\n      stage\n      consent\n      scoreFactors {\n        feature\n        label\n        value\n        contribution\n      }\n    }\n  }\n": types.LeadByEmailDocument,
    "\n  query FollowUpWaiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        toolName\n        policy\n        proposedOutput\n      }\n    }\n  }\n": types.FollowUpWaitingDocument,
    "\n  mutation ApproveFollowUp($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n": types.ApproveFollowUpDocument,
    "\n  mutation RejectFollowUp($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectFollowUpDocument,
    "\n  query FollowUpOutbox {\n    caughtEmails(first: 10) {\n      delivery\n      totalItems\n      items {\n        id\n        messageId\n        fromAddress\n        toAddress\n        subject\n        textBody\n        headers\n        sentAt\n      }\n    }\n  }\n": types.FollowUpOutboxDocument,
    "\n  query SampleScenarios {\n    scenarios {\n      key\n      title\n      agent {\n        key\n      }\n    }\n  }\n": types.SampleScenariosDocument,
    "\n  query SampleRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      pendingApproval {\n        toolName\n      }\n    }\n  }\n": types.SampleRunDocument,
    "\n  fragment ScheduleFields on Schedule {\n    id\n    scenarioKey\n    scenarioTitle\n    agentKey\n    cron\n    timeZone\n    enabled\n    missedTickPolicy\n    input\n    description\n    nextFireTimes(count: 3)\n    lastTickAt\n    lastRunId\n  }\n": types.ScheduleFieldsFragmentDoc,
    "\n  query Schedules {\n    schedules {\n      ...ScheduleFields\n    }\n  }\n": types.SchedulesDocument,
    "\n  mutation SaveSchedule($input: ScheduleInput!) {\n    saveSchedule(input: $input) {\n      ...ScheduleFields\n    }\n  }\n": types.SaveScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": types.DeleteScheduleDocument,
    "\n  query SchedulePreview($cron: String!, $timeZone: String) {\n    schedulePreview(cron: $cron, timeZone: $timeZone) {\n      description\n      nextFireTimes\n    }\n  }\n": types.SchedulePreviewDocument,
    "\n  query ScheduledRun($id: ID!) {\n    run(id: $id) {\n      id\n      trigger\n      triggerDetail\n      triggerSummary\n      input\n      scenario {\n        key\n      }\n      steps {\n        kind\n        title\n        detail\n        data\n      }\n    }\n  }\n": types.ScheduledRunDocument,
    "\n  query ScheduledRuns {\n    runs(first: 50) {\n      items {\n        id\n        trigger\n        triggerDetail\n      }\n    }\n  }\n": types.ScheduledRunsDocument,
    "\n  subscription SettledRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n      streaming\n      detail\n    }\n  }\n": types.SettledRunStepsDocument,
    "\n  query ThresholdTriggers {\n    thresholdTriggers {\n      id\n      condition\n      description\n      scenarioKey\n      crossings(first: 10) {\n        subject\n        detail\n        runId\n        clearedAt\n      }\n    }\n  }\n": types.ThresholdTriggersDocument,
    "\n  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {\n    saveThresholdTrigger(input: $input) {\n      id\n      description\n      crossings {\n        subject\n      }\n    }\n  }\n": types.SaveThresholdTriggerDocument,
    "\n  query ThresholdCash($weekEnding: String) {\n    cashFlowReport(weekEnding: $weekEnding) {\n      runway {\n        cashBalanceCents\n      }\n    }\n  }\n": types.ThresholdCashDocument,
    "\n  mutation ThresholdSpend($input: PostJournalEntryInput!) {\n    postJournalEntry(input: $input) {\n      id\n    }\n  }\n": types.ThresholdSpendDocument,
    "\n  query ThresholdRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      triggerDetail\n      triggerSummary\n      scenario {\n        key\n      }\n    }\n  }\n": types.ThresholdRunDocument,
    "\n  mutation StartEscalatedConversation($input: StartConversationInput) {\n    startConversation(input: $input) {\n      id\n      handoffState\n    }\n  }\n": types.StartEscalatedConversationDocument,
    "\n  query EscalatedConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      handoffState\n      handoffChangedAt\n      messages {\n        role\n        text\n        runId\n      }\n      tickets {\n        number\n        status\n        priority\n        subject\n        customerEmail\n        runId\n        brief\n      }\n    }\n  }\n": types.EscalatedConversationDocument,
    "\n    mutation TakeOverEscalated($id: ID!) {\n      moved: takeOverConversation(id: $id) {\n        id\n        handoffState\n      }\n    }\n  ": types.TakeOverEscalatedDocument,
    "\n    mutation HandBackEscalated($id: ID!) {\n      moved: handBackToBot(id: $id) {\n        id\n        handoffState\n      }\n    }\n  ": types.HandBackEscalatedDocument,
    "\n    mutation ResolveEscalated($id: ID!) {\n      moved: resolveConversation(id: $id) {\n        id\n        handoffState\n      }\n    }\n  ": types.ResolveEscalatedDocument,
    "\n  mutation SendEscalatedHumanMessage($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      role\n      text\n      runId\n    }\n  }\n": types.SendEscalatedHumanMessageDocument,
    "\n  mutation RotateIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": types.RotateIdentitySecretDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      handoffState\n    }\n  }\n": types.TakeOverDocument,
    "\n  mutation SendHumanMessage($id: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $id, text: $text) {\n      id\n    }\n  }\n": types.SendHumanMessageDocument,
    "\n  subscription ConversationEvents($id: ID!, $after: Int) {\n    conversationEvents(conversationId: $id, afterSeq: $after) {\n      message {\n        seq\n        role\n        text\n      }\n      handoffState\n    }\n  }\n": types.ConversationEventsDocument,
    "\n  mutation CreatePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n      key\n      allowedOrigins\n    }\n  }\n": types.CreatePublishableKeyDocument,
    "\n  mutation RevokePublishableKey($id: ID!) {\n    revokePublishableKey(id: $id) {\n      revokedAt\n    }\n  }\n": types.RevokePublishableKeyDocument,
    "\n  mutation RotateShopIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n": types.RotateShopIdentitySecretDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WatchedRunUpdates {\n    runUpdated {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').WatchedRunUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntegrationApiKey {\n    createApiKey(name: \"Zapier\") {\n      plainKey\n      apiKey {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').IntegrationApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeIntegrationApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RevokeIntegrationApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConsoleUser($id: ID!) {\n    removeAdminUser(id: $id)\n  }\n"): typeof import('./graphql.js').RemoveConsoleUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchedArticles($search: String) {\n    knowledgeArticles(search: $search) {\n      totalItems\n      items {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchedArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateIdentitySecretWithGrace {\n    rotateWidgetIdentitySecret {\n      secret\n      previousSecretValidUntil\n    }\n  }\n"): typeof import('./graphql.js').RotateIdentitySecretWithGraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateIdentitySecretForClaims {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n"): typeof import('./graphql.js').RotateIdentitySecretForClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSecondShopKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      key\n    }\n  }\n"): typeof import('./graphql.js').CreateSecondShopKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserOutboxLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BrowserOutboxLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserOutboxWaiting($id: ID!) {\n    run(id: $id) {\n      status\n    }\n  }\n"): typeof import('./graphql.js').BrowserOutboxWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserOutboxApprove($id: ID!) {\n    approveRun(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BrowserOutboxApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserInvite($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      link\n    }\n  }\n"): typeof import('./graphql.js').BrowserInviteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPasswordE2e($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql.js').ChangeMyPasswordE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteColleagueE2e($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      link\n      emailed\n      expiresAt\n      user {\n        id\n        email\n        role\n        invitedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').InviteColleagueE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaughtInvitationsE2e {\n    caughtEmails(first: 20) {\n      items {\n        toAddress\n        subject\n        textBody\n        confidential\n      }\n    }\n  }\n"): typeof import('./graphql.js').CaughtInvitationsE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql.js').CreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInPerson {\n    me {\n      email\n      role\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql.js').SignedInPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerReadsAgents {\n    agents {\n      key\n    }\n  }\n"): typeof import('./graphql.js').ViewerReadsAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminWritesArticle {\n    createKnowledgeArticle(input: { title: \"Gift wrapping\", body: \"Yes, for $3.\" }) {\n      slug\n    }\n  }\n"): typeof import('./graphql.js').AdminWritesArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApiKey {\n    createApiKey(name: \"Zapier\") {\n      plainKey\n      apiKey {\n        id\n        name\n        displayPrefix\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiKeys {\n    apiKeys {\n      id\n      name\n      displayPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').ConsoleApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsoleApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      revokedAt\n    }\n  }\n"): typeof import('./graphql.js').RevokeConsoleApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunWithChildren($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      depth\n      trigger\n      parentRun {\n        id\n      }\n      steps {\n        kind\n        data\n      }\n      childRuns {\n        id\n        status\n        error\n        errorCode\n        output\n        depth\n        trigger\n        input\n        agent {\n          key\n        }\n        parentRun {\n          id\n          depth\n        }\n        childRuns {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunWithChildrenDocument;
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
export function graphql(source: "\n  query RunCount {\n    runs {\n      totalItems\n    }\n  }\n"): typeof import('./graphql.js').RunCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentKeys {\n    agents {\n      key\n    }\n  }\n"): typeof import('./graphql.js').AgentKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SucceededSupportRuns {\n    runs(first: 2, filter: { agentKey: \"support\", statuses: [SUCCEEDED] }) {\n      totalItems\n      items {\n        agent {\n          key\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SucceededSupportRunsDocument;
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
export function graphql(source: "\n  query ContentWaitingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        toolName\n        proposedOutput\n        editable\n      }\n    }\n  }\n"): typeof import('./graphql.js').ContentWaitingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentApprove($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ContentApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentReject($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ContentRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentItemState($id: ID!) {\n    contentItem(id: $id) {\n      id\n      state\n      title\n      body\n      externalUrl\n      publishedAt\n      scheduledFor\n    }\n  }\n"): typeof import('./graphql.js').ContentItemStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContentRetitle($id: ID!, $title: String!) {\n    updateContentDraft(id: $id, input: { title: $title }) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ContentRetitleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentSocialQueue {\n    socialQueue {\n      totalItems\n      items {\n        id\n        channel\n        state\n        due\n      }\n    }\n  }\n"): typeof import('./graphql.js').ContentSocialQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCostBudgetE2e($input: CostBudgetInput!) {\n    saveCostBudget(input: $input) {\n      id\n      limitCents\n      policy\n      spentUsd\n      percent\n      status\n    }\n  }\n"): typeof import('./graphql.js').SaveCostBudgetE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBudgetsE2e {\n    costBudgets {\n      id\n      agent {\n        key\n      }\n      month\n      spentUsd\n      percent\n      status\n    }\n  }\n"): typeof import('./graphql.js').CostBudgetsE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCostBudgetWebhookE2e($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      subscription {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateCostBudgetWebhookE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBudgetWaitingE2e($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        actionKind\n        policy\n        reason\n        proposedOutput\n      }\n    }\n  }\n"): typeof import('./graphql.js').CostBudgetWaitingE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCostBudgetE2e($id: ID!) {\n    approveRun(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ApproveCostBudgetE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCostBudgetE2e($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RejectCostBudgetE2eDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      output\n    }\n  }\n"): typeof import('./graphql.js').FinanceRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceAging($asOf: String) {\n    receivablesAging(asOf: $asOf) {\n      asOf\n      totalOpenCents\n      overdueCents\n      buckets {\n        bucket\n        count\n        openCents\n      }\n      rows {\n        number\n        daysOverdue\n        bucket\n        draftedStages\n        stageDue\n      }\n    }\n  }\n"): typeof import('./graphql.js').FinanceAgingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceCashFlow($weekEnding: String) {\n    cashFlowReport(weekEnding: $weekEnding) {\n      week {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      trend {\n        start\n      }\n      runway {\n        cashBalanceCents\n      }\n    }\n  }\n"): typeof import('./graphql.js').FinanceCashFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinanceImport($input: ImportBankFileInput!) {\n    importBankFile(input: $input) {\n      importedCount\n      duplicateCount\n    }\n  }\n"): typeof import('./graphql.js').FinanceImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceBankAccounts {\n    bankAccounts {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').FinanceBankAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ArrangeRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeConversation {\n    startConversation {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ArrangeConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeTakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ArrangeTakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ArrangeArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangePublishableKey($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ArrangePublishableKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArrangeApiKey {\n    createApiKey(name: \"arranged\") {\n      apiKey {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArrangeApiKeyDocument;
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
export function graphql(source: "\n  fragment InboundEndpointFields on WebhookEndpoint {\n    id\n    name\n    scenarioKey\n    agentKey\n    url\n    enabled\n    secretHint\n    createdAt\n    lastDeliveryAt\n  }\n"): typeof import('./graphql.js').InboundEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...InboundEndpointFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        secretHint\n      }\n    }\n  }\n"): typeof import('./graphql.js').RotateWebhookEndpointSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {\n      id\n      name\n      enabled\n    }\n  }\n"): typeof import('./graphql.js').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($first: Int) {\n    webhookEndpoints {\n      ...InboundEndpointFields\n      deliveries(first: $first) {\n        id\n        messageId\n        eventType\n        status\n        errorCode\n        error\n        runId\n        receivedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      triggerDetail\n      triggerSummary\n      input\n      output\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n      steps {\n        kind\n        detail\n        data\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookRunDocument;
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
export function graphql(source: "\n  mutation SubmitExportedLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SubmitExportedLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportedLeads {\n    leads(first: 500) {\n      name\n      email\n      company\n      score\n      tier\n      stage\n    }\n  }\n"): typeof import('./graphql.js').ExportedLeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      error\n      errorCode\n      output\n      steps {\n        kind\n        data\n      }\n      childRuns {\n        status\n        agent {\n          key\n        }\n        output\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeetingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bookings($first: Int, $offset: Int) {\n    bookings(first: $first, offset: $offset) {\n      id\n      status\n      startsAt\n      endsAt\n      timeZone\n      localStart\n      leadEmail\n      videoUrl\n      ics\n      member {\n        name\n        email\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql.js').BookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRememberedConversation($input: StartConversationInput) {\n    startConversation(input: $input) {\n      id\n      customerEmail\n      createdAt\n      updatedAt\n    }\n  }\n"): typeof import('./graphql.js').StartRememberedConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RememberedConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      customerEmail\n      updatedAt\n      runs {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').RememberedConversationDocument;
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
export function graphql(source: "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').CreateAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Order($number: String!) {\n    order(number: $number) {\n      number\n      status\n      carrier\n      trackingNumber\n      promisedAt\n      promisedOn\n      estimatedArrival\n      estimateSource\n      delayed\n      daysLate\n      timeZone\n      trackingSource\n      lastEvent {\n        status\n        location\n        occurredAt\n      }\n      events {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').OrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelayedOrders {\n    delayedOrders {\n      number\n      delayed\n      daysLate\n      status\n    }\n  }\n"): typeof import('./graphql.js').DelayedOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        id\n        url\n        eventTypes\n        enabled\n        secretHint\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveryLog {\n    webhookSubscriptions {\n      id\n      consecutiveFailures\n      deliveries(first: 10) {\n        id\n        eventType\n        status\n        attempts\n        lastStatusCode\n        payload\n        attemptLog {\n          statusCode\n          error\n          durationMs\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookDeliveryLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n      attempts\n      lastStatusCode\n      nextAttemptAt\n      attemptLog {\n        statusCode\n      }\n    }\n  }\n"): typeof import('./graphql.js').RedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundRunStatus($id: ID!) {\n    run(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').OutboundRunStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAcrossHubs($id: ID!) {\n    approveRun(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ApproveAcrossHubsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunUpdatesAcrossHubs {\n    runUpdated {\n      id\n      status\n      finishedAt\n      agent {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunUpdatesAcrossHubsDocument;
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
export function graphql(source: "\n  query ReportingRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      error\n      output\n    }\n  }\n"): typeof import('./graphql.js').ReportingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingStatements($period: String!) {\n    balanceSheet(period: $period, comparePrior: false, compareLastYear: false) {\n      checks {\n        name\n        holds\n      }\n    }\n    cashFlowStatement(period: $period, comparePrior: false, compareLastYear: false) {\n      checks {\n        holds\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReportingStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      ratios {\n        key\n        value\n      }\n      alerts {\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReportingRatiosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRouted($input: StartRunInput!) {\n    startRun(input: $input) {\n      id\n      status\n      agent {\n        key\n      }\n      scenario {\n        key\n      }\n      routing\n      input\n      output\n    }\n  }\n"): typeof import('./graphql.js').StartRoutedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutedRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      errorCode\n      provider\n      input\n      output\n      routing\n      agent {\n        key\n      }\n      steps {\n        kind\n        title\n        data\n      }\n    }\n  }\n"): typeof import('./graphql.js').RoutedRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Route($text: String!) {\n    routeMessage(text: $text) {\n      agentKey\n      confidence\n      needsClarification\n      clarifyingQuestion\n      alternatives {\n        agentKey\n        confidence\n      }\n    }\n  }\n"): typeof import('./graphql.js').RouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunStatusUpdates {\n    runUpdated {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RunStatusUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NarrowRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n    }\n  }\n"): typeof import('./graphql.js').NarrowRunStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AliasedRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      n: seq\n      title\n    }\n  }\n"): typeof import('./graphql.js').AliasedRunStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSalesLead($input: SubmitLeadInput!) {\n    submitLead(input: $input) {\n      id\n      email\n      captures\n      pagesViewed\n      score\n      tier\n    }\n  }\n"): typeof import('./graphql.js').SubmitSalesLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadByEmail($email: String!) {\n    lead(email: $email) {\n      email\n      score\n      tier\n      stage\n      consent\n      scoreFactors {\n        feature\n        label\n        value\n        contribution\n      }\n    }\n  }\n"): typeof import('./graphql.js').LeadByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpWaiting($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      pendingApproval {\n        id\n        toolName\n        policy\n        proposedOutput\n      }\n    }\n  }\n"): typeof import('./graphql.js').FollowUpWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveFollowUp($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').ApproveFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectFollowUp($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').RejectFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpOutbox {\n    caughtEmails(first: 10) {\n      delivery\n      totalItems\n      items {\n        id\n        messageId\n        fromAddress\n        toAddress\n        subject\n        textBody\n        headers\n        sentAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').FollowUpOutboxDocument;
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
export function graphql(source: "\n  fragment ScheduleFields on Schedule {\n    id\n    scenarioKey\n    scenarioTitle\n    agentKey\n    cron\n    timeZone\n    enabled\n    missedTickPolicy\n    input\n    description\n    nextFireTimes(count: 3)\n    lastTickAt\n    lastRunId\n  }\n"): typeof import('./graphql.js').ScheduleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedules {\n    schedules {\n      ...ScheduleFields\n    }\n  }\n"): typeof import('./graphql.js').SchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSchedule($input: ScheduleInput!) {\n    saveSchedule(input: $input) {\n      ...ScheduleFields\n    }\n  }\n"): typeof import('./graphql.js').SaveScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePreview($cron: String!, $timeZone: String) {\n    schedulePreview(cron: $cron, timeZone: $timeZone) {\n      description\n      nextFireTimes\n    }\n  }\n"): typeof import('./graphql.js').SchedulePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledRun($id: ID!) {\n    run(id: $id) {\n      id\n      trigger\n      triggerDetail\n      triggerSummary\n      input\n      scenario {\n        key\n      }\n      steps {\n        kind\n        title\n        detail\n        data\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScheduledRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledRuns {\n    runs(first: 50) {\n      items {\n        id\n        trigger\n        triggerDetail\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScheduledRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SettledRunSteps($runId: ID!) {\n    runSteps(runId: $runId) {\n      seq\n      kind\n      streaming\n      detail\n    }\n  }\n"): typeof import('./graphql.js').SettledRunStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThresholdTriggers {\n    thresholdTriggers {\n      id\n      condition\n      description\n      scenarioKey\n      crossings(first: 10) {\n        subject\n        detail\n        runId\n        clearedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ThresholdTriggersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {\n    saveThresholdTrigger(input: $input) {\n      id\n      description\n      crossings {\n        subject\n      }\n    }\n  }\n"): typeof import('./graphql.js').SaveThresholdTriggerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThresholdCash($weekEnding: String) {\n    cashFlowReport(weekEnding: $weekEnding) {\n      runway {\n        cashBalanceCents\n      }\n    }\n  }\n"): typeof import('./graphql.js').ThresholdCashDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThresholdSpend($input: PostJournalEntryInput!) {\n    postJournalEntry(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ThresholdSpendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThresholdRun($id: ID!) {\n    run(id: $id) {\n      id\n      status\n      trigger\n      triggerDetail\n      triggerSummary\n      scenario {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql.js').ThresholdRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEscalatedConversation($input: StartConversationInput) {\n    startConversation(input: $input) {\n      id\n      handoffState\n    }\n  }\n"): typeof import('./graphql.js').StartEscalatedConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalatedConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      handoffState\n      handoffChangedAt\n      messages {\n        role\n        text\n        runId\n      }\n      tickets {\n        number\n        status\n        priority\n        subject\n        customerEmail\n        runId\n        brief\n      }\n    }\n  }\n"): typeof import('./graphql.js').EscalatedConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TakeOverEscalated($id: ID!) {\n      moved: takeOverConversation(id: $id) {\n        id\n        handoffState\n      }\n    }\n  "): typeof import('./graphql.js').TakeOverEscalatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HandBackEscalated($id: ID!) {\n      moved: handBackToBot(id: $id) {\n        id\n        handoffState\n      }\n    }\n  "): typeof import('./graphql.js').HandBackEscalatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ResolveEscalated($id: ID!) {\n      moved: resolveConversation(id: $id) {\n        id\n        handoffState\n      }\n    }\n  "): typeof import('./graphql.js').ResolveEscalatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEscalatedHumanMessage($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      role\n      text\n      runId\n    }\n  }\n"): typeof import('./graphql.js').SendEscalatedHumanMessageDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateShopIdentitySecret {\n    rotateWidgetIdentitySecret {\n      secret\n    }\n  }\n"): typeof import('./graphql.js').RotateShopIdentitySecretDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
