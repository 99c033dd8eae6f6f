import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  etsForecast,
  Z_80,
  Z_95,
  type EtsInitialState,
  type EtsParameters,
  type EtsSpec,
} from './ets.js';
import { etsFitWith, fitEts } from './ets-fit.js';

interface Fixture {
  name: string;
  spec: EtsSpec;
  y: number[];
  parameters: EtsParameters;
  initial: EtsInitialState;
  fitted: number[];
  sse: number;
  mse: number;
  logLikelihood: number;
  forecast: Record<'mean' | 'lower80' | 'upper80' | 'lower95' | 'upper95', number[]>;
}

// Written once by reference/make-fixtures.py with statsmodels 0.13.5 (CI has no statsmodels).
const fixtures = (
  JSON.parse(readFileSync(new URL('./reference/ets-fixtures.json', import.meta.url), 'utf8')) as {
    horizon: number;
    cases: Fixture[];
  }
).cases;

/** |actual - expected| within 1e-6 of the expected value's size (at least 1e-6 absolute). */
function expectClose(actual: readonly number[], expected: readonly number[], label: string) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    const target = expected[i] as number;
    expect(Math.abs(value - target), `${label}[${i}]: ${value} vs ${target}`).toBeLessThanOrEqual(
      1e-6 * Math.max(1, Math.abs(target)),
    );
  });
}

describe.each(fixtures.map((f) => [f.name, f] as const))('ETS against statsmodels: %s', (_, f) => {
  it("reproduces statsmodels' fitted values, SSE and log-likelihood with its parameters", () => {
    const fit = etsFitWith(f.spec, f.parameters, f.initial, f.y);
    expectClose(fit.fitted, f.fitted, 'fitted');
    expectClose([fit.sse, fit.sigma2, fit.logLikelihood], [f.sse, f.mse, f.logLikelihood], 'stats');
  });

  it("reproduces statsmodels' forecasts and 80% / 95% intervals with its parameters", () => {
    const fit = etsFitWith(f.spec, f.parameters, f.initial, f.y);
    const steps = etsForecast(
      f.spec,
      fit.parameters,
      fit.final,
      fit.sigma2,
      f.forecast.mean.length,
    );
    const bound = (z: number) => steps.map((s) => s.mean + z * Math.sqrt(s.variance));
    expectClose(
      steps.map((s) => s.mean),
      f.forecast.mean,
      'mean',
    );
    expectClose(bound(-Z_80), f.forecast.lower80, 'lower80');
    expectClose(bound(Z_80), f.forecast.upper80, 'upper80');
    expectClose(bound(-Z_95), f.forecast.lower95, 'lower95');
    expectClose(bound(Z_95), f.forecast.upper95, 'upper95');
  });

  it('fits its own parameters to an SSE no worse than statsmodels (within 1e-6)', () => {
    const fit = fitEts(f.spec, f.y);
    expect(fit.sse).toBeLessThanOrEqual(f.sse * (1 + 1e-6));
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(f.logLikelihood - 1e-6);
    expect(fit.parameters.alpha).toBeGreaterThanOrEqual(1e-4);
    expect(fit.parameters.beta).toBeLessThanOrEqual(fit.parameters.alpha);
    expect(fit.parameters.alpha + fit.parameters.gamma).toBeLessThanOrEqual(1);
  });
});

describe('ETS forecast variance', () => {
  const spec: EtsSpec = { trend: 'DAMPED', seasonal: 'ADDITIVE', period: 12 };
  const parameters: EtsParameters = { alpha: 0.3, beta: 0.05, gamma: 0.2, phi: 0.9 };
  const final: EtsInitialState = { level: 100, trend: 2, seasonal: new Array<number>(12).fill(0) };

  it('grows with the horizon, for single months and for running totals', () => {
    const steps = etsForecast(spec, parameters, final, 4, 24);
    const variances = steps.map((s) => s.variance);
    const cumulative = steps.map((s) => s.cumulativeVariance);
    for (let i = 1; i < steps.length; i++) {
      expect(variances[i]).toBeGreaterThan(variances[i - 1] as number);
      expect(cumulative[i]).toBeGreaterThan(cumulative[i - 1] as number);
    }
    expect(variances[0]).toBe(4);
    expect(cumulative[0]).toBe(4);
  });

  it('gives ETS(A,N,A) sigma^2 (1 + (h-1) alpha^2) within a year, plus (alpha + gamma)^2 after it', () => {
    const seasonal: EtsSpec = { trend: 'NONE', seasonal: 'ADDITIVE', period: 12 };
    const steps = etsForecast(seasonal, { alpha: 0.3, beta: 0, gamma: 0.2, phi: 1 }, final, 1, 14);
    expect(steps[0]?.variance).toBe(1);
    expect(steps[11]?.variance).toBeCloseTo(1 + 11 * 0.09, 12); // c_1..c_11 = alpha
    expect(steps[12]?.variance).toBeCloseTo(1 + 11 * 0.09 + 0.25, 12); // c_12 = alpha + gamma
    expect(steps[13]?.variance).toBeCloseTo(1 + 12 * 0.09 + 0.25, 12);
  });

  it('gives a two-month total the variance of its correlated errors', () => {
    // y1 + y2 error = e1 (1 + c1) + e2, c1 = alpha + beta phi = 0.3 + 0.045
    const [, second] = etsForecast(spec, parameters, final, 1, 2);
    expect(second?.cumulativeVariance).toBeCloseTo((1 + 0.345) ** 2 + 1, 12);
    expect(second?.variance).toBeCloseTo(1 + 0.345 ** 2, 12);
  });
});
