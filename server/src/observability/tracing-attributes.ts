/**
 * The span attributes the hub sets. Stable semantic conventions come from the package; the
 * GenAI and GraphQL ones are still "incubating", and the semantic-conventions package asks
 * users to copy those rather than import its `incubating` entry point (it may rename them in a
 * minor release), so they are spelled out here, as of semantic conventions 1.45.
 */
export {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
  ATTR_URL_PATH,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions';

export const ATTR_SERVICE_INSTANCE_ID = 'service.instance.id';
export const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
export const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';

export const ATTR_GEN_AI_OPERATION_NAME = 'gen_ai.operation.name';
/** The current name of the provider attribute. */
export const ATTR_GEN_AI_PROVIDER_NAME = 'gen_ai.provider.name';
/** Its older name, still what many backends group GenAI spans by. */
export const ATTR_GEN_AI_SYSTEM = 'gen_ai.system';
export const ATTR_GEN_AI_REQUEST_MODEL = 'gen_ai.request.model';
export const ATTR_GEN_AI_REQUEST_TEMPERATURE = 'gen_ai.request.temperature';
export const ATTR_GEN_AI_USAGE_INPUT_TOKENS = 'gen_ai.usage.input_tokens';
export const ATTR_GEN_AI_USAGE_OUTPUT_TOKENS = 'gen_ai.usage.output_tokens';
export const ATTR_GEN_AI_AGENT_NAME = 'gen_ai.agent.name';
export const ATTR_GEN_AI_TOOL_NAME = 'gen_ai.tool.name';
export const ATTR_GEN_AI_TOOL_TYPE = 'gen_ai.tool.type';

/** The hub's own attributes (no convention covers runs, workspaces or scenarios). */
export const ATTR_HUB_ROLE = 'hub.role';
export const ATTR_HUB_RUN_ID = 'hub.run.id';
export const ATTR_HUB_RUN_STATUS = 'hub.run.status';
export const ATTR_HUB_WORKSPACE_ID = 'hub.workspace.id';
export const ATTR_HUB_AGENT = 'hub.agent';
export const ATTR_HUB_SCENARIO = 'hub.scenario';
export const ATTR_HUB_ENDPOINT = 'hub.endpoint';
export const ATTR_HUB_TRANSPORT = 'hub.transport';
export const ATTR_HUB_MODEL_COST_USD = 'hub.model.cost_usd';
export const ATTR_HUB_ERROR_CODE = 'hub.error_code';
export const ATTR_HUB_DB_OUTCOME = 'hub.db.outcome';
export const ATTR_HUB_ROUTE_AGENT = 'hub.route.agent';
