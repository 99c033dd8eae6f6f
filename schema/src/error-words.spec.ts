import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './error-codes.js';
import { ERROR_WORDS_ES } from './error-words-es.js';
import { ERROR_WORDS, errorWords } from './error-words.js';

describe('ERROR_WORDS', () => {
  it('has words for every error code, each one sentence ending in a full stop', () => {
    const missing = ERROR_CODES.filter((code) => !ERROR_WORDS[code]);
    expect(missing).toEqual([]);
    for (const code of ERROR_CODES) expect(ERROR_WORDS[code]).toMatch(/^[A-Z].*[.)]$/);
  });

  it('reads a known code as its sentence and an unknown one as itself', () => {
    expect(errorWords('TOOL_NOT_AVAILABLE')).toBe('A tool this scenario needs is not built yet.');
    expect(errorWords('SOMETHING_NEWER')).toBe('SOMETHING_NEWER');
  });

  it('has Spanish words for every code, and reads a code in the language asked', () => {
    const missing = ERROR_CODES.filter((code) => !ERROR_WORDS_ES[code]);
    expect(missing).toEqual([]);
    for (const code of ERROR_CODES) expect(ERROR_WORDS_ES[code]).toMatch(/^[A-ZÁÉÍÓÚÑ¿].*[.)]$/);
    expect(errorWords('TOOL_NOT_AVAILABLE', 'es')).toBe(
      'Una herramienta que necesita este escenario aún no está construida.',
    );
    expect(errorWords('SOMETHING_NEWER', 'es')).toBe('SOMETHING_NEWER');
  });
});
