#!/usr/bin/python3
"""
Reference outputs for the forecast engine (server/src/engines/accounting/forecast), computed once
by hand with statsmodels' ETSModel (Debian bookworm: `apt-get install -y python3-statsmodels`,
statsmodels 0.13.5, under Debian's /usr/bin/python3) and committed as JSON. CI has no statsmodels; the TypeScript specs read the
JSON. Regenerate from the repository root:

    /usr/bin/python3 server/src/engines/accounting/forecast/reference/make-fixtures.py
    npx prettier --write server/src/engines/accounting/forecast/reference/ets-fixtures.json

For each series it writes the fitted parameters and initial states (initial_seasonal in time order:
the first value is the season of the first observation), the one-step fitted values, SSE,
log-likelihood, and 12 forecasts with 80% and 95% prediction intervals ("exact", i.e. analytic,
intervals: statsmodels' default for these additive models; variance = mse * relative variance).
"""
import json
import os

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.exponential_smoothing.ets import ETSModel

HERE = os.path.dirname(os.path.abspath(__file__))
HORIZON = 12

# Box & Jenkins (1976) series G, monthly international airline passengers (thousands),
# January 1949 - December 1960 (R's AirPassengers).
AIRLINE = [
    112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118,
    115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
    145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
    171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
    196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201,
    204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
    242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278,
    284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
    315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336,
    340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
    360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405,
    417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432,
]
assert len(AIRLINE) == 144 and sum(AIRLINE) == 40363  # the published total


def retail_like(months, seed):
    """A small shop's monthly sales in dollars: growth, a holiday peak, a summer lull, noise."""
    rng = np.random.RandomState(seed)
    season = [0.85, 0.8, 0.95, 1.0, 1.05, 0.95, 0.9, 0.92, 1.0, 1.08, 1.25, 1.55]
    return [
        round((9000 + 120 * t) * season[t % 12] + rng.normal(0, 400), 2)
        for t in range(months)
    ]


def case(name, y, trend, damped, seasonal):
    model = ETSModel(
        # A monthly index: statsmodels 0.13.5's get_prediction fails on a bare array.
        pd.Series(y, dtype=float, index=pd.date_range("2000-01-01", periods=len(y), freq="MS")),
        error="add",
        trend=trend,
        damped_trend=damped,
        seasonal=seasonal,
        seasonal_periods=12 if seasonal else None,
        initialization_method="estimated",
    )
    fit = model.fit(disp=False, maxiter=10000)
    prediction = fit.get_prediction(start=len(y), end=len(y) + HORIZON - 1, method="exact")
    f80 = prediction.summary_frame(alpha=0.20)
    f95 = prediction.summary_frame(alpha=0.05)
    return {
        "name": name,
        "spec": {
            "trend": "NONE" if trend is None else ("DAMPED" if damped else "ADDITIVE"),
            "seasonal": "NONE" if seasonal is None else "ADDITIVE",
            "period": 12,
        },
        "y": [float(v) for v in y],
        "parameters": {
            "alpha": float(fit.smoothing_level),
            "beta": float(fit.smoothing_trend) if trend else 0.0,
            "gamma": float(fit.smoothing_seasonal) if seasonal else 0.0,
            "phi": float(fit.damping_trend) if damped else 1.0,
        },
        "initial": {
            "level": float(fit.initial_level),
            "trend": float(fit.initial_trend) if trend else 0.0,
            # ETSResults.initial_seasonal is in time order (statsmodels GH 7893).
            "seasonal": [float(v) for v in fit.initial_seasonal] if seasonal else [],
        },
        "fitted": [float(v) for v in fit.fittedvalues],
        "sse": float(fit.sse),
        "mse": float(fit.mse),
        "logLikelihood": float(fit.llf),
        "forecast": {
            "mean": [float(v) for v in f80["mean"]],
            "lower80": [float(v) for v in f80["pi_lower"]],
            "upper80": [float(v) for v in f80["pi_upper"]],
            "lower95": [float(v) for v in f95["pi_lower"]],
            "upper95": [float(v) for v in f95["pi_upper"]],
        },
    }


def main():
    cases = [
        case("airline passengers, ETS(A,Ad,A)", AIRLINE, "add", True, "add"),
        case("airline passengers, ETS(A,A,A)", AIRLINE, "add", False, "add"),
        # Seasonality without trend: the seasonal model chosen from 24 to 35 months (model-choice.ts).
        case("airline passengers, ETS(A,N,A)", AIRLINE, None, False, "add"),
        case("retail-like 36 months, ETS(A,Ad,A)", retail_like(36, 7), "add", True, "add"),
        # The demo books' length: 24 complete months, the shortest a seasonal model is fitted to.
        case("retail-like 24 months, ETS(A,Ad,A)", retail_like(24, 3), "add", True, "add"),
        case("retail-like 24 months, ETS(A,N,A)", retail_like(24, 3), None, False, "add"),
        case("retail-like 30 months, ETS(A,N,A)", retail_like(30, 13), None, False, "add"),
        # A month short of two years: the non-seasonal fallback (see model-choice.ts).
        case("retail-like 23 months, ETS(A,Ad,N)", retail_like(23, 11), "add", True, None),
        case("retail-like 6 months, ETS(A,N,N)", retail_like(6, 5), None, False, None),
    ]
    out = {
        "generatedBy": "server/src/engines/accounting/forecast/reference/make-fixtures.py",
        "statsmodels": statsmodels.__version__,
        "numpy": np.__version__,
        "horizon": HORIZON,
        "cases": cases,
    }
    path = os.path.join(HERE, "ets-fixtures.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for c in cases:
        print(f"{c['name']}: sse={c['sse']:.6f} params={c['parameters']}")


if __name__ == "__main__":
    main()
