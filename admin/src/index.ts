// Entry of dist/app.js (loaded by dist/index.html as a module script: no inline script, so the
// console runs under the hub's strict CSP).
import { defineConsoleElements } from './define.js';

defineConsoleElements();
