// Browser tests in the Debian Chromium. "source" tests import from src/ (TypeScript via esbuild);
// "bundle" tests load the built dist/ files the way a shop page does (run `pnpm build` first).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const config = {
  nodeResolve: { browser: true, exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  groups: [
    { name: 'source', files: 'test/source/**/*.test.ts' },
    {
      name: 'bundle',
      files: 'test/bundle/**/*.test.ts',
      // A strict shop page: no inline styles allowed, scripts only from the origin.
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  testFramework: { config: { timeout: 5000 } },
  testsFinishTimeout: 60_000,
};

// web-test-runner reads the default export (the repo lint rule bans `export default` declarations).
export { config as default };
