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
    "\n  fragment AgentFields on Agent {\n    key\n    name\n    description\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n  fragment StepFields on RunStep {\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    inputTokens\n    outputTokens\n    costUsd\n    streaming\n    startedAt\n  }\n  fragment RunSummaryFields on Run {\n    id\n    status\n    trigger\n    triggerSummary\n    createdAt\n    startedAt\n    finishedAt\n    costUsd\n    errorCode\n    agent {\n      key\n      name\n    }\n    scenario {\n      key\n      title\n    }\n  }\n  fragment ApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    editable\n    email {\n      to\n      toName\n      subject\n      body\n    }\n    decidedBy\n    decisionNote\n    createdAt\n    expiresAt\n  }\n": typeof types.AgentFieldsFragmentDoc,
    "\n  query Agents {\n    agents {\n      ...AgentFields\n    }\n    agentOptions {\n      models\n      tools\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...AgentFields\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  query AgentList {\n    agents {\n      key\n      name\n      enabled\n    }\n  }\n": typeof types.AgentListDocument,
    "\n  query Scenarios($agentKey: String) {\n    scenarios(agentKey: $agentKey) {\n      key\n      title\n      description\n      sampleInput\n    }\n  }\n": typeof types.ScenariosDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.StartRunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": typeof types.RunStepsDocument,
    "\n  subscription RunUpdated {\n    runUpdated {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.RunUpdatedDocument,
    "\n  query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {\n    runs(filter: $filter, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...RunSummaryFields\n        startedBy\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      startedBy\n      input\n      output\n      error\n      provider\n      inputTokens\n      outputTokens\n      startedAt\n      lastSeq\n      steps {\n        ...StepFields\n      }\n      parentRun {\n        ...RunSummaryFields\n      }\n      childRuns {\n        ...RunSummaryFields\n      }\n      approvals {\n        ...ApprovalFields\n      }\n      pendingApproval {\n        ...ApprovalFields\n      }\n    }\n  }\n": typeof types.RunDocument,
    "\n  query Approvals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses, first: 50) {\n      totalItems\n      items {\n        ...ApprovalFields\n        run {\n          ...RunSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ApprovalsDocument,
    "\n  mutation ApproveRun($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.ApproveRunDocument,
    "\n  mutation RejectRun($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.RejectRunDocument,
    "\n  query CostBudgets {\n    costBudgets {\n      id\n      agent {\n        id\n        key\n        name\n      }\n      limitCents\n      policy\n      warnPercent\n      month\n      spentUsd\n      percent\n      status\n    }\n  }\n": typeof types.CostBudgetsDocument,
    "\n  query CostBudgetAgents {\n    agents {\n      id\n      key\n      name\n    }\n  }\n": typeof types.CostBudgetAgentsDocument,
    "\n  mutation SaveCostBudget($input: CostBudgetInput!) {\n    saveCostBudget(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SaveCostBudgetDocument,
    "\n  mutation DeleteCostBudget($id: ID!) {\n    deleteCostBudget(id: $id)\n  }\n": typeof types.DeleteCostBudgetDocument,
    "\n  query WorkspaceSettings {\n    workspaceSettings {\n      locale\n      currency\n      timeZone\n    }\n  }\n": typeof types.WorkspaceSettingsDocument,
    "\n  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      locale\n      currency\n      timeZone\n    }\n  }\n": typeof types.UpdateWorkspaceSettingsDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query AccountPeople {\n    adminUsers {\n      id\n      email\n      name\n      role\n      invitedAt\n      lastSignInAt\n    }\n  }\n": typeof types.AccountPeopleDocument,
    "\n  mutation InviteAdminUser($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      ...IssuedPasswordLinkFields\n    }\n  }\n": typeof types.InviteAdminUserDocument,
    "\n  mutation IssuePasswordReset($userId: ID!) {\n    issuePasswordReset(userId: $userId) {\n      ...IssuedPasswordLinkFields\n    }\n  }\n": typeof types.IssuePasswordResetDocument,
    "\n  fragment IssuedPasswordLinkFields on PasswordLink {\n    link\n    emailed\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n      invitedAt\n      lastSignInAt\n    }\n  }\n": typeof types.IssuedPasswordLinkFieldsFragmentDoc,
    "\n  query Audit(\n    $search: String\n    $actions: [String!]\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int!\n    $offset: Int!\n  ) {\n    auditEvents(\n      search: $search\n      actions: $actions\n      from: $from\n      to: $to\n      first: $first\n      offset: $offset\n    ) {\n      totalItems\n      items {\n        id\n        action\n        actor\n        actorName\n        targetType\n        targetId\n        targetName\n        data\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  query AutomationScenarios {\n    scenarios {\n      key\n      title\n      sampleInput\n      agent {\n        key\n        name\n      }\n    }\n  }\n": typeof types.AutomationScenariosDocument,
    "\n  fragment ScheduleFields on Schedule {\n    id\n    scenarioKey\n    scenarioTitle\n    agentKey\n    cron\n    timeZone\n    followsWorkspaceTimeZone\n    enabled\n    missedTickPolicy\n    input\n    description\n    nextFireTimes(count: 5)\n    lastTickAt\n    lastRunId\n  }\n": typeof types.ScheduleFieldsFragmentDoc,
    "\n  query AutomationSchedules {\n    schedules {\n      ...ScheduleFields\n    }\n  }\n": typeof types.AutomationSchedulesDocument,
    "\n  query SchedulePreview($cron: String!, $timeZone: String) {\n    schedulePreview(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      timeZone\n      nextFireTimes\n    }\n  }\n": typeof types.SchedulePreviewDocument,
    "\n  mutation SaveSchedule($input: ScheduleInput!) {\n    saveSchedule(input: $input) {\n      ...ScheduleFields\n    }\n  }\n": typeof types.SaveScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": typeof types.DeleteScheduleDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    name\n    scenarioKey\n    agentKey\n    url\n    enabled\n    secretHint\n    createdAt\n    lastDeliveryAt\n    deliveries(first: 20) {\n      id\n      messageId\n      eventType\n      status\n      errorCode\n      error\n      runId\n      receivedAt\n    }\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query AutomationInbound {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.AutomationInboundDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": typeof types.RotateWebhookEndpointSecretDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  fragment OutboundDeliveryFields on OutboundDelivery {\n    id\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    payload\n    attemptLog {\n      at\n      statusCode\n      error\n      durationMs\n    }\n  }\n": typeof types.OutboundDeliveryFieldsFragmentDoc,
    "\n  fragment WebhookSubscriptionFields on WebhookSubscription {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    secretHint\n    consecutiveFailures\n    createdAt\n    deliveries(first: 20) {\n      ...OutboundDeliveryFields\n    }\n  }\n": typeof types.WebhookSubscriptionFieldsFragmentDoc,
    "\n  query AutomationOutbound {\n    webhookSubscriptions {\n      ...WebhookSubscriptionFields\n    }\n  }\n": typeof types.AutomationOutboundDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n": typeof types.CreateWebhookSubscriptionDocument,
    "\n  mutation UpdateWebhookSubscription($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) {\n      ...WebhookSubscriptionFields\n    }\n  }\n": typeof types.UpdateWebhookSubscriptionDocument,
    "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n": typeof types.DeleteWebhookSubscriptionDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...OutboundDeliveryFields\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation SendTestWebhook($subscriptionId: ID!) {\n    sendTestWebhook(subscriptionId: $subscriptionId) {\n      ...OutboundDeliveryFields\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  fragment ThresholdTriggerFields on ThresholdTrigger {\n    id\n    condition\n    params\n    description\n    scenarioKey\n    agentKey\n    enabled\n    createdAt\n    crossings(first: 20) {\n      id\n      subject\n      detail\n      value\n      crossedAt\n      clearedAt\n      runId\n      baseline\n      runError\n    }\n  }\n": typeof types.ThresholdTriggerFieldsFragmentDoc,
    "\n  query AutomationThresholds {\n    thresholdTriggers {\n      ...ThresholdTriggerFields\n    }\n  }\n": typeof types.AutomationThresholdsDocument,
    "\n  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {\n    saveThresholdTrigger(input: $input) {\n      ...ThresholdTriggerFields\n    }\n  }\n": typeof types.SaveThresholdTriggerDocument,
    "\n  mutation DeleteThresholdTrigger($id: ID!) {\n    deleteThresholdTrigger(id: $id)\n  }\n": typeof types.DeleteThresholdTriggerDocument,
    "\n  fragment ContentItemFields on ContentItem {\n    id\n    kind\n    channel\n    state\n    nextStates\n    title\n    slug\n    focusKeyword\n    plannedFor\n    scheduledFor\n    publishedAt\n    externalUrl\n    updatedAt\n  }\n": typeof types.ContentItemFieldsFragmentDoc,
    "\n  query ContentCalendar($from: String!, $to: String!) {\n    contentItems(states: [IDEA, DRAFTING, IN_REVIEW, APPROVED], first: 100) {\n      items {\n        ...ContentItemFields\n      }\n    }\n    editorialCalendar(from: $from, to: $to) {\n      from\n      to\n      timeZone\n      days {\n        date\n        weekday\n        entries {\n          basis\n          at\n          item {\n            ...ContentItemFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContentCalendarDocument,
    "\n  mutation PlanContentIdea($input: ContentIdeaInput!) {\n    planContentIdea(input: $input) {\n      ...ContentItemFields\n    }\n  }\n": typeof types.PlanContentIdeaDocument,
    "\n  mutation MoveContentItem($id: ID!, $state: ContentItemState!, $reason: String!) {\n    moveContentItem(id: $id, state: $state, reason: $reason) {\n      ...ContentItemFields\n    }\n  }\n": typeof types.MoveContentItemDocument,
    "\n  fragment ContentFeedFields on ContentFeedView {\n    id\n    title\n    url\n    topic\n    lastFetchedAt\n    lastStatus\n    lastError\n    itemCount\n    latestItemAt\n  }\n": typeof types.ContentFeedFieldsFragmentDoc,
    "\n  fragment TrendHeadlineFields on TrendHeadlineView {\n    id\n    title\n    url\n    summary\n    feed\n    publishedAt\n  }\n": typeof types.TrendHeadlineFieldsFragmentDoc,
    "\n  query ContentTrends($topics: [String!]!) {\n    trendReport(topics: $topics) {\n      asOf\n      requestedTopics\n      topics {\n        topic\n        status\n        score\n        latestWeek\n        growthOnPriorPct\n        growthOnLastYearPct\n        keyword\n        monthlyVolume\n        difficulty\n        difficultyBand\n        reason\n        requested\n      }\n      gaps {\n        topic\n        origin\n        reason\n        suggestedTitle\n        trendScore\n        bestMatch {\n          title\n        }\n        mentionedIn {\n          ...TrendHeadlineFields\n        }\n        inProgress {\n          contentItemId\n          title\n          state\n        }\n      }\n      headlines {\n        ...TrendHeadlineFields\n      }\n      freshness {\n        lastFeedFetchAt\n        feedCount\n        seriesLastWeek\n        keywordMetricsAsOf\n        archivePosts\n      }\n      source\n      notes\n    }\n    searchInterest(topics: $topics) {\n      topic\n      source\n      points {\n        weekStart\n        interest\n      }\n    }\n    contentFeeds {\n      ...ContentFeedFields\n    }\n  }\n": typeof types.ContentTrendsDocument,
    "\n  query ContentFeeds {\n    contentFeeds {\n      ...ContentFeedFields\n    }\n  }\n": typeof types.ContentFeedsDocument,
    "\n  mutation RefreshContentFeeds($ids: [ID!]) {\n    refreshContentFeeds(ids: $ids) {\n      feedId\n      title\n      status\n      newItems\n      itemsInFeed\n      error\n    }\n  }\n": typeof types.RefreshContentFeedsDocument,
    "\n  mutation AddContentFeed($input: AddContentFeedInput!) {\n    addContentFeed(input: $input) {\n      ...ContentFeedFields\n    }\n  }\n": typeof types.AddContentFeedDocument,
    "\n  mutation RemoveContentFeed($id: ID!) {\n    removeContentFeed(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.RemoveContentFeedDocument,
    "\n  query ContentDrafts($states: [ContentItemState!]) {\n    contentItems(kind: BLOG_POST, states: $states, first: 100) {\n      totalItems\n      items {\n        ...ContentItemFields\n        pendingApproval {\n          id\n          toolName\n        }\n      }\n    }\n  }\n": typeof types.ContentDraftsDocument,
    "\n  query ContentDraft($id: ID!) {\n    contentItem(id: $id) {\n      ...ContentItemFields\n      body\n      metaDescription\n      brief\n      runId\n      pendingApproval {\n        id\n        runId\n        toolName\n        reason\n        expiresAt\n      }\n    }\n  }\n": typeof types.ContentDraftDocument,
    "\n  query AnalyzeDraft($input: AnalyzeDraftInput!) {\n    analyzeDraft(input: $input) {\n      seo {\n        score\n        checks {\n          id\n          label\n          passed\n          detail\n          weight\n        }\n        wordCount\n        keywordOccurrences\n        keywordDensity\n        imageSuggestions {\n          section\n          alt\n          markdown\n        }\n      }\n      readability {\n        words\n        sentences\n        syllables\n        fleschReadingEase\n        fleschKincaidGrade\n        level\n      }\n      internalLinks {\n        postId\n        title\n        href\n        anchorText\n        reason\n      }\n      suggestedSlug\n    }\n  }\n": typeof types.AnalyzeDraftDocument,
    "\n  mutation UpdateContentDraft($id: ID!, $input: ContentDraftInput!) {\n    updateContentDraft(id: $id, input: $input) {\n      ...ContentItemFields\n      body\n      metaDescription\n    }\n  }\n": typeof types.UpdateContentDraftDocument,
    "\n  query ContentSocial {\n    contentItems(kind: SOCIAL_POST, first: 100) {\n      totalItems\n      items {\n        ...ContentItemFields\n        body\n        parts\n        hashtags\n        sourceItem {\n          id\n          title\n          externalUrl\n        }\n      }\n    }\n    socialQueue {\n      totalItems\n      dueCount\n      items {\n        id\n        channel\n        title\n        scheduledFor\n        due\n        sourceTitle\n      }\n    }\n  }\n": typeof types.ContentSocialDocument,
    "\n  query PreviewSocialPost($platform: SocialChannel!, $text: String!) {\n    previewSocialPost(platform: $platform, text: $text) {\n      length\n      limit\n      overLimit\n      hook {\n        length\n        limit\n        withinLimit\n      }\n      hashtagCount\n      hashtagLimit\n      notes\n    }\n  }\n": typeof types.PreviewSocialPostDocument,
    "\n  mutation MarkSocialPostPublished($id: ID!, $url: String!) {\n    markSocialPostPublished(id: $id, url: $url) {\n      id\n      state\n      externalUrl\n      publishedAt\n    }\n  }\n": typeof types.MarkSocialPostPublishedDocument,
    "\n  fragment ConversationFields on Conversation {\n    id\n    handoffState\n    customerEmail\n    visitorId\n    visitorName\n    updatedAt\n    lastMessage {\n      role\n      text\n      createdAt\n    }\n    messages {\n      role\n      text\n      createdAt\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...ConversationFields\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  subscription ConversationEvents($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      handoffState\n      message {\n        id\n      }\n    }\n  }\n": typeof types.ConversationEventsDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.TakeOverDocument,
    "\n  mutation HandBack($id: ID!) {\n    handBackToBot(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.HandBackDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ResolveDocument,
    "\n  mutation SendHuman($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      id\n    }\n  }\n": typeof types.SendHumanDocument,
    "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      escalations\n      handoffs\n      openApprovals\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        unavailable\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query FinanceReviewQueue($status: BankTransactionStatus!, $first: Int!, $offset: Int!) {\n    bankTransactions(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        postedOn\n        amountCents\n        description\n        merchant\n        reference\n        status\n        accountCode\n        accountName\n        confidence\n        categorizedBy\n        journalEntryId\n      }\n    }\n  }\n": typeof types.FinanceReviewQueueDocument,
    "\n  query FinanceAccounts {\n    accounts {\n      id\n      code\n      name\n      type\n      postable\n    }\n  }\n": typeof types.FinanceAccountsDocument,
    "\n  mutation CategorizeBankTransaction($id: ID!, $accountCode: String!) {\n    categorizeBankTransaction(id: $id, accountCode: $accountCode) {\n      alsoApplied\n      transaction {\n        id\n        status\n        accountCode\n        accountName\n        categorizedBy\n        journalEntryId\n      }\n    }\n  }\n": typeof types.CategorizeBankTransactionDocument,
    "\n  query FinanceBankImports($first: Int!, $offset: Int!) {\n    bankAccounts {\n      id\n      name\n      institution\n      last4\n    }\n    bankImports(first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        bankAccountId\n        fileName\n        format\n        layout\n        rowCount\n        importedCount\n        duplicateCount\n        importedBy\n        importedAt\n      }\n    }\n  }\n": typeof types.FinanceBankImportsDocument,
    "\n  mutation ImportBankFile($input: ImportBankFileInput!) {\n    importBankFile(input: $input) {\n      id\n      fileName\n      format\n      layout\n      rowCount\n      importedCount\n      duplicateCount\n    }\n  }\n": typeof types.ImportBankFileDocument,
    "\n  query FinanceReceivables($asOf: String) {\n    receivablesAging(asOf: $asOf) {\n      asOf\n      totalOpenCents\n      overdueCents\n      buckets {\n        bucket\n        count\n        openCents\n      }\n      rows {\n        invoiceId\n        number\n        customer\n        issuedOn\n        dueOn\n        amountCents\n        openCents\n        daysOverdue\n        bucket\n        draftedStages\n        stageDue\n      }\n    }\n  }\n": typeof types.FinanceReceivablesDocument,
    "\n  query FinanceReminders($first: Int!) {\n    invoiceReminders(first: $first) {\n      id\n      invoiceId\n      invoiceNumber\n      customer\n      stage\n      daysOverdue\n      subject\n      body\n      status\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.FinanceRemindersDocument,
    "\n  mutation SendInvoiceReminder($id: ID!) {\n    sendInvoiceReminder(id: $id) {\n      id\n      invoiceId\n      invoiceNumber\n      customer\n      stage\n      daysOverdue\n      subject\n      body\n      status\n      sentAt\n      createdAt\n    }\n  }\n": typeof types.SendInvoiceReminderDocument,
    "\n  query FinanceCashFlow($weekEnding: String, $historyWeeks: Int!) {\n    cashFlowReport(weekEnding: $weekEnding, historyWeeks: $historyWeeks) {\n      week {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      priorWeek {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      sameWeekLastYear {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      inflows {\n        category\n        amountCents\n        count\n      }\n      outflows {\n        category\n        amountCents\n        count\n      }\n      trend {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      anomalies {\n        category\n        direction\n        deviation\n        amountCents\n        medianCents\n        score\n        explanation\n      }\n      runway {\n        cashBalanceCents\n        averageWeeklyNetCents\n        weeksOfRunway\n        weeksCounted\n        explanation\n      }\n    }\n  }\n": typeof types.FinanceCashFlowDocument,
    "\n  fragment ArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n    updatedAt\n  }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search, first: 100) {\n      totalItems\n      items {\n        ...ArticleFields\n      }\n    }\n  }\n": typeof types.ArticlesDocument,
    "\n  mutation CreateArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...ArticleFields\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n": typeof types.DeleteArticleDocument,
    "\n  query Leads {\n    leads(first: 100) {\n      id\n      name\n      email\n      company\n      score\n      tier\n      stage\n      createdAt\n      scoreFactors {\n        feature\n        label\n        value\n        contribution\n      }\n    }\n  }\n": typeof types.LeadsDocument,
    "\n  query Outbox($first: Int!, $offset: Int!) {\n    caughtEmails(first: $first, offset: $offset) {\n      delivery\n      totalItems\n      items {\n        id\n        messageId\n        fromAddress\n        toAddress\n        subject\n        textBody\n        htmlBody\n        headers\n        confidential\n        sentAt\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  fragment ReportStatementFields on FinancialStatementView {\n    kind\n    title\n    period {\n      key\n      label\n      from\n      to\n    }\n    priorPeriod {\n      key\n      label\n    }\n    lastYearPeriod {\n      key\n      label\n    }\n    sections {\n      key\n      label\n      rows {\n        key\n        label\n        accounts\n        group\n        currentCents\n        priorCents\n        lastYearCents\n        varianceCents\n        variancePercent\n        isTotal\n      }\n    }\n    checks {\n      name\n      holds\n      detail\n    }\n    notes\n  }\n": typeof types.ReportStatementFieldsFragmentDoc,
    "\n  query ReportStatements($period: String!, $comparePrior: Boolean!, $compareLastYear: Boolean!) {\n    incomeStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n    balanceSheet(period: $period, comparePrior: $comparePrior, compareLastYear: $compareLastYear) {\n      ...ReportStatementFields\n    }\n    cashFlowStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n  }\n": typeof types.ReportStatementsDocument,
    "\n  query ReportForecast($months: Int!) {\n    forecast(months: $months) {\n      asOf\n      history {\n        month\n        revenueCents\n        expensesCents\n        netIncomeCents\n        grossMarginPercent\n        cashCents\n      }\n      series {\n        key\n        method\n        points {\n          month\n          baseCents\n          conservativeCents\n          aggressiveCents\n          lower80Cents\n          upper80Cents\n          lower95Cents\n          upper95Cents\n        }\n      }\n      assumptions\n    }\n  }\n": typeof types.ReportForecastDocument,
    "\n  query ReportRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      asOf\n      window {\n        from\n        to\n        days\n      }\n      naicsCode\n      benchmark {\n        shortCitation\n        publisher\n        title\n        table\n        dataPeriod\n        publicationDate\n        urls\n        rangeMethod\n        caveats\n        naicsCode\n        matchedCode\n        industryLabel\n        note\n      }\n      ratios {\n        key\n        label\n        unit\n        formula\n        higherIsBetter\n        value\n        nullReason\n        benchmark {\n          low\n          high\n        }\n        benchmarkMissingReason\n        alert {\n          severity\n          text\n        }\n        numerator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n        denominator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportRatiosDocument,
    "\n  fragment FilingPackageFields on FilingPackage {\n    id\n    kind\n    period\n    title\n    preparedAt\n    preparedBy\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n": typeof types.FilingPackageFieldsFragmentDoc,
    "\n  query ReportFilingPackages($first: Int!) {\n    filingPackages(first: $first) {\n      ...FilingPackageFields\n    }\n  }\n": typeof types.ReportFilingPackagesDocument,
    "\n  mutation PrepareFilingPackage($period: String!) {\n    prepareFilingPackage(period: $period) {\n      ...FilingPackageFields\n    }\n  }\n": typeof types.PrepareFilingPackageDocument,
    "\n  query ScenarioGrid {\n    agents {\n      key\n      name\n      enabled\n      scenarios {\n        id\n        key\n        title\n        description\n        sampleInput\n        inputSchema\n        available\n        unavailableReason\n        lastRun {\n          id\n          status\n          createdAt\n          startedAt\n          finishedAt\n        }\n      }\n    }\n  }\n": typeof types.ScenarioGridDocument,
    "\n  fragment PublishableKeyFields on PublishableKey {\n    id\n    name\n    key\n    allowedOrigins\n    createdAt\n    revokedAt\n  }\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    displayPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n  fragment AdminUserFields on AdminUser {\n    id\n    email\n    name\n    role\n    createdAt\n    lastSignInAt\n  }\n": typeof types.PublishableKeyFieldsFragmentDoc,
    "\n  query PublishableKeys {\n    publishableKeys {\n      ...PublishableKeyFields\n    }\n  }\n": typeof types.PublishableKeysDocument,
    "\n  mutation CreatePk($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      ...PublishableKeyFields\n    }\n  }\n": typeof types.CreatePkDocument,
    "\n  mutation SetOrigins($id: ID!, $allowedOrigins: [String!]!) {\n    setPublishableKeyOrigins(id: $id, allowedOrigins: $allowedOrigins) {\n      ...PublishableKeyFields\n    }\n  }\n": typeof types.SetOriginsDocument,
    "\n  mutation RevokePk($id: ID!) {\n    revokePublishableKey(id: $id) {\n      ...PublishableKeyFields\n    }\n  }\n": typeof types.RevokePkDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      plainKey\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AdminUsers {\n    adminUsers {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.CreateAdminUserDocument,
    "\n  mutation SetRole($id: ID!, $role: AdminRole!) {\n    setAdminUserRole(id: $id, role: $role) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.SetRoleDocument,
    "\n  mutation RemoveAdminUser($id: ID!) {\n    removeAdminUser(id: $id)\n  }\n": typeof types.RemoveAdminUserDocument,
    "\n  fragment TaxRuleFields on TaxRuleUseView {\n    ruleId\n    concept\n    ruleSetVersion\n    value\n    note\n    citation {\n      publisher\n      title\n      section\n      url\n      published\n    }\n  }\n": typeof types.TaxRuleFieldsFragmentDoc,
    "\n  fragment TaxFigureFields on TaxFigureView {\n    cents\n    formula\n    rules {\n      ruleId\n      value\n    }\n  }\n": typeof types.TaxFigureFieldsFragmentDoc,
    "\n  query TaxNexusExposure($asOf: String) {\n    nexusExposure(asOf: $asOf) {\n      asOf\n      timeZone\n      ruleSetVersion\n      registerNow\n      watch\n      statesSoldInto\n      states {\n        state\n        stateName\n        status\n        registered\n        registeredOn\n        actionKind\n        action\n        reason\n        rule {\n          id\n          summary\n          effectiveFrom\n          effectiveTo\n          citation {\n            publisher\n            title\n            section\n            url\n            published\n          }\n        }\n        decidingWindow {\n          from\n          to\n          label\n          salesCents\n          transactions\n          percent\n          met\n        }\n      }\n    }\n  }\n": typeof types.TaxNexusExposureDocument,
    "\n  query TaxDeductionSummary($taxYear: Int!) {\n    deductionSummary(taxYear: $taxYear) {\n      taxYear\n      ruleSetVersion\n      period {\n        from\n        to\n      }\n      booksThrough\n      profile {\n        filingStatus\n        businessForm\n        note\n      }\n      grossReceipts {\n        ...TaxFigureFields\n      }\n      returnsAndAllowances {\n        ...TaxFigureFields\n      }\n      costOfGoodsSold {\n        ...TaxFigureFields\n      }\n      grossIncome {\n        ...TaxFigureFields\n      }\n      lines {\n        line\n        label\n        ledgerCents\n        adjustment\n        accounts {\n          code\n          name\n          cents\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      vehicle {\n        description\n        businessMiles\n        totalMiles\n        chosen\n        why\n        standardMileage {\n          ...TaxFigureFields\n        }\n        actualExpenses {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      section179 {\n        properties {\n          description\n          placedInServiceOn\n          reason\n          businessCost {\n            ...TaxFigureFields\n          }\n          elected {\n            ...TaxFigureFields\n          }\n        }\n        dollarLimit {\n          ...TaxFigureFields\n        }\n        threshold {\n          ...TaxFigureFields\n        }\n        dollarLimitation {\n          ...TaxFigureFields\n        }\n        businessIncome {\n          ...TaxFigureFields\n        }\n        businessIncomeLimitation {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n        carryover {\n          ...TaxFigureFields\n        }\n      }\n      homeOffice {\n        officeSquareFeet\n        homeSquareFeet\n        chosen\n        why\n        carryoverOperatingCents\n        carryoverDepreciationCents\n        simplified {\n          ...TaxFigureFields\n        }\n        actual {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      totalExpenses {\n        ...TaxFigureFields\n      }\n      tentativeProfit {\n        ...TaxFigureFields\n      }\n      homeOfficeDeduction {\n        ...TaxFigureFields\n      }\n      netProfit {\n        ...TaxFigureFields\n      }\n      missedDeductions {\n        kind\n        cents\n        text\n      }\n      rulesUsed {\n        ...TaxRuleFields\n      }\n    }\n  }\n": typeof types.TaxDeductionSummaryDocument,
    "\n  query TaxSalesTaxLiability($state: String!, $period: String!) {\n    salesTaxLiability(state: $state, period: $period) {\n      state\n      registered\n      registeredOn\n      period {\n        key\n        kind\n        start\n        end\n      }\n      orderCount\n      grossSalesCents\n      exemptSalesCents\n      exemptByReason {\n        code\n        reason\n        cents\n      }\n      resaleSalesCents\n      taxableSalesCents\n      shippingCents\n      taxableShippingCents\n      stateTaxOwedCents\n      localTaxOwedCents\n      taxOwedCents\n      taxCollectedCents\n      ledgerCollectedCents\n      differenceCents\n      differenceReasons\n      notes\n      ruleSetVersion\n      jurisdictionTableVersion\n      jurisdictions {\n        level\n        code\n        name\n        rate\n        taxableSalesCents\n        taxOwedCents\n        ruleIds\n      }\n      locations {\n        label\n        channel\n        city\n        postalCode\n        combinedRate\n        grossSalesCents\n        taxableSalesCents\n        taxCollectedCents\n      }\n      rulesUsed {\n        id\n        concept\n        citation {\n          title\n          url\n          published\n        }\n      }\n    }\n  }\n": typeof types.TaxSalesTaxLiabilityDocument,
    "\n  query TaxSalesTaxQuote($input: SalesTaxQuoteInput!) {\n    salesTaxQuote(input: $input) {\n      state\n      date\n      sourcing\n      sourcingReason\n      combinedRate\n      address {\n        postalCode\n        city\n        state\n        regionName\n        combinedRate\n        matchedBy\n        note\n        tableSource\n        tableAsOf\n      }\n      originAddress {\n        postalCode\n        city\n        regionName\n      }\n      jurisdictions {\n        level\n        code\n        name\n        rate\n        taxableCents\n        taxCents\n        ruleIds\n      }\n      lines {\n        id\n        category\n        amountCents\n        taxableCents\n        exemptCents\n        taxCents\n        treatment\n        reason\n        ruleIds\n      }\n      shipping {\n        amountCents\n        taxableCents\n        taxCents\n        reason\n      }\n      rounding {\n        mode\n        method\n        reason\n      }\n      subtotalCents\n      taxableCents\n      totalTaxCents\n      totalCents\n      ruleSetVersion\n      rulesUsed {\n        id\n        concept\n        citation {\n          title\n          url\n          published\n        }\n      }\n    }\n  }\n": typeof types.TaxSalesTaxQuoteDocument,
    "\n  fragment SalesTaxFilingPacketFields on SalesTaxFilingPacket {\n    id\n    state\n    period\n    status\n    preparedAt\n    preparedBy\n    returnWorksheet {\n      formTitle\n      filingFrequency\n      periodStart\n      periodEnd\n      deadlineStatus\n      dueDate {\n        due\n        nominal\n        skipped\n      }\n      prepaymentDueDate {\n        due\n      }\n      prepaymentDiscountIfPrepaidCents\n      lines {\n        key\n        item\n        label\n        formEntry\n        cents\n        formula\n      }\n      reconciliation {\n        taxOwedCents\n        taxCollectedCents\n        differenceCents\n        keptOnTimelyReturnCents\n      }\n      notes\n    }\n    checklist {\n      key\n      title\n      status\n      detail\n    }\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n": typeof types.SalesTaxFilingPacketFieldsFragmentDoc,
    "\n  mutation TaxPrepareSalesTaxFiling($state: String!, $period: String!, $preliminary: Boolean!) {\n    prepareSalesTaxFiling(state: $state, period: $period, preliminary: $preliminary) {\n      ...SalesTaxFilingPacketFields\n    }\n  }\n": typeof types.TaxPrepareSalesTaxFilingDocument,
    "\n  query TaxEstimatedTaxPlan($taxYear: Int!) {\n    estimatedTaxPlan(taxYear: $taxYear) {\n      taxYear\n      asOf\n      filingStatus\n      booksThrough\n      ruleSetVersion\n      netProfitBasis\n      netProfitBasisExplanation\n      netProfitToDate {\n        ...TaxFigureFields\n      }\n      projectedNetProfit {\n        ...TaxFigureFields\n      }\n      selfEmploymentTax {\n        ...TaxFigureFields\n      }\n      deductibleHalfOfSelfEmploymentTax {\n        ...TaxFigureFields\n      }\n      adjustedGrossIncome {\n        ...TaxFigureFields\n      }\n      taxableIncomeBeforeQbi {\n        ...TaxFigureFields\n      }\n      qbiDeduction {\n        ...TaxFigureFields\n      }\n      qbiExplanation\n      taxableIncome {\n        ...TaxFigureFields\n      }\n      incomeTax {\n        ...TaxFigureFields\n      }\n      marginalRate\n      additionalMedicareTax {\n        ...TaxFigureFields\n      }\n      totalTax {\n        ...TaxFigureFields\n      }\n      paymentsRequired\n      paymentsRequiredReason\n      priorYearOption {\n        ...TaxFigureFields\n      }\n      currentYearOption {\n        ...TaxFigureFields\n      }\n      basis\n      requiredAnnualPayment {\n        ...TaxFigureFields\n      }\n      installments {\n        number\n        nominalDueDate\n        dueDate\n        amount {\n          ...TaxFigureFields\n        }\n        cumulative {\n          ...TaxFigureFields\n        }\n        paidByDueDate\n        shortfall\n        status\n      }\n      paidToDateCents\n      behind\n      payments {\n        id\n        paidOn\n        amountCents\n        note\n      }\n      warnings\n      notes\n      standardVsItemized {\n        chosen\n        why\n        standardDeduction {\n          ...TaxFigureFields\n        }\n        standardTotal {\n          ...TaxFigureFields\n        }\n        mortgageInterest {\n          ...TaxFigureFields\n        }\n        saltPaid {\n          ...TaxFigureFields\n        }\n        saltLimit {\n          ...TaxFigureFields\n        }\n        salt {\n          ...TaxFigureFields\n        }\n        charitable {\n          ...TaxFigureFields\n        }\n        itemizedTotal {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n        difference {\n          ...TaxFigureFields\n        }\n        notes\n      }\n      rulesUsed {\n        ...TaxRuleFields\n      }\n    }\n  }\n": typeof types.TaxEstimatedTaxPlanDocument,
    "\n  query TaxComplianceCalendar($from: String, $to: String) {\n    complianceCalendar(from: $from, to: $to) {\n      from\n      to\n      today\n      timeZone\n      holidayNote\n      ruleSetVersion\n      events {\n        id\n        kind\n        state\n        title\n        detail\n        dueDate\n        nominalDueDate\n        moved\n        remindOn\n        status\n        sourceRule\n        citation {\n          publisher\n          title\n          section\n          url\n          published\n        }\n      }\n    }\n    exemptionCertificates(asOf: $from) {\n      asOf\n      uncoveredCents\n      certificates {\n        id\n        buyerName\n        state\n        kind\n        number\n        expiresOn\n        daysToExpiry\n        status\n        message\n      }\n      uncoveredSales {\n        saleId\n        soldOn\n        state\n        treatment\n        buyerName\n        goodsCents\n        reason\n        message\n      }\n    }\n  }\n": typeof types.TaxComplianceCalendarDocument,
};
const documents: Documents = {
    "\n  fragment AgentFields on Agent {\n    key\n    name\n    description\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n  fragment StepFields on RunStep {\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    inputTokens\n    outputTokens\n    costUsd\n    streaming\n    startedAt\n  }\n  fragment RunSummaryFields on Run {\n    id\n    status\n    trigger\n    triggerSummary\n    createdAt\n    startedAt\n    finishedAt\n    costUsd\n    errorCode\n    agent {\n      key\n      name\n    }\n    scenario {\n      key\n      title\n    }\n  }\n  fragment ApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    editable\n    email {\n      to\n      toName\n      subject\n      body\n    }\n    decidedBy\n    decisionNote\n    createdAt\n    expiresAt\n  }\n": types.AgentFieldsFragmentDoc,
    "\n  query Agents {\n    agents {\n      ...AgentFields\n    }\n    agentOptions {\n      models\n      tools\n    }\n  }\n": types.AgentsDocument,
    "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...AgentFields\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  query AgentList {\n    agents {\n      key\n      name\n      enabled\n    }\n  }\n": types.AgentListDocument,
    "\n  query Scenarios($agentKey: String) {\n    scenarios(agentKey: $agentKey) {\n      key\n      title\n      description\n      sampleInput\n    }\n  }\n": types.ScenariosDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummaryFields\n    }\n  }\n": types.StartRunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": types.RunStepsDocument,
    "\n  subscription RunUpdated {\n    runUpdated {\n      ...RunSummaryFields\n    }\n  }\n": types.RunUpdatedDocument,
    "\n  query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {\n    runs(filter: $filter, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...RunSummaryFields\n        startedBy\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      startedBy\n      input\n      output\n      error\n      provider\n      inputTokens\n      outputTokens\n      startedAt\n      lastSeq\n      steps {\n        ...StepFields\n      }\n      parentRun {\n        ...RunSummaryFields\n      }\n      childRuns {\n        ...RunSummaryFields\n      }\n      approvals {\n        ...ApprovalFields\n      }\n      pendingApproval {\n        ...ApprovalFields\n      }\n    }\n  }\n": types.RunDocument,
    "\n  query Approvals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses, first: 50) {\n      totalItems\n      items {\n        ...ApprovalFields\n        run {\n          ...RunSummaryFields\n        }\n      }\n    }\n  }\n": types.ApprovalsDocument,
    "\n  mutation ApproveRun($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      ...RunSummaryFields\n    }\n  }\n": types.ApproveRunDocument,
    "\n  mutation RejectRun($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      ...RunSummaryFields\n    }\n  }\n": types.RejectRunDocument,
    "\n  query CostBudgets {\n    costBudgets {\n      id\n      agent {\n        id\n        key\n        name\n      }\n      limitCents\n      policy\n      warnPercent\n      month\n      spentUsd\n      percent\n      status\n    }\n  }\n": types.CostBudgetsDocument,
    "\n  query CostBudgetAgents {\n    agents {\n      id\n      key\n      name\n    }\n  }\n": types.CostBudgetAgentsDocument,
    "\n  mutation SaveCostBudget($input: CostBudgetInput!) {\n    saveCostBudget(input: $input) {\n      id\n      status\n    }\n  }\n": types.SaveCostBudgetDocument,
    "\n  mutation DeleteCostBudget($id: ID!) {\n    deleteCostBudget(id: $id)\n  }\n": types.DeleteCostBudgetDocument,
    "\n  query WorkspaceSettings {\n    workspaceSettings {\n      locale\n      currency\n      timeZone\n    }\n  }\n": types.WorkspaceSettingsDocument,
    "\n  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      locale\n      currency\n      timeZone\n    }\n  }\n": types.UpdateWorkspaceSettingsDocument,
    "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query AccountPeople {\n    adminUsers {\n      id\n      email\n      name\n      role\n      invitedAt\n      lastSignInAt\n    }\n  }\n": types.AccountPeopleDocument,
    "\n  mutation InviteAdminUser($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      ...IssuedPasswordLinkFields\n    }\n  }\n": types.InviteAdminUserDocument,
    "\n  mutation IssuePasswordReset($userId: ID!) {\n    issuePasswordReset(userId: $userId) {\n      ...IssuedPasswordLinkFields\n    }\n  }\n": types.IssuePasswordResetDocument,
    "\n  fragment IssuedPasswordLinkFields on PasswordLink {\n    link\n    emailed\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n      invitedAt\n      lastSignInAt\n    }\n  }\n": types.IssuedPasswordLinkFieldsFragmentDoc,
    "\n  query Audit(\n    $search: String\n    $actions: [String!]\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int!\n    $offset: Int!\n  ) {\n    auditEvents(\n      search: $search\n      actions: $actions\n      from: $from\n      to: $to\n      first: $first\n      offset: $offset\n    ) {\n      totalItems\n      items {\n        id\n        action\n        actor\n        actorName\n        targetType\n        targetId\n        targetName\n        data\n        createdAt\n      }\n    }\n  }\n": types.AuditDocument,
    "\n  query AutomationScenarios {\n    scenarios {\n      key\n      title\n      sampleInput\n      agent {\n        key\n        name\n      }\n    }\n  }\n": types.AutomationScenariosDocument,
    "\n  fragment ScheduleFields on Schedule {\n    id\n    scenarioKey\n    scenarioTitle\n    agentKey\n    cron\n    timeZone\n    followsWorkspaceTimeZone\n    enabled\n    missedTickPolicy\n    input\n    description\n    nextFireTimes(count: 5)\n    lastTickAt\n    lastRunId\n  }\n": types.ScheduleFieldsFragmentDoc,
    "\n  query AutomationSchedules {\n    schedules {\n      ...ScheduleFields\n    }\n  }\n": types.AutomationSchedulesDocument,
    "\n  query SchedulePreview($cron: String!, $timeZone: String) {\n    schedulePreview(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      timeZone\n      nextFireTimes\n    }\n  }\n": types.SchedulePreviewDocument,
    "\n  mutation SaveSchedule($input: ScheduleInput!) {\n    saveSchedule(input: $input) {\n      ...ScheduleFields\n    }\n  }\n": types.SaveScheduleDocument,
    "\n  mutation DeleteSchedule($id: ID!) {\n    deleteSchedule(id: $id)\n  }\n": types.DeleteScheduleDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    name\n    scenarioKey\n    agentKey\n    url\n    enabled\n    secretHint\n    createdAt\n    lastDeliveryAt\n    deliveries(first: 20) {\n      id\n      messageId\n      eventType\n      status\n      errorCode\n      error\n      runId\n      receivedAt\n    }\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query AutomationInbound {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": types.AutomationInboundDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n": types.RotateWebhookEndpointSecretDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {\n      ...WebhookEndpointFields\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  fragment OutboundDeliveryFields on OutboundDelivery {\n    id\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    payload\n    attemptLog {\n      at\n      statusCode\n      error\n      durationMs\n    }\n  }\n": types.OutboundDeliveryFieldsFragmentDoc,
    "\n  fragment WebhookSubscriptionFields on WebhookSubscription {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    secretHint\n    consecutiveFailures\n    createdAt\n    deliveries(first: 20) {\n      ...OutboundDeliveryFields\n    }\n  }\n": types.WebhookSubscriptionFieldsFragmentDoc,
    "\n  query AutomationOutbound {\n    webhookSubscriptions {\n      ...WebhookSubscriptionFields\n    }\n  }\n": types.AutomationOutboundDocument,
    "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n": types.CreateWebhookSubscriptionDocument,
    "\n  mutation UpdateWebhookSubscription($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) {\n      ...WebhookSubscriptionFields\n    }\n  }\n": types.UpdateWebhookSubscriptionDocument,
    "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n": types.DeleteWebhookSubscriptionDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...OutboundDeliveryFields\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation SendTestWebhook($subscriptionId: ID!) {\n    sendTestWebhook(subscriptionId: $subscriptionId) {\n      ...OutboundDeliveryFields\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  fragment ThresholdTriggerFields on ThresholdTrigger {\n    id\n    condition\n    params\n    description\n    scenarioKey\n    agentKey\n    enabled\n    createdAt\n    crossings(first: 20) {\n      id\n      subject\n      detail\n      value\n      crossedAt\n      clearedAt\n      runId\n      baseline\n      runError\n    }\n  }\n": types.ThresholdTriggerFieldsFragmentDoc,
    "\n  query AutomationThresholds {\n    thresholdTriggers {\n      ...ThresholdTriggerFields\n    }\n  }\n": types.AutomationThresholdsDocument,
    "\n  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {\n    saveThresholdTrigger(input: $input) {\n      ...ThresholdTriggerFields\n    }\n  }\n": types.SaveThresholdTriggerDocument,
    "\n  mutation DeleteThresholdTrigger($id: ID!) {\n    deleteThresholdTrigger(id: $id)\n  }\n": types.DeleteThresholdTriggerDocument,
    "\n  fragment ContentItemFields on ContentItem {\n    id\n    kind\n    channel\n    state\n    nextStates\n    title\n    slug\n    focusKeyword\n    plannedFor\n    scheduledFor\n    publishedAt\n    externalUrl\n    updatedAt\n  }\n": types.ContentItemFieldsFragmentDoc,
    "\n  query ContentCalendar($from: String!, $to: String!) {\n    contentItems(states: [IDEA, DRAFTING, IN_REVIEW, APPROVED], first: 100) {\n      items {\n        ...ContentItemFields\n      }\n    }\n    editorialCalendar(from: $from, to: $to) {\n      from\n      to\n      timeZone\n      days {\n        date\n        weekday\n        entries {\n          basis\n          at\n          item {\n            ...ContentItemFields\n          }\n        }\n      }\n    }\n  }\n": types.ContentCalendarDocument,
    "\n  mutation PlanContentIdea($input: ContentIdeaInput!) {\n    planContentIdea(input: $input) {\n      ...ContentItemFields\n    }\n  }\n": types.PlanContentIdeaDocument,
    "\n  mutation MoveContentItem($id: ID!, $state: ContentItemState!, $reason: String!) {\n    moveContentItem(id: $id, state: $state, reason: $reason) {\n      ...ContentItemFields\n    }\n  }\n": types.MoveContentItemDocument,
    "\n  fragment ContentFeedFields on ContentFeedView {\n    id\n    title\n    url\n    topic\n    lastFetchedAt\n    lastStatus\n    lastError\n    itemCount\n    latestItemAt\n  }\n": types.ContentFeedFieldsFragmentDoc,
    "\n  fragment TrendHeadlineFields on TrendHeadlineView {\n    id\n    title\n    url\n    summary\n    feed\n    publishedAt\n  }\n": types.TrendHeadlineFieldsFragmentDoc,
    "\n  query ContentTrends($topics: [String!]!) {\n    trendReport(topics: $topics) {\n      asOf\n      requestedTopics\n      topics {\n        topic\n        status\n        score\n        latestWeek\n        growthOnPriorPct\n        growthOnLastYearPct\n        keyword\n        monthlyVolume\n        difficulty\n        difficultyBand\n        reason\n        requested\n      }\n      gaps {\n        topic\n        origin\n        reason\n        suggestedTitle\n        trendScore\n        bestMatch {\n          title\n        }\n        mentionedIn {\n          ...TrendHeadlineFields\n        }\n        inProgress {\n          contentItemId\n          title\n          state\n        }\n      }\n      headlines {\n        ...TrendHeadlineFields\n      }\n      freshness {\n        lastFeedFetchAt\n        feedCount\n        seriesLastWeek\n        keywordMetricsAsOf\n        archivePosts\n      }\n      source\n      notes\n    }\n    searchInterest(topics: $topics) {\n      topic\n      source\n      points {\n        weekStart\n        interest\n      }\n    }\n    contentFeeds {\n      ...ContentFeedFields\n    }\n  }\n": types.ContentTrendsDocument,
    "\n  query ContentFeeds {\n    contentFeeds {\n      ...ContentFeedFields\n    }\n  }\n": types.ContentFeedsDocument,
    "\n  mutation RefreshContentFeeds($ids: [ID!]) {\n    refreshContentFeeds(ids: $ids) {\n      feedId\n      title\n      status\n      newItems\n      itemsInFeed\n      error\n    }\n  }\n": types.RefreshContentFeedsDocument,
    "\n  mutation AddContentFeed($input: AddContentFeedInput!) {\n    addContentFeed(input: $input) {\n      ...ContentFeedFields\n    }\n  }\n": types.AddContentFeedDocument,
    "\n  mutation RemoveContentFeed($id: ID!) {\n    removeContentFeed(id: $id) {\n      id\n      title\n    }\n  }\n": types.RemoveContentFeedDocument,
    "\n  query ContentDrafts($states: [ContentItemState!]) {\n    contentItems(kind: BLOG_POST, states: $states, first: 100) {\n      totalItems\n      items {\n        ...ContentItemFields\n        pendingApproval {\n          id\n          toolName\n        }\n      }\n    }\n  }\n": types.ContentDraftsDocument,
    "\n  query ContentDraft($id: ID!) {\n    contentItem(id: $id) {\n      ...ContentItemFields\n      body\n      metaDescription\n      brief\n      runId\n      pendingApproval {\n        id\n        runId\n        toolName\n        reason\n        expiresAt\n      }\n    }\n  }\n": types.ContentDraftDocument,
    "\n  query AnalyzeDraft($input: AnalyzeDraftInput!) {\n    analyzeDraft(input: $input) {\n      seo {\n        score\n        checks {\n          id\n          label\n          passed\n          detail\n          weight\n        }\n        wordCount\n        keywordOccurrences\n        keywordDensity\n        imageSuggestions {\n          section\n          alt\n          markdown\n        }\n      }\n      readability {\n        words\n        sentences\n        syllables\n        fleschReadingEase\n        fleschKincaidGrade\n        level\n      }\n      internalLinks {\n        postId\n        title\n        href\n        anchorText\n        reason\n      }\n      suggestedSlug\n    }\n  }\n": types.AnalyzeDraftDocument,
    "\n  mutation UpdateContentDraft($id: ID!, $input: ContentDraftInput!) {\n    updateContentDraft(id: $id, input: $input) {\n      ...ContentItemFields\n      body\n      metaDescription\n    }\n  }\n": types.UpdateContentDraftDocument,
    "\n  query ContentSocial {\n    contentItems(kind: SOCIAL_POST, first: 100) {\n      totalItems\n      items {\n        ...ContentItemFields\n        body\n        parts\n        hashtags\n        sourceItem {\n          id\n          title\n          externalUrl\n        }\n      }\n    }\n    socialQueue {\n      totalItems\n      dueCount\n      items {\n        id\n        channel\n        title\n        scheduledFor\n        due\n        sourceTitle\n      }\n    }\n  }\n": types.ContentSocialDocument,
    "\n  query PreviewSocialPost($platform: SocialChannel!, $text: String!) {\n    previewSocialPost(platform: $platform, text: $text) {\n      length\n      limit\n      overLimit\n      hook {\n        length\n        limit\n        withinLimit\n      }\n      hashtagCount\n      hashtagLimit\n      notes\n    }\n  }\n": types.PreviewSocialPostDocument,
    "\n  mutation MarkSocialPostPublished($id: ID!, $url: String!) {\n    markSocialPostPublished(id: $id, url: $url) {\n      id\n      state\n      externalUrl\n      publishedAt\n    }\n  }\n": types.MarkSocialPostPublishedDocument,
    "\n  fragment ConversationFields on Conversation {\n    id\n    handoffState\n    customerEmail\n    visitorId\n    visitorName\n    updatedAt\n    lastMessage {\n      role\n      text\n      createdAt\n    }\n    messages {\n      role\n      text\n      createdAt\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...ConversationFields\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationDocument,
    "\n  subscription ConversationEvents($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      handoffState\n      message {\n        id\n      }\n    }\n  }\n": types.ConversationEventsDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.TakeOverDocument,
    "\n  mutation HandBack($id: ID!) {\n    handBackToBot(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.HandBackDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ResolveDocument,
    "\n  mutation SendHuman($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      id\n    }\n  }\n": types.SendHumanDocument,
    "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      escalations\n      handoffs\n      openApprovals\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        unavailable\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query FinanceReviewQueue($status: BankTransactionStatus!, $first: Int!, $offset: Int!) {\n    bankTransactions(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        postedOn\n        amountCents\n        description\n        merchant\n        reference\n        status\n        accountCode\n        accountName\n        confidence\n        categorizedBy\n        journalEntryId\n      }\n    }\n  }\n": types.FinanceReviewQueueDocument,
    "\n  query FinanceAccounts {\n    accounts {\n      id\n      code\n      name\n      type\n      postable\n    }\n  }\n": types.FinanceAccountsDocument,
    "\n  mutation CategorizeBankTransaction($id: ID!, $accountCode: String!) {\n    categorizeBankTransaction(id: $id, accountCode: $accountCode) {\n      alsoApplied\n      transaction {\n        id\n        status\n        accountCode\n        accountName\n        categorizedBy\n        journalEntryId\n      }\n    }\n  }\n": types.CategorizeBankTransactionDocument,
    "\n  query FinanceBankImports($first: Int!, $offset: Int!) {\n    bankAccounts {\n      id\n      name\n      institution\n      last4\n    }\n    bankImports(first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        bankAccountId\n        fileName\n        format\n        layout\n        rowCount\n        importedCount\n        duplicateCount\n        importedBy\n        importedAt\n      }\n    }\n  }\n": types.FinanceBankImportsDocument,
    "\n  mutation ImportBankFile($input: ImportBankFileInput!) {\n    importBankFile(input: $input) {\n      id\n      fileName\n      format\n      layout\n      rowCount\n      importedCount\n      duplicateCount\n    }\n  }\n": types.ImportBankFileDocument,
    "\n  query FinanceReceivables($asOf: String) {\n    receivablesAging(asOf: $asOf) {\n      asOf\n      totalOpenCents\n      overdueCents\n      buckets {\n        bucket\n        count\n        openCents\n      }\n      rows {\n        invoiceId\n        number\n        customer\n        issuedOn\n        dueOn\n        amountCents\n        openCents\n        daysOverdue\n        bucket\n        draftedStages\n        stageDue\n      }\n    }\n  }\n": types.FinanceReceivablesDocument,
    "\n  query FinanceReminders($first: Int!) {\n    invoiceReminders(first: $first) {\n      id\n      invoiceId\n      invoiceNumber\n      customer\n      stage\n      daysOverdue\n      subject\n      body\n      status\n      sentAt\n      createdAt\n    }\n  }\n": types.FinanceRemindersDocument,
    "\n  mutation SendInvoiceReminder($id: ID!) {\n    sendInvoiceReminder(id: $id) {\n      id\n      invoiceId\n      invoiceNumber\n      customer\n      stage\n      daysOverdue\n      subject\n      body\n      status\n      sentAt\n      createdAt\n    }\n  }\n": types.SendInvoiceReminderDocument,
    "\n  query FinanceCashFlow($weekEnding: String, $historyWeeks: Int!) {\n    cashFlowReport(weekEnding: $weekEnding, historyWeeks: $historyWeeks) {\n      week {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      priorWeek {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      sameWeekLastYear {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      inflows {\n        category\n        amountCents\n        count\n      }\n      outflows {\n        category\n        amountCents\n        count\n      }\n      trend {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      anomalies {\n        category\n        direction\n        deviation\n        amountCents\n        medianCents\n        score\n        explanation\n      }\n      runway {\n        cashBalanceCents\n        averageWeeklyNetCents\n        weeksOfRunway\n        weeksCounted\n        explanation\n      }\n    }\n  }\n": types.FinanceCashFlowDocument,
    "\n  fragment ArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n    updatedAt\n  }\n": types.ArticleFieldsFragmentDoc,
    "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search, first: 100) {\n      totalItems\n      items {\n        ...ArticleFields\n      }\n    }\n  }\n": types.ArticlesDocument,
    "\n  mutation CreateArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...ArticleFields\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n": types.DeleteArticleDocument,
    "\n  query Leads {\n    leads(first: 100) {\n      id\n      name\n      email\n      company\n      score\n      tier\n      stage\n      createdAt\n      scoreFactors {\n        feature\n        label\n        value\n        contribution\n      }\n    }\n  }\n": types.LeadsDocument,
    "\n  query Outbox($first: Int!, $offset: Int!) {\n    caughtEmails(first: $first, offset: $offset) {\n      delivery\n      totalItems\n      items {\n        id\n        messageId\n        fromAddress\n        toAddress\n        subject\n        textBody\n        htmlBody\n        headers\n        confidential\n        sentAt\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  fragment ReportStatementFields on FinancialStatementView {\n    kind\n    title\n    period {\n      key\n      label\n      from\n      to\n    }\n    priorPeriod {\n      key\n      label\n    }\n    lastYearPeriod {\n      key\n      label\n    }\n    sections {\n      key\n      label\n      rows {\n        key\n        label\n        accounts\n        group\n        currentCents\n        priorCents\n        lastYearCents\n        varianceCents\n        variancePercent\n        isTotal\n      }\n    }\n    checks {\n      name\n      holds\n      detail\n    }\n    notes\n  }\n": types.ReportStatementFieldsFragmentDoc,
    "\n  query ReportStatements($period: String!, $comparePrior: Boolean!, $compareLastYear: Boolean!) {\n    incomeStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n    balanceSheet(period: $period, comparePrior: $comparePrior, compareLastYear: $compareLastYear) {\n      ...ReportStatementFields\n    }\n    cashFlowStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n  }\n": types.ReportStatementsDocument,
    "\n  query ReportForecast($months: Int!) {\n    forecast(months: $months) {\n      asOf\n      history {\n        month\n        revenueCents\n        expensesCents\n        netIncomeCents\n        grossMarginPercent\n        cashCents\n      }\n      series {\n        key\n        method\n        points {\n          month\n          baseCents\n          conservativeCents\n          aggressiveCents\n          lower80Cents\n          upper80Cents\n          lower95Cents\n          upper95Cents\n        }\n      }\n      assumptions\n    }\n  }\n": types.ReportForecastDocument,
    "\n  query ReportRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      asOf\n      window {\n        from\n        to\n        days\n      }\n      naicsCode\n      benchmark {\n        shortCitation\n        publisher\n        title\n        table\n        dataPeriod\n        publicationDate\n        urls\n        rangeMethod\n        caveats\n        naicsCode\n        matchedCode\n        industryLabel\n        note\n      }\n      ratios {\n        key\n        label\n        unit\n        formula\n        higherIsBetter\n        value\n        nullReason\n        benchmark {\n          low\n          high\n        }\n        benchmarkMissingReason\n        alert {\n          severity\n          text\n        }\n        numerator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n        denominator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n      }\n    }\n  }\n": types.ReportRatiosDocument,
    "\n  fragment FilingPackageFields on FilingPackage {\n    id\n    kind\n    period\n    title\n    preparedAt\n    preparedBy\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n": types.FilingPackageFieldsFragmentDoc,
    "\n  query ReportFilingPackages($first: Int!) {\n    filingPackages(first: $first) {\n      ...FilingPackageFields\n    }\n  }\n": types.ReportFilingPackagesDocument,
    "\n  mutation PrepareFilingPackage($period: String!) {\n    prepareFilingPackage(period: $period) {\n      ...FilingPackageFields\n    }\n  }\n": types.PrepareFilingPackageDocument,
    "\n  query ScenarioGrid {\n    agents {\n      key\n      name\n      enabled\n      scenarios {\n        id\n        key\n        title\n        description\n        sampleInput\n        inputSchema\n        available\n        unavailableReason\n        lastRun {\n          id\n          status\n          createdAt\n          startedAt\n          finishedAt\n        }\n      }\n    }\n  }\n": types.ScenarioGridDocument,
    "\n  fragment PublishableKeyFields on PublishableKey {\n    id\n    name\n    key\n    allowedOrigins\n    createdAt\n    revokedAt\n  }\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    displayPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n  fragment AdminUserFields on AdminUser {\n    id\n    email\n    name\n    role\n    createdAt\n    lastSignInAt\n  }\n": types.PublishableKeyFieldsFragmentDoc,
    "\n  query PublishableKeys {\n    publishableKeys {\n      ...PublishableKeyFields\n    }\n  }\n": types.PublishableKeysDocument,
    "\n  mutation CreatePk($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      ...PublishableKeyFields\n    }\n  }\n": types.CreatePkDocument,
    "\n  mutation SetOrigins($id: ID!, $allowedOrigins: [String!]!) {\n    setPublishableKeyOrigins(id: $id, allowedOrigins: $allowedOrigins) {\n      ...PublishableKeyFields\n    }\n  }\n": types.SetOriginsDocument,
    "\n  mutation RevokePk($id: ID!) {\n    revokePublishableKey(id: $id) {\n      ...PublishableKeyFields\n    }\n  }\n": types.RevokePkDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      plainKey\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AdminUsers {\n    adminUsers {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.CreateAdminUserDocument,
    "\n  mutation SetRole($id: ID!, $role: AdminRole!) {\n    setAdminUserRole(id: $id, role: $role) {\n      ...AdminUserFields\n    }\n  }\n": types.SetRoleDocument,
    "\n  mutation RemoveAdminUser($id: ID!) {\n    removeAdminUser(id: $id)\n  }\n": types.RemoveAdminUserDocument,
    "\n  fragment TaxRuleFields on TaxRuleUseView {\n    ruleId\n    concept\n    ruleSetVersion\n    value\n    note\n    citation {\n      publisher\n      title\n      section\n      url\n      published\n    }\n  }\n": types.TaxRuleFieldsFragmentDoc,
    "\n  fragment TaxFigureFields on TaxFigureView {\n    cents\n    formula\n    rules {\n      ruleId\n      value\n    }\n  }\n": types.TaxFigureFieldsFragmentDoc,
    "\n  query TaxNexusExposure($asOf: String) {\n    nexusExposure(asOf: $asOf) {\n      asOf\n      timeZone\n      ruleSetVersion\n      registerNow\n      watch\n      statesSoldInto\n      states {\n        state\n        stateName\n        status\n        registered\n        registeredOn\n        actionKind\n        action\n        reason\n        rule {\n          id\n          summary\n          effectiveFrom\n          effectiveTo\n          citation {\n            publisher\n            title\n            section\n            url\n            published\n          }\n        }\n        decidingWindow {\n          from\n          to\n          label\n          salesCents\n          transactions\n          percent\n          met\n        }\n      }\n    }\n  }\n": types.TaxNexusExposureDocument,
    "\n  query TaxDeductionSummary($taxYear: Int!) {\n    deductionSummary(taxYear: $taxYear) {\n      taxYear\n      ruleSetVersion\n      period {\n        from\n        to\n      }\n      booksThrough\n      profile {\n        filingStatus\n        businessForm\n        note\n      }\n      grossReceipts {\n        ...TaxFigureFields\n      }\n      returnsAndAllowances {\n        ...TaxFigureFields\n      }\n      costOfGoodsSold {\n        ...TaxFigureFields\n      }\n      grossIncome {\n        ...TaxFigureFields\n      }\n      lines {\n        line\n        label\n        ledgerCents\n        adjustment\n        accounts {\n          code\n          name\n          cents\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      vehicle {\n        description\n        businessMiles\n        totalMiles\n        chosen\n        why\n        standardMileage {\n          ...TaxFigureFields\n        }\n        actualExpenses {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      section179 {\n        properties {\n          description\n          placedInServiceOn\n          reason\n          businessCost {\n            ...TaxFigureFields\n          }\n          elected {\n            ...TaxFigureFields\n          }\n        }\n        dollarLimit {\n          ...TaxFigureFields\n        }\n        threshold {\n          ...TaxFigureFields\n        }\n        dollarLimitation {\n          ...TaxFigureFields\n        }\n        businessIncome {\n          ...TaxFigureFields\n        }\n        businessIncomeLimitation {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n        carryover {\n          ...TaxFigureFields\n        }\n      }\n      homeOffice {\n        officeSquareFeet\n        homeSquareFeet\n        chosen\n        why\n        carryoverOperatingCents\n        carryoverDepreciationCents\n        simplified {\n          ...TaxFigureFields\n        }\n        actual {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      totalExpenses {\n        ...TaxFigureFields\n      }\n      tentativeProfit {\n        ...TaxFigureFields\n      }\n      homeOfficeDeduction {\n        ...TaxFigureFields\n      }\n      netProfit {\n        ...TaxFigureFields\n      }\n      missedDeductions {\n        kind\n        cents\n        text\n      }\n      rulesUsed {\n        ...TaxRuleFields\n      }\n    }\n  }\n": types.TaxDeductionSummaryDocument,
    "\n  query TaxSalesTaxLiability($state: String!, $period: String!) {\n    salesTaxLiability(state: $state, period: $period) {\n      state\n      registered\n      registeredOn\n      period {\n        key\n        kind\n        start\n        end\n      }\n      orderCount\n      grossSalesCents\n      exemptSalesCents\n      exemptByReason {\n        code\n        reason\n        cents\n      }\n      resaleSalesCents\n      taxableSalesCents\n      shippingCents\n      taxableShippingCents\n      stateTaxOwedCents\n      localTaxOwedCents\n      taxOwedCents\n      taxCollectedCents\n      ledgerCollectedCents\n      differenceCents\n      differenceReasons\n      notes\n      ruleSetVersion\n      jurisdictionTableVersion\n      jurisdictions {\n        level\n        code\n        name\n        rate\n        taxableSalesCents\n        taxOwedCents\n        ruleIds\n      }\n      locations {\n        label\n        channel\n        city\n        postalCode\n        combinedRate\n        grossSalesCents\n        taxableSalesCents\n        taxCollectedCents\n      }\n      rulesUsed {\n        id\n        concept\n        citation {\n          title\n          url\n          published\n        }\n      }\n    }\n  }\n": types.TaxSalesTaxLiabilityDocument,
    "\n  query TaxSalesTaxQuote($input: SalesTaxQuoteInput!) {\n    salesTaxQuote(input: $input) {\n      state\n      date\n      sourcing\n      sourcingReason\n      combinedRate\n      address {\n        postalCode\n        city\n        state\n        regionName\n        combinedRate\n        matchedBy\n        note\n        tableSource\n        tableAsOf\n      }\n      originAddress {\n        postalCode\n        city\n        regionName\n      }\n      jurisdictions {\n        level\n        code\n        name\n        rate\n        taxableCents\n        taxCents\n        ruleIds\n      }\n      lines {\n        id\n        category\n        amountCents\n        taxableCents\n        exemptCents\n        taxCents\n        treatment\n        reason\n        ruleIds\n      }\n      shipping {\n        amountCents\n        taxableCents\n        taxCents\n        reason\n      }\n      rounding {\n        mode\n        method\n        reason\n      }\n      subtotalCents\n      taxableCents\n      totalTaxCents\n      totalCents\n      ruleSetVersion\n      rulesUsed {\n        id\n        concept\n        citation {\n          title\n          url\n          published\n        }\n      }\n    }\n  }\n": types.TaxSalesTaxQuoteDocument,
    "\n  fragment SalesTaxFilingPacketFields on SalesTaxFilingPacket {\n    id\n    state\n    period\n    status\n    preparedAt\n    preparedBy\n    returnWorksheet {\n      formTitle\n      filingFrequency\n      periodStart\n      periodEnd\n      deadlineStatus\n      dueDate {\n        due\n        nominal\n        skipped\n      }\n      prepaymentDueDate {\n        due\n      }\n      prepaymentDiscountIfPrepaidCents\n      lines {\n        key\n        item\n        label\n        formEntry\n        cents\n        formula\n      }\n      reconciliation {\n        taxOwedCents\n        taxCollectedCents\n        differenceCents\n        keptOnTimelyReturnCents\n      }\n      notes\n    }\n    checklist {\n      key\n      title\n      status\n      detail\n    }\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n": types.SalesTaxFilingPacketFieldsFragmentDoc,
    "\n  mutation TaxPrepareSalesTaxFiling($state: String!, $period: String!, $preliminary: Boolean!) {\n    prepareSalesTaxFiling(state: $state, period: $period, preliminary: $preliminary) {\n      ...SalesTaxFilingPacketFields\n    }\n  }\n": types.TaxPrepareSalesTaxFilingDocument,
    "\n  query TaxEstimatedTaxPlan($taxYear: Int!) {\n    estimatedTaxPlan(taxYear: $taxYear) {\n      taxYear\n      asOf\n      filingStatus\n      booksThrough\n      ruleSetVersion\n      netProfitBasis\n      netProfitBasisExplanation\n      netProfitToDate {\n        ...TaxFigureFields\n      }\n      projectedNetProfit {\n        ...TaxFigureFields\n      }\n      selfEmploymentTax {\n        ...TaxFigureFields\n      }\n      deductibleHalfOfSelfEmploymentTax {\n        ...TaxFigureFields\n      }\n      adjustedGrossIncome {\n        ...TaxFigureFields\n      }\n      taxableIncomeBeforeQbi {\n        ...TaxFigureFields\n      }\n      qbiDeduction {\n        ...TaxFigureFields\n      }\n      qbiExplanation\n      taxableIncome {\n        ...TaxFigureFields\n      }\n      incomeTax {\n        ...TaxFigureFields\n      }\n      marginalRate\n      additionalMedicareTax {\n        ...TaxFigureFields\n      }\n      totalTax {\n        ...TaxFigureFields\n      }\n      paymentsRequired\n      paymentsRequiredReason\n      priorYearOption {\n        ...TaxFigureFields\n      }\n      currentYearOption {\n        ...TaxFigureFields\n      }\n      basis\n      requiredAnnualPayment {\n        ...TaxFigureFields\n      }\n      installments {\n        number\n        nominalDueDate\n        dueDate\n        amount {\n          ...TaxFigureFields\n        }\n        cumulative {\n          ...TaxFigureFields\n        }\n        paidByDueDate\n        shortfall\n        status\n      }\n      paidToDateCents\n      behind\n      payments {\n        id\n        paidOn\n        amountCents\n        note\n      }\n      warnings\n      notes\n      standardVsItemized {\n        chosen\n        why\n        standardDeduction {\n          ...TaxFigureFields\n        }\n        standardTotal {\n          ...TaxFigureFields\n        }\n        mortgageInterest {\n          ...TaxFigureFields\n        }\n        saltPaid {\n          ...TaxFigureFields\n        }\n        saltLimit {\n          ...TaxFigureFields\n        }\n        salt {\n          ...TaxFigureFields\n        }\n        charitable {\n          ...TaxFigureFields\n        }\n        itemizedTotal {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n        difference {\n          ...TaxFigureFields\n        }\n        notes\n      }\n      rulesUsed {\n        ...TaxRuleFields\n      }\n    }\n  }\n": types.TaxEstimatedTaxPlanDocument,
    "\n  query TaxComplianceCalendar($from: String, $to: String) {\n    complianceCalendar(from: $from, to: $to) {\n      from\n      to\n      today\n      timeZone\n      holidayNote\n      ruleSetVersion\n      events {\n        id\n        kind\n        state\n        title\n        detail\n        dueDate\n        nominalDueDate\n        moved\n        remindOn\n        status\n        sourceRule\n        citation {\n          publisher\n          title\n          section\n          url\n          published\n        }\n      }\n    }\n    exemptionCertificates(asOf: $from) {\n      asOf\n      uncoveredCents\n      certificates {\n        id\n        buyerName\n        state\n        kind\n        number\n        expiresOn\n        daysToExpiry\n        status\n        message\n      }\n      uncoveredSales {\n        saleId\n        soldOn\n        state\n        treatment\n        buyerName\n        goodsCents\n        reason\n        message\n      }\n    }\n  }\n": types.TaxComplianceCalendarDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentFields on Agent {\n    key\n    name\n    description\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n  fragment StepFields on RunStep {\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    inputTokens\n    outputTokens\n    costUsd\n    streaming\n    startedAt\n  }\n  fragment RunSummaryFields on Run {\n    id\n    status\n    trigger\n    triggerSummary\n    createdAt\n    startedAt\n    finishedAt\n    costUsd\n    errorCode\n    agent {\n      key\n      name\n    }\n    scenario {\n      key\n      title\n    }\n  }\n  fragment ApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    editable\n    email {\n      to\n      toName\n      subject\n      body\n    }\n    decidedBy\n    decisionNote\n    createdAt\n    expiresAt\n  }\n"): typeof import('./graphql.js').AgentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agents {\n    agents {\n      ...AgentFields\n    }\n    agentOptions {\n      models\n      tools\n    }\n  }\n"): typeof import('./graphql.js').AgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...AgentFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentList {\n    agents {\n      key\n      name\n      enabled\n    }\n  }\n"): typeof import('./graphql.js').AgentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Scenarios($agentKey: String) {\n    scenarios(agentKey: $agentKey) {\n      key\n      title\n      description\n      sampleInput\n    }\n  }\n"): typeof import('./graphql.js').ScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummaryFields\n    }\n  }\n"): typeof import('./graphql.js').StartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n"): typeof import('./graphql.js').RunStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RunUpdated {\n    runUpdated {\n      ...RunSummaryFields\n    }\n  }\n"): typeof import('./graphql.js').RunUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {\n    runs(filter: $filter, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...RunSummaryFields\n        startedBy\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      startedBy\n      input\n      output\n      error\n      provider\n      inputTokens\n      outputTokens\n      startedAt\n      lastSeq\n      steps {\n        ...StepFields\n      }\n      parentRun {\n        ...RunSummaryFields\n      }\n      childRuns {\n        ...RunSummaryFields\n      }\n      approvals {\n        ...ApprovalFields\n      }\n      pendingApproval {\n        ...ApprovalFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Approvals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses, first: 50) {\n      totalItems\n      items {\n        ...ApprovalFields\n        run {\n          ...RunSummaryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveRun($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      ...RunSummaryFields\n    }\n  }\n"): typeof import('./graphql.js').ApproveRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRun($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      ...RunSummaryFields\n    }\n  }\n"): typeof import('./graphql.js').RejectRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBudgets {\n    costBudgets {\n      id\n      agent {\n        id\n        key\n        name\n      }\n      limitCents\n      policy\n      warnPercent\n      month\n      spentUsd\n      percent\n      status\n    }\n  }\n"): typeof import('./graphql.js').CostBudgetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBudgetAgents {\n    agents {\n      id\n      key\n      name\n    }\n  }\n"): typeof import('./graphql.js').CostBudgetAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCostBudget($input: CostBudgetInput!) {\n    saveCostBudget(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').SaveCostBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCostBudget($id: ID!) {\n    deleteCostBudget(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteCostBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSettings {\n    workspaceSettings {\n      locale\n      currency\n      timeZone\n    }\n  }\n"): typeof import('./graphql.js').WorkspaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {\n    updateWorkspaceSettings(input: $input) {\n      locale\n      currency\n      timeZone\n    }\n  }\n"): typeof import('./graphql.js').UpdateWorkspaceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangePasswordInput!) {\n    changeMyPassword(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').ChangeMyPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPeople {\n    adminUsers {\n      id\n      email\n      name\n      role\n      invitedAt\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql.js').AccountPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAdminUser($input: InviteAdminUserInput!) {\n    inviteAdminUser(input: $input) {\n      ...IssuedPasswordLinkFields\n    }\n  }\n"): typeof import('./graphql.js').InviteAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePasswordReset($userId: ID!) {\n    issuePasswordReset(userId: $userId) {\n      ...IssuedPasswordLinkFields\n    }\n  }\n"): typeof import('./graphql.js').IssuePasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IssuedPasswordLinkFields on PasswordLink {\n    link\n    emailed\n    expiresAt\n    user {\n      id\n      email\n      name\n      role\n      invitedAt\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql.js').IssuedPasswordLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit(\n    $search: String\n    $actions: [String!]\n    $from: DateTimeISO\n    $to: DateTimeISO\n    $first: Int!\n    $offset: Int!\n  ) {\n    auditEvents(\n      search: $search\n      actions: $actions\n      from: $from\n      to: $to\n      first: $first\n      offset: $offset\n    ) {\n      totalItems\n      items {\n        id\n        action\n        actor\n        actorName\n        targetType\n        targetId\n        targetName\n        data\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationScenarios {\n    scenarios {\n      key\n      title\n      sampleInput\n      agent {\n        key\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').AutomationScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleFields on Schedule {\n    id\n    scenarioKey\n    scenarioTitle\n    agentKey\n    cron\n    timeZone\n    followsWorkspaceTimeZone\n    enabled\n    missedTickPolicy\n    input\n    description\n    nextFireTimes(count: 5)\n    lastTickAt\n    lastRunId\n  }\n"): typeof import('./graphql.js').ScheduleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationSchedules {\n    schedules {\n      ...ScheduleFields\n    }\n  }\n"): typeof import('./graphql.js').AutomationSchedulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchedulePreview($cron: String!, $timeZone: String) {\n    schedulePreview(cron: $cron, timeZone: $timeZone, count: 5) {\n      description\n      timeZone\n      nextFireTimes\n    }\n  }\n"): typeof import('./graphql.js').SchedulePreviewDocument;
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
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    name\n    scenarioKey\n    agentKey\n    url\n    enabled\n    secretHint\n    createdAt\n    lastDeliveryAt\n    deliveries(first: 20) {\n      id\n      messageId\n      eventType\n      status\n      errorCode\n      error\n      runId\n      receivedAt\n    }\n  }\n"): typeof import('./graphql.js').WebhookEndpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationInbound {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n"): typeof import('./graphql.js').AutomationInboundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').RotateWebhookEndpointSecretDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {\n    updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {\n      ...WebhookEndpointFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteWebhookEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboundDeliveryFields on OutboundDelivery {\n    id\n    eventType\n    status\n    attempts\n    lastStatusCode\n    lastError\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    payload\n    attemptLog {\n      at\n      statusCode\n      error\n      durationMs\n    }\n  }\n"): typeof import('./graphql.js').OutboundDeliveryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookSubscriptionFields on WebhookSubscription {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    secretHint\n    consecutiveFailures\n    createdAt\n    deliveries(first: 20) {\n      ...OutboundDeliveryFields\n    }\n  }\n"): typeof import('./graphql.js').WebhookSubscriptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationOutbound {\n    webhookSubscriptions {\n      ...WebhookSubscriptionFields\n    }\n  }\n"): typeof import('./graphql.js').AutomationOutboundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookSubscription($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) {\n      ...WebhookSubscriptionFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookSubscription($id: ID!) {\n    deleteWebhookSubscription(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteWebhookSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      ...OutboundDeliveryFields\n    }\n  }\n"): typeof import('./graphql.js').RedeliverWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($subscriptionId: ID!) {\n    sendTestWebhook(subscriptionId: $subscriptionId) {\n      ...OutboundDeliveryFields\n    }\n  }\n"): typeof import('./graphql.js').SendTestWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThresholdTriggerFields on ThresholdTrigger {\n    id\n    condition\n    params\n    description\n    scenarioKey\n    agentKey\n    enabled\n    createdAt\n    crossings(first: 20) {\n      id\n      subject\n      detail\n      value\n      crossedAt\n      clearedAt\n      runId\n      baseline\n      runError\n    }\n  }\n"): typeof import('./graphql.js').ThresholdTriggerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutomationThresholds {\n    thresholdTriggers {\n      ...ThresholdTriggerFields\n    }\n  }\n"): typeof import('./graphql.js').AutomationThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {\n    saveThresholdTrigger(input: $input) {\n      ...ThresholdTriggerFields\n    }\n  }\n"): typeof import('./graphql.js').SaveThresholdTriggerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteThresholdTrigger($id: ID!) {\n    deleteThresholdTrigger(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteThresholdTriggerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentItemFields on ContentItem {\n    id\n    kind\n    channel\n    state\n    nextStates\n    title\n    slug\n    focusKeyword\n    plannedFor\n    scheduledFor\n    publishedAt\n    externalUrl\n    updatedAt\n  }\n"): typeof import('./graphql.js').ContentItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentCalendar($from: String!, $to: String!) {\n    contentItems(states: [IDEA, DRAFTING, IN_REVIEW, APPROVED], first: 100) {\n      items {\n        ...ContentItemFields\n      }\n    }\n    editorialCalendar(from: $from, to: $to) {\n      from\n      to\n      timeZone\n      days {\n        date\n        weekday\n        entries {\n          basis\n          at\n          item {\n            ...ContentItemFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ContentCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanContentIdea($input: ContentIdeaInput!) {\n    planContentIdea(input: $input) {\n      ...ContentItemFields\n    }\n  }\n"): typeof import('./graphql.js').PlanContentIdeaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveContentItem($id: ID!, $state: ContentItemState!, $reason: String!) {\n    moveContentItem(id: $id, state: $state, reason: $reason) {\n      ...ContentItemFields\n    }\n  }\n"): typeof import('./graphql.js').MoveContentItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContentFeedFields on ContentFeedView {\n    id\n    title\n    url\n    topic\n    lastFetchedAt\n    lastStatus\n    lastError\n    itemCount\n    latestItemAt\n  }\n"): typeof import('./graphql.js').ContentFeedFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendHeadlineFields on TrendHeadlineView {\n    id\n    title\n    url\n    summary\n    feed\n    publishedAt\n  }\n"): typeof import('./graphql.js').TrendHeadlineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentTrends($topics: [String!]!) {\n    trendReport(topics: $topics) {\n      asOf\n      requestedTopics\n      topics {\n        topic\n        status\n        score\n        latestWeek\n        growthOnPriorPct\n        growthOnLastYearPct\n        keyword\n        monthlyVolume\n        difficulty\n        difficultyBand\n        reason\n        requested\n      }\n      gaps {\n        topic\n        origin\n        reason\n        suggestedTitle\n        trendScore\n        bestMatch {\n          title\n        }\n        mentionedIn {\n          ...TrendHeadlineFields\n        }\n        inProgress {\n          contentItemId\n          title\n          state\n        }\n      }\n      headlines {\n        ...TrendHeadlineFields\n      }\n      freshness {\n        lastFeedFetchAt\n        feedCount\n        seriesLastWeek\n        keywordMetricsAsOf\n        archivePosts\n      }\n      source\n      notes\n    }\n    searchInterest(topics: $topics) {\n      topic\n      source\n      points {\n        weekStart\n        interest\n      }\n    }\n    contentFeeds {\n      ...ContentFeedFields\n    }\n  }\n"): typeof import('./graphql.js').ContentTrendsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentFeeds {\n    contentFeeds {\n      ...ContentFeedFields\n    }\n  }\n"): typeof import('./graphql.js').ContentFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshContentFeeds($ids: [ID!]) {\n    refreshContentFeeds(ids: $ids) {\n      feedId\n      title\n      status\n      newItems\n      itemsInFeed\n      error\n    }\n  }\n"): typeof import('./graphql.js').RefreshContentFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContentFeed($input: AddContentFeedInput!) {\n    addContentFeed(input: $input) {\n      ...ContentFeedFields\n    }\n  }\n"): typeof import('./graphql.js').AddContentFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContentFeed($id: ID!) {\n    removeContentFeed(id: $id) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql.js').RemoveContentFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentDrafts($states: [ContentItemState!]) {\n    contentItems(kind: BLOG_POST, states: $states, first: 100) {\n      totalItems\n      items {\n        ...ContentItemFields\n        pendingApproval {\n          id\n          toolName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ContentDraftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentDraft($id: ID!) {\n    contentItem(id: $id) {\n      ...ContentItemFields\n      body\n      metaDescription\n      brief\n      runId\n      pendingApproval {\n        id\n        runId\n        toolName\n        reason\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').ContentDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyzeDraft($input: AnalyzeDraftInput!) {\n    analyzeDraft(input: $input) {\n      seo {\n        score\n        checks {\n          id\n          label\n          passed\n          detail\n          weight\n        }\n        wordCount\n        keywordOccurrences\n        keywordDensity\n        imageSuggestions {\n          section\n          alt\n          markdown\n        }\n      }\n      readability {\n        words\n        sentences\n        syllables\n        fleschReadingEase\n        fleschKincaidGrade\n        level\n      }\n      internalLinks {\n        postId\n        title\n        href\n        anchorText\n        reason\n      }\n      suggestedSlug\n    }\n  }\n"): typeof import('./graphql.js').AnalyzeDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContentDraft($id: ID!, $input: ContentDraftInput!) {\n    updateContentDraft(id: $id, input: $input) {\n      ...ContentItemFields\n      body\n      metaDescription\n    }\n  }\n"): typeof import('./graphql.js').UpdateContentDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentSocial {\n    contentItems(kind: SOCIAL_POST, first: 100) {\n      totalItems\n      items {\n        ...ContentItemFields\n        body\n        parts\n        hashtags\n        sourceItem {\n          id\n          title\n          externalUrl\n        }\n      }\n    }\n    socialQueue {\n      totalItems\n      dueCount\n      items {\n        id\n        channel\n        title\n        scheduledFor\n        due\n        sourceTitle\n      }\n    }\n  }\n"): typeof import('./graphql.js').ContentSocialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSocialPost($platform: SocialChannel!, $text: String!) {\n    previewSocialPost(platform: $platform, text: $text) {\n      length\n      limit\n      overLimit\n      hook {\n        length\n        limit\n        withinLimit\n      }\n      hashtagCount\n      hashtagLimit\n      notes\n    }\n  }\n"): typeof import('./graphql.js').PreviewSocialPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSocialPostPublished($id: ID!, $url: String!) {\n    markSocialPostPublished(id: $id, url: $url) {\n      id\n      state\n      externalUrl\n      publishedAt\n    }\n  }\n"): typeof import('./graphql.js').MarkSocialPostPublishedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    handoffState\n    customerEmail\n    visitorId\n    visitorName\n    updatedAt\n    lastMessage {\n      role\n      text\n      createdAt\n    }\n    messages {\n      role\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql.js').ConversationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...ConversationFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): typeof import('./graphql.js').ConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationEvents($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      handoffState\n      message {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConversationEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): typeof import('./graphql.js').TakeOverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandBack($id: ID!) {\n    handBackToBot(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): typeof import('./graphql.js').HandBackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): typeof import('./graphql.js').ResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendHuman($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SendHumanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      escalations\n      handoffs\n      openApprovals\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        unavailable\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceReviewQueue($status: BankTransactionStatus!, $first: Int!, $offset: Int!) {\n    bankTransactions(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        postedOn\n        amountCents\n        description\n        merchant\n        reference\n        status\n        accountCode\n        accountName\n        confidence\n        categorizedBy\n        journalEntryId\n      }\n    }\n  }\n"): typeof import('./graphql.js').FinanceReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceAccounts {\n    accounts {\n      id\n      code\n      name\n      type\n      postable\n    }\n  }\n"): typeof import('./graphql.js').FinanceAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategorizeBankTransaction($id: ID!, $accountCode: String!) {\n    categorizeBankTransaction(id: $id, accountCode: $accountCode) {\n      alsoApplied\n      transaction {\n        id\n        status\n        accountCode\n        accountName\n        categorizedBy\n        journalEntryId\n      }\n    }\n  }\n"): typeof import('./graphql.js').CategorizeBankTransactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceBankImports($first: Int!, $offset: Int!) {\n    bankAccounts {\n      id\n      name\n      institution\n      last4\n    }\n    bankImports(first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        bankAccountId\n        fileName\n        format\n        layout\n        rowCount\n        importedCount\n        duplicateCount\n        importedBy\n        importedAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').FinanceBankImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportBankFile($input: ImportBankFileInput!) {\n    importBankFile(input: $input) {\n      id\n      fileName\n      format\n      layout\n      rowCount\n      importedCount\n      duplicateCount\n    }\n  }\n"): typeof import('./graphql.js').ImportBankFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceReceivables($asOf: String) {\n    receivablesAging(asOf: $asOf) {\n      asOf\n      totalOpenCents\n      overdueCents\n      buckets {\n        bucket\n        count\n        openCents\n      }\n      rows {\n        invoiceId\n        number\n        customer\n        issuedOn\n        dueOn\n        amountCents\n        openCents\n        daysOverdue\n        bucket\n        draftedStages\n        stageDue\n      }\n    }\n  }\n"): typeof import('./graphql.js').FinanceReceivablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceReminders($first: Int!) {\n    invoiceReminders(first: $first) {\n      id\n      invoiceId\n      invoiceNumber\n      customer\n      stage\n      daysOverdue\n      subject\n      body\n      status\n      sentAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql.js').FinanceRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvoiceReminder($id: ID!) {\n    sendInvoiceReminder(id: $id) {\n      id\n      invoiceId\n      invoiceNumber\n      customer\n      stage\n      daysOverdue\n      subject\n      body\n      status\n      sentAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql.js').SendInvoiceReminderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceCashFlow($weekEnding: String, $historyWeeks: Int!) {\n    cashFlowReport(weekEnding: $weekEnding, historyWeeks: $historyWeeks) {\n      week {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      priorWeek {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      sameWeekLastYear {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      inflows {\n        category\n        amountCents\n        count\n      }\n      outflows {\n        category\n        amountCents\n        count\n      }\n      trend {\n        start\n        end\n        totalInCents\n        totalOutCents\n        netCents\n      }\n      anomalies {\n        category\n        direction\n        deviation\n        amountCents\n        medianCents\n        score\n        explanation\n      }\n      runway {\n        cashBalanceCents\n        averageWeeklyNetCents\n        weeksOfRunway\n        weeksCounted\n        explanation\n      }\n    }\n  }\n"): typeof import('./graphql.js').FinanceCashFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on KnowledgeArticle {\n    id\n    slug\n    title\n    body\n    tags\n    published\n    updatedAt\n  }\n"): typeof import('./graphql.js').ArticleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Articles($search: String) {\n    knowledgeArticles(search: $search, first: 100) {\n      totalItems\n      items {\n        ...ArticleFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: CreateKnowledgeArticleInput!) {\n    createKnowledgeArticle(input: $input) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql.js').CreateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($id: ID!, $input: UpdateKnowledgeArticleInput!) {\n    updateKnowledgeArticle(id: $id, input: $input) {\n      ...ArticleFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($id: ID!) {\n    deleteKnowledgeArticle(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leads {\n    leads(first: 100) {\n      id\n      name\n      email\n      company\n      score\n      tier\n      stage\n      createdAt\n      scoreFactors {\n        feature\n        label\n        value\n        contribution\n      }\n    }\n  }\n"): typeof import('./graphql.js').LeadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($first: Int!, $offset: Int!) {\n    caughtEmails(first: $first, offset: $offset) {\n      delivery\n      totalItems\n      items {\n        id\n        messageId\n        fromAddress\n        toAddress\n        subject\n        textBody\n        htmlBody\n        headers\n        confidential\n        sentAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').OutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportStatementFields on FinancialStatementView {\n    kind\n    title\n    period {\n      key\n      label\n      from\n      to\n    }\n    priorPeriod {\n      key\n      label\n    }\n    lastYearPeriod {\n      key\n      label\n    }\n    sections {\n      key\n      label\n      rows {\n        key\n        label\n        accounts\n        group\n        currentCents\n        priorCents\n        lastYearCents\n        varianceCents\n        variancePercent\n        isTotal\n      }\n    }\n    checks {\n      name\n      holds\n      detail\n    }\n    notes\n  }\n"): typeof import('./graphql.js').ReportStatementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportStatements($period: String!, $comparePrior: Boolean!, $compareLastYear: Boolean!) {\n    incomeStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n    balanceSheet(period: $period, comparePrior: $comparePrior, compareLastYear: $compareLastYear) {\n      ...ReportStatementFields\n    }\n    cashFlowStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n  }\n"): typeof import('./graphql.js').ReportStatementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportForecast($months: Int!) {\n    forecast(months: $months) {\n      asOf\n      history {\n        month\n        revenueCents\n        expensesCents\n        netIncomeCents\n        grossMarginPercent\n        cashCents\n      }\n      series {\n        key\n        method\n        points {\n          month\n          baseCents\n          conservativeCents\n          aggressiveCents\n          lower80Cents\n          upper80Cents\n          lower95Cents\n          upper95Cents\n        }\n      }\n      assumptions\n    }\n  }\n"): typeof import('./graphql.js').ReportForecastDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      asOf\n      window {\n        from\n        to\n        days\n      }\n      naicsCode\n      benchmark {\n        shortCitation\n        publisher\n        title\n        table\n        dataPeriod\n        publicationDate\n        urls\n        rangeMethod\n        caveats\n        naicsCode\n        matchedCode\n        industryLabel\n        note\n      }\n      ratios {\n        key\n        label\n        unit\n        formula\n        higherIsBetter\n        value\n        nullReason\n        benchmark {\n          low\n          high\n        }\n        benchmarkMissingReason\n        alert {\n          severity\n          text\n        }\n        numerator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n        denominator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReportRatiosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FilingPackageFields on FilingPackage {\n    id\n    kind\n    period\n    title\n    preparedAt\n    preparedBy\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').FilingPackageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFilingPackages($first: Int!) {\n    filingPackages(first: $first) {\n      ...FilingPackageFields\n    }\n  }\n"): typeof import('./graphql.js').ReportFilingPackagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareFilingPackage($period: String!) {\n    prepareFilingPackage(period: $period) {\n      ...FilingPackageFields\n    }\n  }\n"): typeof import('./graphql.js').PrepareFilingPackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioGrid {\n    agents {\n      key\n      name\n      enabled\n      scenarios {\n        id\n        key\n        title\n        description\n        sampleInput\n        inputSchema\n        available\n        unavailableReason\n        lastRun {\n          id\n          status\n          createdAt\n          startedAt\n          finishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ScenarioGridDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishableKeyFields on PublishableKey {\n    id\n    name\n    key\n    allowedOrigins\n    createdAt\n    revokedAt\n  }\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    displayPrefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n  fragment AdminUserFields on AdminUser {\n    id\n    email\n    name\n    role\n    createdAt\n    lastSignInAt\n  }\n"): typeof import('./graphql.js').PublishableKeyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishableKeys {\n    publishableKeys {\n      ...PublishableKeyFields\n    }\n  }\n"): typeof import('./graphql.js').PublishableKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePk($input: CreatePublishableKeyInput!) {\n    createPublishableKey(input: $input) {\n      ...PublishableKeyFields\n    }\n  }\n"): typeof import('./graphql.js').CreatePkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrigins($id: ID!, $allowedOrigins: [String!]!) {\n    setPublishableKeyOrigins(id: $id, allowedOrigins: $allowedOrigins) {\n      ...PublishableKeyFields\n    }\n  }\n"): typeof import('./graphql.js').SetOriginsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePk($id: ID!) {\n    revokePublishableKey(id: $id) {\n      ...PublishableKeyFields\n    }\n  }\n"): typeof import('./graphql.js').RevokePkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): typeof import('./graphql.js').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      plainKey\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): typeof import('./graphql.js').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    adminUsers {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql.js').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdminUser($input: CreateAdminUserInput!) {\n    createAdminUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql.js').CreateAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRole($id: ID!, $role: AdminRole!) {\n    setAdminUserRole(id: $id, role: $role) {\n      ...AdminUserFields\n    }\n  }\n"): typeof import('./graphql.js').SetRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAdminUser($id: ID!) {\n    removeAdminUser(id: $id)\n  }\n"): typeof import('./graphql.js').RemoveAdminUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaxRuleFields on TaxRuleUseView {\n    ruleId\n    concept\n    ruleSetVersion\n    value\n    note\n    citation {\n      publisher\n      title\n      section\n      url\n      published\n    }\n  }\n"): typeof import('./graphql.js').TaxRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaxFigureFields on TaxFigureView {\n    cents\n    formula\n    rules {\n      ruleId\n      value\n    }\n  }\n"): typeof import('./graphql.js').TaxFigureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxNexusExposure($asOf: String) {\n    nexusExposure(asOf: $asOf) {\n      asOf\n      timeZone\n      ruleSetVersion\n      registerNow\n      watch\n      statesSoldInto\n      states {\n        state\n        stateName\n        status\n        registered\n        registeredOn\n        actionKind\n        action\n        reason\n        rule {\n          id\n          summary\n          effectiveFrom\n          effectiveTo\n          citation {\n            publisher\n            title\n            section\n            url\n            published\n          }\n        }\n        decidingWindow {\n          from\n          to\n          label\n          salesCents\n          transactions\n          percent\n          met\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TaxNexusExposureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxDeductionSummary($taxYear: Int!) {\n    deductionSummary(taxYear: $taxYear) {\n      taxYear\n      ruleSetVersion\n      period {\n        from\n        to\n      }\n      booksThrough\n      profile {\n        filingStatus\n        businessForm\n        note\n      }\n      grossReceipts {\n        ...TaxFigureFields\n      }\n      returnsAndAllowances {\n        ...TaxFigureFields\n      }\n      costOfGoodsSold {\n        ...TaxFigureFields\n      }\n      grossIncome {\n        ...TaxFigureFields\n      }\n      lines {\n        line\n        label\n        ledgerCents\n        adjustment\n        accounts {\n          code\n          name\n          cents\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      vehicle {\n        description\n        businessMiles\n        totalMiles\n        chosen\n        why\n        standardMileage {\n          ...TaxFigureFields\n        }\n        actualExpenses {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      section179 {\n        properties {\n          description\n          placedInServiceOn\n          reason\n          businessCost {\n            ...TaxFigureFields\n          }\n          elected {\n            ...TaxFigureFields\n          }\n        }\n        dollarLimit {\n          ...TaxFigureFields\n        }\n        threshold {\n          ...TaxFigureFields\n        }\n        dollarLimitation {\n          ...TaxFigureFields\n        }\n        businessIncome {\n          ...TaxFigureFields\n        }\n        businessIncomeLimitation {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n        carryover {\n          ...TaxFigureFields\n        }\n      }\n      homeOffice {\n        officeSquareFeet\n        homeSquareFeet\n        chosen\n        why\n        carryoverOperatingCents\n        carryoverDepreciationCents\n        simplified {\n          ...TaxFigureFields\n        }\n        actual {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n      }\n      totalExpenses {\n        ...TaxFigureFields\n      }\n      tentativeProfit {\n        ...TaxFigureFields\n      }\n      homeOfficeDeduction {\n        ...TaxFigureFields\n      }\n      netProfit {\n        ...TaxFigureFields\n      }\n      missedDeductions {\n        kind\n        cents\n        text\n      }\n      rulesUsed {\n        ...TaxRuleFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').TaxDeductionSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxSalesTaxLiability($state: String!, $period: String!) {\n    salesTaxLiability(state: $state, period: $period) {\n      state\n      registered\n      registeredOn\n      period {\n        key\n        kind\n        start\n        end\n      }\n      orderCount\n      grossSalesCents\n      exemptSalesCents\n      exemptByReason {\n        code\n        reason\n        cents\n      }\n      resaleSalesCents\n      taxableSalesCents\n      shippingCents\n      taxableShippingCents\n      stateTaxOwedCents\n      localTaxOwedCents\n      taxOwedCents\n      taxCollectedCents\n      ledgerCollectedCents\n      differenceCents\n      differenceReasons\n      notes\n      ruleSetVersion\n      jurisdictionTableVersion\n      jurisdictions {\n        level\n        code\n        name\n        rate\n        taxableSalesCents\n        taxOwedCents\n        ruleIds\n      }\n      locations {\n        label\n        channel\n        city\n        postalCode\n        combinedRate\n        grossSalesCents\n        taxableSalesCents\n        taxCollectedCents\n      }\n      rulesUsed {\n        id\n        concept\n        citation {\n          title\n          url\n          published\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TaxSalesTaxLiabilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxSalesTaxQuote($input: SalesTaxQuoteInput!) {\n    salesTaxQuote(input: $input) {\n      state\n      date\n      sourcing\n      sourcingReason\n      combinedRate\n      address {\n        postalCode\n        city\n        state\n        regionName\n        combinedRate\n        matchedBy\n        note\n        tableSource\n        tableAsOf\n      }\n      originAddress {\n        postalCode\n        city\n        regionName\n      }\n      jurisdictions {\n        level\n        code\n        name\n        rate\n        taxableCents\n        taxCents\n        ruleIds\n      }\n      lines {\n        id\n        category\n        amountCents\n        taxableCents\n        exemptCents\n        taxCents\n        treatment\n        reason\n        ruleIds\n      }\n      shipping {\n        amountCents\n        taxableCents\n        taxCents\n        reason\n      }\n      rounding {\n        mode\n        method\n        reason\n      }\n      subtotalCents\n      taxableCents\n      totalTaxCents\n      totalCents\n      ruleSetVersion\n      rulesUsed {\n        id\n        concept\n        citation {\n          title\n          url\n          published\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TaxSalesTaxQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesTaxFilingPacketFields on SalesTaxFilingPacket {\n    id\n    state\n    period\n    status\n    preparedAt\n    preparedBy\n    returnWorksheet {\n      formTitle\n      filingFrequency\n      periodStart\n      periodEnd\n      deadlineStatus\n      dueDate {\n        due\n        nominal\n        skipped\n      }\n      prepaymentDueDate {\n        due\n      }\n      prepaymentDiscountIfPrepaidCents\n      lines {\n        key\n        item\n        label\n        formEntry\n        cents\n        formula\n      }\n      reconciliation {\n        taxOwedCents\n        taxCollectedCents\n        differenceCents\n        keptOnTimelyReturnCents\n      }\n      notes\n    }\n    checklist {\n      key\n      title\n      status\n      detail\n    }\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n"): typeof import('./graphql.js').SalesTaxFilingPacketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaxPrepareSalesTaxFiling($state: String!, $period: String!, $preliminary: Boolean!) {\n    prepareSalesTaxFiling(state: $state, period: $period, preliminary: $preliminary) {\n      ...SalesTaxFilingPacketFields\n    }\n  }\n"): typeof import('./graphql.js').TaxPrepareSalesTaxFilingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxEstimatedTaxPlan($taxYear: Int!) {\n    estimatedTaxPlan(taxYear: $taxYear) {\n      taxYear\n      asOf\n      filingStatus\n      booksThrough\n      ruleSetVersion\n      netProfitBasis\n      netProfitBasisExplanation\n      netProfitToDate {\n        ...TaxFigureFields\n      }\n      projectedNetProfit {\n        ...TaxFigureFields\n      }\n      selfEmploymentTax {\n        ...TaxFigureFields\n      }\n      deductibleHalfOfSelfEmploymentTax {\n        ...TaxFigureFields\n      }\n      adjustedGrossIncome {\n        ...TaxFigureFields\n      }\n      taxableIncomeBeforeQbi {\n        ...TaxFigureFields\n      }\n      qbiDeduction {\n        ...TaxFigureFields\n      }\n      qbiExplanation\n      taxableIncome {\n        ...TaxFigureFields\n      }\n      incomeTax {\n        ...TaxFigureFields\n      }\n      marginalRate\n      additionalMedicareTax {\n        ...TaxFigureFields\n      }\n      totalTax {\n        ...TaxFigureFields\n      }\n      paymentsRequired\n      paymentsRequiredReason\n      priorYearOption {\n        ...TaxFigureFields\n      }\n      currentYearOption {\n        ...TaxFigureFields\n      }\n      basis\n      requiredAnnualPayment {\n        ...TaxFigureFields\n      }\n      installments {\n        number\n        nominalDueDate\n        dueDate\n        amount {\n          ...TaxFigureFields\n        }\n        cumulative {\n          ...TaxFigureFields\n        }\n        paidByDueDate\n        shortfall\n        status\n      }\n      paidToDateCents\n      behind\n      payments {\n        id\n        paidOn\n        amountCents\n        note\n      }\n      warnings\n      notes\n      standardVsItemized {\n        chosen\n        why\n        standardDeduction {\n          ...TaxFigureFields\n        }\n        standardTotal {\n          ...TaxFigureFields\n        }\n        mortgageInterest {\n          ...TaxFigureFields\n        }\n        saltPaid {\n          ...TaxFigureFields\n        }\n        saltLimit {\n          ...TaxFigureFields\n        }\n        salt {\n          ...TaxFigureFields\n        }\n        charitable {\n          ...TaxFigureFields\n        }\n        itemizedTotal {\n          ...TaxFigureFields\n        }\n        deduction {\n          ...TaxFigureFields\n        }\n        difference {\n          ...TaxFigureFields\n        }\n        notes\n      }\n      rulesUsed {\n        ...TaxRuleFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').TaxEstimatedTaxPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxComplianceCalendar($from: String, $to: String) {\n    complianceCalendar(from: $from, to: $to) {\n      from\n      to\n      today\n      timeZone\n      holidayNote\n      ruleSetVersion\n      events {\n        id\n        kind\n        state\n        title\n        detail\n        dueDate\n        nominalDueDate\n        moved\n        remindOn\n        status\n        sourceRule\n        citation {\n          publisher\n          title\n          section\n          url\n          published\n        }\n      }\n    }\n    exemptionCertificates(asOf: $from) {\n      asOf\n      uncoveredCents\n      certificates {\n        id\n        buyerName\n        state\n        kind\n        number\n        expiresOn\n        daysToExpiry\n        status\n        message\n      }\n      uncoveredSales {\n        saleId\n        soldOn\n        state\n        treatment\n        buyerName\n        goodsCents\n        reason\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').TaxComplianceCalendarDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
