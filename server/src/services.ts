import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildPlaybookBook, buildTools } from './domains/index.js';
import type { PubSub } from './events/pub-sub.js';
import { AgentService } from './modules/agents/agent.service.js';
import { ApprovalService } from './modules/approvals/approval.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { ConversationService } from './modules/conversations/conversation.service.js';
import { CustomerFactService } from './modules/memory/customer-fact.service.js';
import { ApiKeyService } from './modules/auth/api-key.service.js';
import { KnowledgeService } from './modules/knowledge/knowledge.service.js';
import { RunRoutingService } from './modules/routing/run-routing.service.js';
import { RefundService } from './modules/refunds/refund.service.js';
import { RunStream } from './modules/runs/run-stream.js';
import { RunService } from './modules/runs/run.service.js';
import { ScenarioService } from './modules/scenarios/scenario.service.js';
import type { AnthropicConfig } from './config.js';
import type { RunQueue } from './queue/run-queue.js';
import { AgentCalls } from './runtime/agent-calls.js';
import { askAgentTool } from './runtime/agent-call.tool.js';
import { AnthropicProvider } from './runtime/anthropic-provider.js';
import type { Clock } from './runtime/clock.js';
import { MemoryAssembler } from './runtime/memory-assembly.js';
import type { ModelProvider } from './runtime/model-gateway.js';
import { ModelRouter } from './runtime/model-router.js';
import { OfflineProvider } from './runtime/offline-provider.js';
import type { PlaybookBook } from './runtime/playbook-book.js';
import { RunExecutor } from './runtime/run-executor.js';
import { RunJournal } from './runtime/run-journal.js';
import { RunRecovery } from './runtime/run-recovery.js';
import { MessageRouter } from './runtime/router.js';
import { ToolRegistry } from './runtime/tool-registry.js';

export interface HubServices {
  dataSource: DataSource;
  pubSub: PubSub;
  queue: RunQueue;
  clock: Clock;
  audit: AuditService;
  apiKeys: ApiKeyService;
  agents: AgentService;
  scenarios: ScenarioService;
  knowledge: KnowledgeService;
  conversations: ConversationService;
  customerFacts: CustomerFactService;
  /** What a run remembers: its conversation's history and its customer's facts. */
  memory: MemoryAssembler;
  playbooks: PlaybookBook;
  tools: ToolRegistry;
  provider: ModelProvider;
  journal: RunJournal;
  runs: RunService;
  approvals: ApprovalService;
  runStream: RunStream;
  executor: RunExecutor;
  recovery: RunRecovery;
  /** Routes a message with no agent; trained once here from the shipped utterances. */
  router: MessageRouter;
}

export interface ServiceDependencies {
  dataSource: DataSource;
  pubSub: PubSub;
  queue: RunQueue;
  clock: Clock;
  runLeaseMs: number;
  /** Claude when configured; otherwise the offline provider. */
  anthropic?: AnthropicConfig | undefined;
}

/** The composition root: every service built once, wired by hand (no container, no magic). */
export function createHubServices(deps: ServiceDependencies): HubServices {
  const { dataSource, pubSub, queue, clock } = deps;
  const audit = new AuditService(dataSource);
  const agents = new AgentService(dataSource, clock);
  const scenarios = new ScenarioService(dataSource);
  const knowledge = new KnowledgeService(dataSource);
  const conversations = new ConversationService(dataSource, clock, audit);
  const customerFacts = new CustomerFactService(dataSource, clock);
  const memory = new MemoryAssembler(dataSource, customerFacts);
  const playbooks = buildPlaybookBook();
  const tools = new ToolRegistry(audit).register(
    ...buildTools({
      knowledge,
      facts: customerFacts,
      refunds: new RefundService(dataSource),
      dataSource,
    }),
  );
  const provider: ModelProvider = deps.anthropic
    ? new AnthropicProvider(tools, {
        apiKey: deps.anthropic.apiKey,
        baseURL: deps.anthropic.baseUrl,
        timeoutMs: deps.anthropic.timeoutMs,
        maxRetries: deps.anthropic.maxRetries,
      })
    : new OfflineProvider(playbooks);
  const journal = new RunJournal(dataSource, pubSub, clock);
  const router = new MessageRouter(agents);
  const runs = new RunService(
    dataSource,
    agents,
    scenarios,
    playbooks,
    journal,
    queue,
    audit,
    conversations,
    new RunRoutingService({
      classifier: router,
      model: deps.anthropic
        ? new ModelRouter({
            apiKey: deps.anthropic.apiKey,
            baseURL: deps.anthropic.baseUrl,
            timeoutMs: deps.anthropic.timeoutMs,
            maxRetries: deps.anthropic.maxRetries,
          })
        : undefined,
      agents,
      scenarios,
      playbooks,
    }),
  );
  const approvals = new ApprovalService(dataSource, runs, journal, queue, audit, clock, tools);
  const executor = new RunExecutor(
    { dataSource, journal, provider, tools, playbooks, clock, memory, approvals },
    {
      workerId: `hub-${process.pid}-${randomUUID().slice(0, 8)}`,
      heartbeatMs: Math.max(250, Math.floor(deps.runLeaseMs / 3)),
    },
  );
  // ask_agent executes child runs with the executor, and the executor calls tools from the
  // registry that holds ask_agent. The registry is only read when a run calls a tool, so
  // registering this one tool once the executor exists closes the loop, no container needed.
  tools.register(
    askAgentTool(new AgentCalls({ dataSource, journal, playbooks, audit, driver: executor })),
  );
  return {
    dataSource,
    pubSub,
    queue,
    clock,
    audit,
    apiKeys: new ApiKeyService(dataSource, clock),
    agents,
    scenarios,
    knowledge,
    conversations,
    customerFacts,
    memory,
    playbooks,
    tools,
    provider,
    journal,
    runs,
    approvals,
    runStream: new RunStream(dataSource, pubSub, runs),
    executor,
    recovery: new RunRecovery(dataSource, journal, clock, deps.runLeaseMs),
    router,
  };
}
