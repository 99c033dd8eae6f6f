// One ES module (dist/app.js), the chunks it loads on demand (dist/chunks/), and the static page
// and stylesheet copied next to it. The page loads the module with <script type="module" src>:
// nothing inline, so `script-src 'self'` holds.
import { copyFile, mkdir } from 'node:fs/promises';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const copyStatic = () => ({
  name: 'copy-static',
  async writeBundle() {
    await mkdir('dist', { recursive: true });
    await copyFile('static/index.html', 'dist/index.html');
    await copyFile('static/app.css', 'dist/app.css');
  },
});

const config = {
  input: 'src/index.ts',
  // app.js plus a chunk per lazily loaded area (Reports, Tax) and what they share.
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'app.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
    copyStatic(),
  ],
};

// The theme boot script: a classic (non-module) script so it runs in <head> before the first
// paint and sets the stored light/dark theme; it is still a file of the hub, so CSP holds.
const themeBoot = {
  input: 'src/theme/boot.ts',
  output: { file: 'dist/theme-boot.js', format: 'iife' },
  plugins: [
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2020, format: { comments: false } }),
  ],
};

// Rollup reads the default export (the repo lint rule bans `export default` declarations).
const configs = [config, themeBoot];
export { configs as default };
