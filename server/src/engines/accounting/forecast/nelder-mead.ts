/**
 * Nelder-Mead simplex minimisation (Lagarias et al. 1998 coefficients: reflection 1, expansion 2,
 * contraction 0.5, shrink 0.5). Unconstrained: callers map bounded parameters through a logistic
 * transform, so every point the simplex visits is feasible.
 */
export interface NelderMeadOptions {
  /** Initial simplex step along each axis. */
  step?: number;
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this (absolute)... */
  valueTolerance?: number;
  /** ...and its points by less than this along every axis. */
  pointTolerance?: number;
}

export interface NelderMeadResult {
  point: number[];
  value: number;
  iterations: number;
}

export function nelderMead(
  f: (x: number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const step = options.step ?? 0.5;
  const maxIterations = options.maxIterations ?? 2000;
  const valueTolerance = options.valueTolerance ?? 1e-12;
  const pointTolerance = options.pointTolerance ?? 1e-9;
  const d = start.length;
  let simplex: Array<{ x: number[]; v: number }> = [{ x: [...start], v: f([...start]) }];
  for (let i = 0; i < d; i++) {
    const x = [...start];
    x[i] = (x[i] as number) + step;
    simplex.push({ x, v: f(x) });
  }
  const combine = (a: number[], b: number[], t: number) =>
    a.map((ai, i) => ai + t * ((b[i] as number) - ai));
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((p, q) => p.v - q.v);
    const best = simplex[0] as { x: number[]; v: number };
    const worst = simplex[d] as { x: number[]; v: number };
    const spread = Math.max(
      ...simplex.map((p) => Math.max(...p.x.map((xi, i) => Math.abs(xi - (best.x[i] as number))))),
    );
    if (
      Math.abs(worst.v - best.v) <= valueTolerance * (1 + Math.abs(best.v)) &&
      spread <= pointTolerance
    )
      break;
    const centroid = new Array<number>(d).fill(0);
    for (let i = 0; i < d; i++) {
      const p = simplex[i] as { x: number[] };
      for (let k = 0; k < d; k++) centroid[k] = (centroid[k] as number) + (p.x[k] as number) / d;
    }
    const secondWorst = simplex[d - 1] as { v: number };
    const reflected = combine(centroid, worst.x, -1);
    const vr = f(reflected);
    if (vr < best.v) {
      const expanded = combine(centroid, worst.x, -2);
      const ve = f(expanded);
      simplex[d] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
    } else if (vr < secondWorst.v) {
      simplex[d] = { x: reflected, v: vr };
    } else {
      const outside = vr < worst.v;
      const contracted = combine(centroid, outside ? reflected : worst.x, 0.5);
      const vc = f(contracted);
      if (vc < (outside ? vr : worst.v)) {
        simplex[d] = { x: contracted, v: vc };
      } else {
        simplex = simplex.map((p, i) => {
          if (i === 0) return p;
          const x = combine(best.x, p.x, 0.5);
          return { x, v: f(x) };
        });
      }
    }
  }
  simplex.sort((p, q) => p.v - q.v);
  const best = simplex[0] as { x: number[]; v: number };
  return { point: best.x, value: best.v, iterations };
}
