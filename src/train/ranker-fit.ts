/**
 * Logistic regression fitted by Newton's method (no randomness: the same rows give the same
 * weights, bit for bit). Features are standardised while fitting, for a well-conditioned Hessian,
 * and the weights are given back on the raw features, so the JSON reads as the model scores.
 */

/** Weights on the raw features, and the bias. */
export interface LogisticFit {
  bias: number;
  weights: number[];
}

export interface FitOptions {
  /** L2 penalty on the standardised weights (not the bias). */
  l2: number;
  /** Newton steps at most. */
  iterations: number;
}

export const FIT_DEFAULTS: FitOptions = { l2: 1, iterations: 25 };

/** Fits P(label) = σ(bias + w·x) to the rows; `rows[i].length` is the number of features. */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], options: FitOptions = FIT_DEFAULTS): LogisticFit {
  const d = rows[0]?.length ?? 0;
  const n = rows.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of rows) for (let j = 0; j < d; j++) mean[j]! += row[j]! / n;
  for (const row of rows) for (let j = 0; j < d; j++) sd[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]!);
  // Standardised rows with the bias as column d; a constant feature is left at weight 0.
  const used = sd.map((s) => s > 1e-12);
  const x = rows.map((row) => {
    const z = new Float64Array(d + 1);
    for (let j = 0; j < d; j++) z[j] = used[j] ? (row[j]! - mean[j]!) / sd[j]! : 0;
    z[d] = 1;
    return z;
  });
  const beta = new Float64Array(d + 1);
  for (let step = 0; step < options.iterations; step++) {
    const gradient = new Float64Array(d + 1);
    const hessian = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
    for (let i = 0; i < n; i++) {
      const z = x[i]!;
      let eta = 0;
      for (let j = 0; j <= d; j++) eta += beta[j]! * z[j]!;
      const p = 1 / (1 + Math.exp(-eta));
      const residual = p - (labels[i] ? 1 : 0);
      const w = Math.max(p * (1 - p), 1e-10);
      for (let j = 0; j <= d; j++) {
        const zj = z[j]!;
        if (zj === 0) continue;
        gradient[j]! += residual * zj;
        const row = hessian[j]!;
        const wz = w * zj;
        for (let k = 0; k <= j; k++) row[k]! += wz * z[k]!;
      }
    }
    for (let j = 0; j <= d; j++) {
      for (let k = 0; k < j; k++) hessian[k]![j] = hessian[j]![k]!;
      if (j < d) {
        gradient[j]! += options.l2 * beta[j]!;
        hessian[j]![j]! += options.l2;
      }
      if (hessian[j]![j]! === 0) hessian[j]![j] = 1;
    }
    const delta = solveSymmetric(hessian, gradient);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      beta[j]! -= delta[j]!;
      change = Math.max(change, Math.abs(delta[j]!));
    }
    if (change < 1e-9) break;
  }
  const weights = new Array<number>(d).fill(0);
  let bias = beta[d]!;
  for (let j = 0; j < d; j++) {
    if (!used[j]) continue;
    weights[j] = beta[j]! / sd[j]!;
    bias -= (beta[j]! * mean[j]!) / sd[j]!;
  }
  return { bias, weights };
}

/** Solves A·x = b for a symmetric positive definite A (Cholesky). */
function solveSymmetric(a: readonly Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const l = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j]![j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}
