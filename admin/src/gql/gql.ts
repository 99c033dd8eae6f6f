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
    "\n  fragment AgentFields on Agent {\n    key\n    name\n    description\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n  fragment StepFields on RunStep {\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    inputTokens\n    outputTokens\n    costUsd\n    streaming\n    startedAt\n  }\n  fragment RunSummaryFields on Run {\n    id\n    status\n    trigger\n    createdAt\n    finishedAt\n    costUsd\n    errorCode\n    agent {\n      key\n      name\n    }\n    scenario {\n      key\n      title\n    }\n  }\n  fragment ApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    createdAt\n    expiresAt\n  }\n": typeof types.AgentFieldsFragmentDoc,
    "\n  query Agents {\n    agents {\n      ...AgentFields\n    }\n    agentOptions {\n      models\n      tools\n    }\n  }\n": typeof types.AgentsDocument,
    "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...AgentFields\n    }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  query AgentList {\n    agents {\n      key\n      name\n      enabled\n    }\n  }\n": typeof types.AgentListDocument,
    "\n  query Scenarios($agentKey: String) {\n    scenarios(agentKey: $agentKey) {\n      key\n      title\n      description\n      sampleInput\n    }\n  }\n": typeof types.ScenariosDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.StartRunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": typeof types.RunStepsDocument,
    "\n  subscription RunUpdated {\n    runUpdated {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.RunUpdatedDocument,
    "\n  query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {\n    runs(filter: $filter, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...RunSummaryFields\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      input\n      output\n      error\n      provider\n      inputTokens\n      outputTokens\n      startedAt\n      lastSeq\n      steps {\n        ...StepFields\n      }\n      parentRun {\n        ...RunSummaryFields\n      }\n      childRuns {\n        ...RunSummaryFields\n      }\n      approvals {\n        ...ApprovalFields\n      }\n      pendingApproval {\n        ...ApprovalFields\n      }\n    }\n  }\n": typeof types.RunDocument,
    "\n  query Approvals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses, first: 50) {\n      totalItems\n      items {\n        ...ApprovalFields\n        run {\n          ...RunSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ApprovalsDocument,
    "\n  mutation ApproveRun($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.ApproveRunDocument,
    "\n  mutation RejectRun($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      ...RunSummaryFields\n    }\n  }\n": typeof types.RejectRunDocument,
    "\n  query Audit($search: String, $first: Int!, $offset: Int!) {\n    auditEvents(search: $search, first: $first, offset: $offset) {\n      totalItems\n      items {\n        id\n        action\n        actor\n        targetType\n        targetId\n        data\n        createdAt\n      }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  fragment ConversationFields on Conversation {\n    id\n    handoffState\n    customerEmail\n    visitorId\n    updatedAt\n    lastMessage {\n      role\n      text\n      createdAt\n    }\n    messages {\n      role\n      text\n      createdAt\n    }\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...ConversationFields\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  subscription ConversationEvents($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      handoffState\n      message {\n        id\n      }\n    }\n  }\n": typeof types.ConversationEventsDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.TakeOverDocument,
    "\n  mutation HandBack($id: ID!) {\n    handBackToBot(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.HandBackDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ResolveDocument,
    "\n  mutation SendHuman($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      id\n    }\n  }\n": typeof types.SendHumanDocument,
    "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      escalations\n      handoffs\n      openApprovals\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n    }\n  }\n": typeof types.DashboardDocument,
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
    "\n  fragment ReportStatementFields on FinancialStatementView {\n    kind\n    title\n    period {\n      key\n      label\n      from\n      to\n    }\n    priorPeriod {\n      key\n      label\n    }\n    lastYearPeriod {\n      key\n      label\n    }\n    sections {\n      key\n      label\n      rows {\n        key\n        label\n        accounts\n        group\n        currentCents\n        priorCents\n        lastYearCents\n        varianceCents\n        variancePercent\n        isTotal\n      }\n    }\n    checks {\n      name\n      holds\n      detail\n    }\n    notes\n  }\n": typeof types.ReportStatementFieldsFragmentDoc,
    "\n  query ReportStatements($period: String!, $comparePrior: Boolean!, $compareLastYear: Boolean!) {\n    incomeStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n    balanceSheet(period: $period, comparePrior: $comparePrior, compareLastYear: $compareLastYear) {\n      ...ReportStatementFields\n    }\n    cashFlowStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n  }\n": typeof types.ReportStatementsDocument,
    "\n  query ReportForecast($months: Int!) {\n    forecast(months: $months) {\n      asOf\n      history {\n        month\n        revenueCents\n        expensesCents\n        netIncomeCents\n        grossMarginPercent\n        cashCents\n      }\n      series {\n        key\n        method\n        points {\n          month\n          baseCents\n          conservativeCents\n          aggressiveCents\n          lower80Cents\n          upper80Cents\n          lower95Cents\n          upper95Cents\n        }\n      }\n      assumptions\n    }\n  }\n": typeof types.ReportForecastDocument,
    "\n  query ReportRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      asOf\n      window {\n        from\n        to\n        days\n      }\n      naicsCode\n      benchmark {\n        shortCitation\n        publisher\n        title\n        table\n        dataPeriod\n        publicationDate\n        urls\n        rangeMethod\n        caveats\n        naicsCode\n        matchedCode\n        industryLabel\n        note\n      }\n      ratios {\n        key\n        label\n        unit\n        formula\n        higherIsBetter\n        value\n        nullReason\n        benchmark {\n          low\n          high\n        }\n        benchmarkMissingReason\n        alert {\n          severity\n          text\n        }\n        numerator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n        denominator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportRatiosDocument,
    "\n  fragment FilingPackageFields on FilingPackage {\n    id\n    kind\n    period\n    title\n    preparedAt\n    preparedBy\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n": typeof types.FilingPackageFieldsFragmentDoc,
    "\n  query ReportFilingPackages($first: Int!) {\n    filingPackages(first: $first) {\n      ...FilingPackageFields\n    }\n  }\n": typeof types.ReportFilingPackagesDocument,
    "\n  mutation PrepareFilingPackage($period: String!) {\n    prepareFilingPackage(period: $period) {\n      ...FilingPackageFields\n    }\n  }\n": typeof types.PrepareFilingPackageDocument,
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
};
const documents: Documents = {
    "\n  fragment AgentFields on Agent {\n    key\n    name\n    description\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n  fragment StepFields on RunStep {\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    inputTokens\n    outputTokens\n    costUsd\n    streaming\n    startedAt\n  }\n  fragment RunSummaryFields on Run {\n    id\n    status\n    trigger\n    createdAt\n    finishedAt\n    costUsd\n    errorCode\n    agent {\n      key\n      name\n    }\n    scenario {\n      key\n      title\n    }\n  }\n  fragment ApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    createdAt\n    expiresAt\n  }\n": types.AgentFieldsFragmentDoc,
    "\n  query Agents {\n    agents {\n      ...AgentFields\n    }\n    agentOptions {\n      models\n      tools\n    }\n  }\n": types.AgentsDocument,
    "\n  mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {\n    updateAgent(key: $key, input: $input) {\n      ...AgentFields\n    }\n  }\n": types.UpdateAgentDocument,
    "\n  query AgentList {\n    agents {\n      key\n      name\n      enabled\n    }\n  }\n": types.AgentListDocument,
    "\n  query Scenarios($agentKey: String) {\n    scenarios(agentKey: $agentKey) {\n      key\n      title\n      description\n      sampleInput\n    }\n  }\n": types.ScenariosDocument,
    "\n  mutation StartRun($input: StartRunInput!) {\n    startRun(input: $input) {\n      ...RunSummaryFields\n    }\n  }\n": types.StartRunDocument,
    "\n  subscription RunSteps($runId: ID!, $afterSeq: Int) {\n    runSteps(runId: $runId, afterSeq: $afterSeq) {\n      ...StepFields\n    }\n  }\n": types.RunStepsDocument,
    "\n  subscription RunUpdated {\n    runUpdated {\n      ...RunSummaryFields\n    }\n  }\n": types.RunUpdatedDocument,
    "\n  query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {\n    runs(filter: $filter, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...RunSummaryFields\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      input\n      output\n      error\n      provider\n      inputTokens\n      outputTokens\n      startedAt\n      lastSeq\n      steps {\n        ...StepFields\n      }\n      parentRun {\n        ...RunSummaryFields\n      }\n      childRuns {\n        ...RunSummaryFields\n      }\n      approvals {\n        ...ApprovalFields\n      }\n      pendingApproval {\n        ...ApprovalFields\n      }\n    }\n  }\n": types.RunDocument,
    "\n  query Approvals($statuses: [ApprovalStatus!]) {\n    approvals(statuses: $statuses, first: 50) {\n      totalItems\n      items {\n        ...ApprovalFields\n        run {\n          ...RunSummaryFields\n        }\n      }\n    }\n  }\n": types.ApprovalsDocument,
    "\n  mutation ApproveRun($id: ID!, $editedOutput: String) {\n    approveRun(id: $id, editedOutput: $editedOutput) {\n      ...RunSummaryFields\n    }\n  }\n": types.ApproveRunDocument,
    "\n  mutation RejectRun($id: ID!, $reason: String!) {\n    rejectRun(id: $id, reason: $reason) {\n      ...RunSummaryFields\n    }\n  }\n": types.RejectRunDocument,
    "\n  query Audit($search: String, $first: Int!, $offset: Int!) {\n    auditEvents(search: $search, first: $first, offset: $offset) {\n      totalItems\n      items {\n        id\n        action\n        actor\n        targetType\n        targetId\n        data\n        createdAt\n      }\n    }\n  }\n": types.AuditDocument,
    "\n  fragment ConversationFields on Conversation {\n    id\n    handoffState\n    customerEmail\n    visitorId\n    updatedAt\n    lastMessage {\n      role\n      text\n      createdAt\n    }\n    messages {\n      role\n      text\n      createdAt\n    }\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {\n    conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...ConversationFields\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationDocument,
    "\n  subscription ConversationEvents($id: ID!) {\n    conversationEvents(conversationId: $id) {\n      handoffState\n      message {\n        id\n      }\n    }\n  }\n": types.ConversationEventsDocument,
    "\n  mutation TakeOver($id: ID!) {\n    takeOverConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.TakeOverDocument,
    "\n  mutation HandBack($id: ID!) {\n    handBackToBot(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.HandBackDocument,
    "\n  mutation Resolve($id: ID!) {\n    resolveConversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ResolveDocument,
    "\n  mutation SendHuman($conversationId: ID!, $text: String!) {\n    sendHumanMessage(conversationId: $conversationId, text: $text) {\n      id\n    }\n  }\n": types.SendHumanDocument,
    "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      escalations\n      handoffs\n      openApprovals\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n    }\n  }\n": types.DashboardDocument,
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
    "\n  fragment ReportStatementFields on FinancialStatementView {\n    kind\n    title\n    period {\n      key\n      label\n      from\n      to\n    }\n    priorPeriod {\n      key\n      label\n    }\n    lastYearPeriod {\n      key\n      label\n    }\n    sections {\n      key\n      label\n      rows {\n        key\n        label\n        accounts\n        group\n        currentCents\n        priorCents\n        lastYearCents\n        varianceCents\n        variancePercent\n        isTotal\n      }\n    }\n    checks {\n      name\n      holds\n      detail\n    }\n    notes\n  }\n": types.ReportStatementFieldsFragmentDoc,
    "\n  query ReportStatements($period: String!, $comparePrior: Boolean!, $compareLastYear: Boolean!) {\n    incomeStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n    balanceSheet(period: $period, comparePrior: $comparePrior, compareLastYear: $compareLastYear) {\n      ...ReportStatementFields\n    }\n    cashFlowStatement(\n      period: $period\n      comparePrior: $comparePrior\n      compareLastYear: $compareLastYear\n    ) {\n      ...ReportStatementFields\n    }\n  }\n": types.ReportStatementsDocument,
    "\n  query ReportForecast($months: Int!) {\n    forecast(months: $months) {\n      asOf\n      history {\n        month\n        revenueCents\n        expensesCents\n        netIncomeCents\n        grossMarginPercent\n        cashCents\n      }\n      series {\n        key\n        method\n        points {\n          month\n          baseCents\n          conservativeCents\n          aggressiveCents\n          lower80Cents\n          upper80Cents\n          lower95Cents\n          upper95Cents\n        }\n      }\n      assumptions\n    }\n  }\n": types.ReportForecastDocument,
    "\n  query ReportRatios($asOf: String!) {\n    financialRatios(asOf: $asOf) {\n      asOf\n      window {\n        from\n        to\n        days\n      }\n      naicsCode\n      benchmark {\n        shortCitation\n        publisher\n        title\n        table\n        dataPeriod\n        publicationDate\n        urls\n        rangeMethod\n        caveats\n        naicsCode\n        matchedCode\n        industryLabel\n        note\n      }\n      ratios {\n        key\n        label\n        unit\n        formula\n        higherIsBetter\n        value\n        nullReason\n        benchmark {\n          low\n          high\n        }\n        benchmarkMissingReason\n        alert {\n          severity\n          text\n        }\n        numerator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n        denominator {\n          label\n          cents\n          isAverage\n          sources {\n            statement\n            label\n            accounts\n            from\n            to\n            cents\n          }\n        }\n      }\n    }\n  }\n": types.ReportRatiosDocument,
    "\n  fragment FilingPackageFields on FilingPackage {\n    id\n    kind\n    period\n    title\n    preparedAt\n    preparedBy\n    files {\n      id\n      format\n      filename\n      bytes\n      sha256\n      url\n      expiresAt\n    }\n  }\n": types.FilingPackageFieldsFragmentDoc,
    "\n  query ReportFilingPackages($first: Int!) {\n    filingPackages(first: $first) {\n      ...FilingPackageFields\n    }\n  }\n": types.ReportFilingPackagesDocument,
    "\n  mutation PrepareFilingPackage($period: String!) {\n    prepareFilingPackage(period: $period) {\n      ...FilingPackageFields\n    }\n  }\n": types.PrepareFilingPackageDocument,
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
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentFields on Agent {\n    key\n    name\n    description\n    enabled\n    model\n    systemPrompt\n    temperature\n    maxSteps\n    tools\n    reviewPolicy {\n      refundLimitCents\n      legalTopics\n      minConfidence\n      outboundTrusted\n      approvalTtlMinutes\n    }\n  }\n  fragment StepFields on RunStep {\n    seq\n    kind\n    title\n    detail\n    data\n    durationMs\n    inputTokens\n    outputTokens\n    costUsd\n    streaming\n    startedAt\n  }\n  fragment RunSummaryFields on Run {\n    id\n    status\n    trigger\n    createdAt\n    finishedAt\n    costUsd\n    errorCode\n    agent {\n      key\n      name\n    }\n    scenario {\n      key\n      title\n    }\n  }\n  fragment ApprovalFields on Approval {\n    id\n    status\n    actionKind\n    policy\n    reason\n    toolName\n    amountCents\n    proposedOutput\n    editedOutput\n    decidedBy\n    decisionNote\n    createdAt\n    expiresAt\n  }\n"): typeof import('./graphql.js').AgentFieldsFragmentDoc;
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
export function graphql(source: "\n  query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {\n    runs(filter: $filter, first: $first, offset: $offset) {\n      totalItems\n      items {\n        ...RunSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Run($id: ID!) {\n    run(id: $id) {\n      ...RunSummaryFields\n      input\n      output\n      error\n      provider\n      inputTokens\n      outputTokens\n      startedAt\n      lastSeq\n      steps {\n        ...StepFields\n      }\n      parentRun {\n        ...RunSummaryFields\n      }\n      childRuns {\n        ...RunSummaryFields\n      }\n      approvals {\n        ...ApprovalFields\n      }\n      pendingApproval {\n        ...ApprovalFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunDocument;
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
export function graphql(source: "\n  query Audit($search: String, $first: Int!, $offset: Int!) {\n    auditEvents(search: $search, first: $first, offset: $offset) {\n      totalItems\n      items {\n        id\n        action\n        actor\n        targetType\n        targetId\n        data\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    handoffState\n    customerEmail\n    visitorId\n    updatedAt\n    lastMessage {\n      role\n      text\n      createdAt\n    }\n    messages {\n      role\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql.js').ConversationFieldsFragmentDoc;
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
export function graphql(source: "\n  query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    dashboard(from: $from, to: $to) {\n      runsPerDay {\n        day\n        agentKey\n        runs\n      }\n      escalations\n      handoffs\n      openApprovals\n      agents {\n        agentKey\n        agentName\n        runs\n        succeeded\n        failed\n        successRate\n        medianDurationMs\n        p95DurationMs\n        inputTokens\n        outputTokens\n        costUsd\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
