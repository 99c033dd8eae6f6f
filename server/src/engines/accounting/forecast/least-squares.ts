/**
 * Ordinary least squares by Householder QR (numerically safer than the normal equations when
 * regressors are nearly collinear, as damped-trend initial states can be). Rows are observations.
 */
export function leastSquares(rows: readonly number[][], y: readonly number[]): number[] {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  if (n < p) throw new RangeError(`least squares needs at least ${p} rows, got ${n}`);
  const a = rows.map((row) => [...row]);
  const b = [...y];
  const at = (i: number, j: number) => (a[i] as number[])[j] as number;
  const set = (i: number, j: number, v: number) => {
    (a[i] as number[])[j] = v;
  };
  for (let k = 0; k < p; k++) {
    let norm = 0;
    for (let i = k; i < n; i++) norm += at(i, k) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) continue;
    const alpha = at(k, k) > 0 ? -norm : norm;
    // v = x - alpha e1, stored in place; H = I - 2 v v' / (v'v)
    set(k, k, at(k, k) - alpha);
    let vv = 0;
    for (let i = k; i < n; i++) vv += at(i, k) ** 2;
    for (let j = k + 1; j < p; j++) {
      let dot = 0;
      for (let i = k; i < n; i++) dot += at(i, k) * at(i, j);
      const f = (2 * dot) / vv;
      for (let i = k; i < n; i++) set(i, j, at(i, j) - f * at(i, k));
    }
    let dot = 0;
    for (let i = k; i < n; i++) dot += at(i, k) * (b[i] as number);
    const f = (2 * dot) / vv;
    for (let i = k; i < n; i++) b[i] = (b[i] as number) - f * at(i, k);
    set(k, k, alpha); // R's diagonal
  }
  const x = new Array<number>(p).fill(0);
  for (let k = p - 1; k >= 0; k--) {
    let s = b[k] as number;
    for (let j = k + 1; j < p; j++) s -= at(k, j) * (x[j] as number);
    const d = at(k, k);
    // A zero pivot means a regressor adds nothing: its coefficient stays 0.
    x[k] = Math.abs(d) < 1e-300 ? 0 : s / d;
  }
  return x;
}
