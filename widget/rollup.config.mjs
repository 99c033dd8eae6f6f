// Two outputs: the classic-script launcher (IIFE, loaded with <script async>) and the chat chunk
// (one ES module, loaded by the launcher with dynamic import()).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const plugins = (module) => [
  nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  terser({ module, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
];

const config = [
  {
    input: 'src/launcher.ts',
    output: { file: 'dist/widget.js', format: 'iife' },
    plugins: plugins(false),
  },
  {
    input: 'src/chat/index.ts',
    output: { file: 'dist/widget/zac-chat.js', format: 'es' },
    plugins: plugins(true),
  },
];

// Rollup reads the default export (the repo lint rule bans `export default` declarations).
export { config as default };
