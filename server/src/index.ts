export { loadConfig, type Config } from './config.js';
export { start, type RunningHub, type StartOptions, type Logger } from './start.js';
export { buildHubSchema } from './graphql/build-schema.js';
export type { Clock } from './runtime/clock.js';
export type { InMemoryPubSub } from './events/in-memory-pub-sub.js';
