import { ConfigError, loadConfig } from './config.js';
import { start, type Logger } from './start.js';

const logger: Logger = {
  info: (message) => console.log(message),
  error: (message, error) => console.error(message, error ?? ''),
};

async function main() {
  const config = loadConfig();
  const hub = await start(config, { logger });
  console.log(`Zactonics Agent Hub is running at ${hub.url}`);
  console.log(`  GraphQL (HTTP and WebSocket): ${hub.graphqlUrl}`);
  console.log(
    `  Database: ${hub.database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}`,
  );
  console.log(`  Model provider: ${hub.services.provider.name}`);
  console.log(`  Demo storefront with the chat widget: ${hub.url}/demo`);
  console.log(`  Admin console: ${hub.url}/admin`);
  if (hub.createdApiKey) {
    console.log(`  API key for the demo workspace (shown once, keep it): ${hub.createdApiKey}`);
  } else {
    console.log('  API key: created on first start (or set with HUB_BOOTSTRAP_API_KEY)');
  }
  if (hub.createdAdmin) {
    // A configured password is the operator's own: never echoed to the logs.
    const password = config.admin.password
      ? '(the one in HUB_ADMIN_PASSWORD)'
      : `${hub.createdAdmin.password} (shown once, keep it)`;
    console.log(`  Console owner created: ${hub.createdAdmin.email}, password ${password}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining connections and runs...`);
    await hub.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
