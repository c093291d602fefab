#!/usr/bin/env python3
"""Recomputes every numeric quiz answer in content/quizzes/ with numpy and checks the file agrees.

Rerun from anywhere:  python3 tools/content/check_numeric_answers.py
For each entry in CHECKS below: (quiz file, question id, how the answer is computed, expected value).
The script evaluates the numpy expression, checks it matches the expected value listed here, then
parses the `= …` line of that question in the quiz file and checks it agrees with the computed
value within the question's own tolerance (tol=relative, abs=absolute; defaults 1e-2 and 1e-8,
accepted if either bound holds). It also fails if any numeric question in any quiz has no entry
here, so no stated number goes unchecked. Exit status 0 when all pass.
"""
import re
import sys
from pathlib import Path

import math

import numpy as np

QUIZ_DIR = Path(__file__).resolve().parents[2] / "content" / "quizzes"


def lstsq(A, b):
    return np.linalg.lstsq(np.asarray(A, float), np.asarray(b, float), rcond=None)[0]


def cond2(M):
    return np.linalg.cond(np.asarray(M, float), 2)


def random_full_rank_proj_trace():
    rng = np.random.default_rng(7)
    x = rng.uniform(0, 5, 30)
    A = np.vander(x, 4, increasing=True)
    P = A @ np.linalg.solve(A.T @ A, A.T)
    return np.trace(P)


def ridge_1d(x, y, lam):
    x = np.asarray(x, float)[:, None]
    return np.linalg.solve(x.T @ x + lam * np.eye(1), x.T @ np.asarray(y, float))[0]


def soft(z, t):
    return np.sign(z) * np.maximum(np.abs(z) - t, 0.0)


def gd_limit(A, b, w0, steps=20000):
    A = np.asarray(A, float); b = np.asarray(b, float); w = np.asarray(w0, float)
    alpha = 1.0 / np.linalg.norm(A, 2) ** 2
    for _ in range(steps):
        w = w - alpha * A.T @ (A @ w - b)
    return w


def adam_first_step(g, alpha=1e-3, b1=0.9, b2=0.999, eps=1e-8):
    g = np.asarray(g, float)
    m = (1 - b1) * g; v = (1 - b2) * g * g
    mh = m / (1 - b1); vh = v / (1 - b2)
    return -alpha * mh / (np.sqrt(vh) + eps)


def cg_iterations(eigs, tol=1e-10):
    """Runs CG on diag(eigs) with a generic b and counts iterations until the residual vanishes."""
    A = np.diag(np.asarray(eigs, float)); b = np.linspace(1, 2, len(eigs))
    x = np.zeros_like(b); r = b.copy(); p = r.copy(); k = 0
    while np.linalg.norm(r) > tol * np.linalg.norm(b) and k < 10 * len(b):
        Ap = A @ p; a = (r @ r) / (p @ Ap)
        x += a * p; rn = r - a * Ap
        p = rn + (rn @ rn) / (r @ r) * p; r = rn; k += 1
    return k


def min_stable_k(rate, eps):
    k = 0
    while rate ** k > eps:
        k += 1
    return k


A23 = np.array([[1, 2, 3], [4, 5, 6]], float)
B23 = np.array([7, 8], float)
EIG10 = np.arange(1, 11, dtype=float)

CHECKS = [
    ("least-squares-basics", "line-fit-slope",
     "lstsq([[1,0],[1,1],[1,2]], [1,2,6])[1]",
     lambda: lstsq([[1, 0], [1, 1], [1, 2]], [1, 2, 6])[1], 2.5),
    ("least-squares-basics", "residual-norm-small",
     "norm(A@lstsq(A,b)-b), A=[[1],[1]], b=[1,3]",
     lambda: np.linalg.norm(np.array([[1], [1.]]) @ lstsq([[1], [1]], [1, 3]) - [1, 3]), 1.41421),
    ("least-squares-basics", "projector-trace",
     "trace(A (A^T A)^-1 A^T), A = 30x4 Vandermonde of random x",
     random_full_rank_proj_trace, 4),
    ("least-squares-solvers", "kappa-squared",
     "cond(A^T A) for A = U diag(1e3,1) V^T",
     lambda: cond2((lambda A: A.T @ A)(np.linalg.qr(np.random.default_rng(1).standard_normal((6, 2)))[0]
                                        @ np.diag([1e3, 1.0]))), 1e6),
    ("least-squares-solvers", "digits-normal-equations",
     "16 - log10(cond(A)**2), cond(A)=1e6",
     lambda: 16 - np.log10((1e6) ** 2), 4),
    ("least-squares-solvers", "line-fit-intercept",
     "lstsq([[1,0],[1,1],[1,2]], [1,3,4])[0]",
     lambda: lstsq([[1, 0], [1, 1], [1, 2]], [1, 3, 4])[0], 7 / 6),
    ("conditioning", "kappa-diagonal",
     "cond(diag(10, 0.1))",
     lambda: cond2(np.diag([10, 0.1])), 100),
    ("conditioning", "digits-lost",
     "log10(1e10)",
     lambda: np.log10(1e10), 10),
    ("conditioning", "ridge-kappa",
     "cond(diag(400, 0) + 0.01 I)",
     lambda: cond2(np.diag([400.0, 0.0]) + 0.01 * np.eye(2)), 40001),
    ("conditioning", "nearly-singular-kappa",
     "cond([[1,1],[1,1.0001]])",
     lambda: cond2([[1, 1], [1, 1.0001]]), 40002),
    ("normalization", "outlier-eigenvalue",
     "cond(I + mu mu^T), mu=(3,4)",
     lambda: cond2(np.eye(2) + np.outer([3, 4], [3, 4])), 26),
    ("normalization", "scale-ratio-kappa",
     "cond(diag(1000^2, 1^2))",
     lambda: cond2(np.diag([1000.0 ** 2, 1.0])), 1e6),
    ("normalization", "whitened-step",
     "alpha with I - alpha*H = 0 for H = I: 1/eig(I)",
     lambda: 1.0 / np.linalg.eigvalsh(np.eye(3)).max(), 1),
    ("min-norm", "example-first-component",
     "lstsq([[1,2,3],[4,5,6]], [7,8])[0]",
     lambda: lstsq(A23, B23)[0], -3.0556),
    ("min-norm", "example-third-component",
     "pinv([[1,2,3],[4,5,6]]) @ [7,8] [2]",
     lambda: (np.linalg.pinv(A23) @ B23)[2], 3.2778),
    ("min-norm", "solution-set-dimension",
     "3 - matrix_rank([[1,2,3],[4,5,6]])",
     lambda: 3 - np.linalg.matrix_rank(A23), 1),
    ("min-norm", "gd-projection",
     "GD on 1/2 (x1+x2-2)^2 from (3,0), 20000 steps, [1]",
     lambda: gd_limit([[1, 1]], [2], [3, 0])[1], -0.5),
    ("min-norm", "one-equation-min-norm",
     "pinv([[1,2]]) @ [5] [1]",
     lambda: (np.linalg.pinv(np.array([[1, 2.]])) @ [5.0])[1], 2),
    ("ridge-lasso", "ridge-scalar",
     "solve(x^T x + 5, x^T y), x=(1,2), y=(2,4)",
     lambda: ridge_1d([1, 2], [2, 4], 5), 1),
    ("ridge-lasso", "ridge-kappa-shift",
     "cond(diag(9, 0.01) + I)",
     lambda: cond2(np.diag([9, 0.01]) + np.eye(2)), 10 / 1.01),
    ("ridge-lasso", "soft-threshold-value",
     "sign(-2)*max(|-2|-0.5, 0)",
     lambda: soft(-2.0, 0.5), -1.5),
    ("ridge-lasso", "lambda-from-prior",
     "sigma^2/tau^2 = 1/0.1",
     lambda: 1.0 / 0.1, 10),
    ("ridge-lasso", "lasso-lambda-max",
     "norm(X^T y, inf), X=[[1,0],[0,1],[1,1]], y=(1,2,3)",
     lambda: np.linalg.norm(np.array([[1, 0], [0, 1], [1, 1.]]).T @ [1, 2, 3.], np.inf), 5),
    ("gd-dynamics", "largest-stable-step",
     "2/max(eig), eig = 1..10",
     lambda: 2 / EIG10.max(), 0.2),
    ("gd-dynamics", "optimal-step",
     "2/(min(eig)+max(eig))",
     lambda: 2 / (EIG10.min() + EIG10.max()), 0.1818),
    ("gd-dynamics", "optimal-rate",
     "max|1 - alpha* eig| with alpha* = 2/11",
     lambda: np.abs(1 - 2 / 11 * EIG10).max(), 0.8182),
    ("gd-dynamics", "lecture-slow-fraction",
     "(1 - 0.5*0.01)**5",
     lambda: (1 - 0.5 * 0.01) ** 5, 0.9752),
    ("gd-dynamics", "iterations-to-tolerance",
     "smallest k with 0.99**k <= 1e-6",
     lambda: min_stable_k(0.99, 1e-6), 1375),
    ("optimizers", "heavy-ball-rate",
     "(sqrt(400)-1)/(sqrt(400)+1)",
     lambda: (np.sqrt(400) - 1) / (np.sqrt(400) + 1), 0.9048),
    ("optimizers", "adam-first-step",
     "|Adam first step| for g=(3,-0.02), coordinate 2",
     lambda: abs(adam_first_step([3, -0.02])[1]), 0.001),
    ("optimizers", "cg-distinct-eigenvalues",
     "CG iterations on diag(1,1,1,5,5,10)",
     lambda: cg_iterations([1, 1, 1, 5, 5, 10]), 3),
    ("curvature", "smallest-eigenvalue",
     "eigvalsh([[2,1],[1,2]]).min()",
     lambda: np.linalg.eigvalsh(np.array([[2, 1], [1, 2.]])).min(), 1),
    ("curvature", "semi-axis-length",
     "max_i sqrt(2c/lambda_i), A=diag(4,1), c=2",
     lambda: np.sqrt(2 * 2 / np.linalg.eigvalsh(np.diag([4.0, 1.0]))).max(), 2),
    ("curvature", "shift-makes-pd",
     "cond(diag(1,0) + 0.5 I)",
     lambda: cond2(np.diag([1.0, 0.0]) + 0.5 * np.eye(2)), 3),
    ("generalization", "ridge-max-gain",
     "max over s in (0,10] of s/(s^2+1), fine grid",
     lambda: np.max((lambda s: s / (s * s + 1.0))(np.linspace(1e-6, 10, 2_000_001))), 0.5),
    ("generalization", "smallest-sv-estimate",
     "sqrt(200) - sqrt(50)",
     lambda: np.sqrt(200) - np.sqrt(50), 7.071),
    ("generalization", "ols-variance",
     "sigma^2 D/(N-D-1), D=50, N=100",
     lambda: 1.0 * 50 / (100 - 50 - 1), 1.0204),
    ("generalization", "cv-fit-count",
     "folds * candidates = 5*20",
     lambda: np.prod([5, 20]), 100),
    ("why-min-norm", "ridge-lambda-from-prior",
     "sigma^2/tau^2 with sigma=0.5, tau=2",
     lambda: 0.5 ** 2 / 2 ** 2, 0.0625),
    ("why-min-norm", "pinv-norm",
     "norm(pinv([[1,2,3]]), 2)",
     lambda: np.linalg.norm(np.linalg.pinv(np.array([[1, 2, 3.]])), 2), 0.2673),
    ("ls-classification", "logistic-at-zero",
     "log(1 + exp(0))",
     lambda: np.logaddexp(0.0, 0.0), 0.6931),
    ("ls-classification", "ls-one-dimension",
     "-w0/w1 of lstsq([[1,1],[1,3],[1,-1]], [1,1,-1])",
     lambda: (lambda w: -w[0] / w[1])(np.linalg.lstsq(np.array([[1, 1], [1, 3], [1, -1.]]), np.array([1, 1, -1.]), rcond=None)[0]), 1 / 3),
    ("sgd", "steps-per-epoch",
     "ceil(200/16)",
     lambda: np.ceil(200 / 16), 13),
    ("sgd", "ball-halving",
     "sqrt(1/4) from r^2 proportional to eta/b",
     lambda: np.sqrt(0.25), 0.5),
    ("sgd", "batch-radius",
     "sqrt(1/16) from r^2 proportional to eta/b",
     lambda: np.sqrt(1 / 16), 0.25),
    ("sgd", "min-norm-distance",
     "|w0 . null(A)| for A=[1,2], w0=(2,-1) (SGD keeps the null-space part of w0)",
     lambda: abs(np.array([2, -1.]) @ np.array([2, -1.]) / np.sqrt(5)), 2.2361),
    ("momentum", "tuned-beta",
     "((sqrt(100)-1)/(sqrt(100)+1))**2",
     lambda: ((np.sqrt(100) - 1) / (np.sqrt(100) + 1)) ** 2, 0.6694),
    ("momentum", "tuned-alpha",
     "(2/(sqrt(100)+sqrt(1)))**2",
     lambda: (2 / (np.sqrt(100) + 1)) ** 2, 0.03306),
    ("momentum", "early-stopping-fraction",
     "1 - z_10/z_0 of GD (alpha=1) on lambda=0.1, by 10 steps of numpy",
     lambda: 1 - np.linalg.matrix_power(np.array([[1 - 0.1]]), 10)[0, 0], 0.6513),
    ("momentum", "momentum-iterations",
     "log(9999/10001)/log(99/101)",
     lambda: np.log(9999 / 10001) / np.log(99 / 101), 0.01),
    ("krylov", "clustered-steps",
     "number of distinct eigenvalues of diag(1 x50, 4 x30, 9 x20) (CG's exact finish)",
     lambda: len(np.unique(np.repeat([1.0, 4.0, 9.0], [50, 30, 20]))), 3),
    ("krylov", "bound-steps",
     "smallest k with 2((sqrt(100)-1)/(sqrt(100)+1))^k <= 1e-6",
     lambda: next(k for k in range(1000) if 2 * (9 / 11) ** k <= 1e-6), 73),
    ("krylov", "jacobi-kappa",
     "cond of D^-1/2 A D^-1/2 for A=[[100,6],[6,1]]",
     lambda: np.linalg.cond(np.diag([0.1, 1.0]) @ np.array([[100, 6], [6, 1.0]]) @ np.diag([0.1, 1.0])), 4),
    ("projection", "pythagoras-numeric",
     "||b - A lstsq(A, b)||^2 for the projection lab's defaults",
     lambda: np.linalg.lstsq(np.array([[2, 0.4], [0, 1.6], [0.4, 0]]), np.array([1.2, 1.4, 1.8]), rcond=None)[1][0],
     2.5486),
    ("projection", "projector-trace-value",
     "trace of the projector onto the span of a random full-rank 10x3 matrix",
     lambda: np.trace((lambda q: q @ q.T)(np.linalg.qr(np.random.default_rng(1).standard_normal((10, 3)))[0])), 3),
    ("bias-variance", "bv-sum", "0.006 + 0.032 + 0.3^2", lambda: 0.006 + 0.032 + 0.3 ** 2, 0.128),
    ("bias-variance", "bv-variance-numeric", "np.var([1.0, 1.2, 1.4])", lambda: np.var([1.0, 1.2, 1.4]), 0.0266667),
    ("bias-variance", "bv-bias-numeric", "(np.mean([0.2, 0.3, 0.4]) - 0.5)^2",
     lambda: (np.mean([0.2, 0.3, 0.4]) - 0.5) ** 2, 0.04),
    ("low-rank", "ey-frobenius",
     "norm(A - A_2, 'fro'), A = diag(10, 4, 2, 1), A_2 from numpy's SVD",
     lambda: (lambda u, s, vt: np.linalg.norm(np.diag([10.0, 4, 2, 1]) - (u[:, :2] * s[:2]) @ vt[:2]))(
         *np.linalg.svd(np.diag([10.0, 4, 2, 1]))), 2.2360679775),
    ("low-rank", "storage-count",
     "k(m+n+1) = 10*(128+128+1)",
     lambda: 10 * (128 + 128 + 1), 2570),
    ("pca", "pca-variance-numeric",
     "s_1^2/(n-1), s from numpy's SVD of diag(10, 2), n = 11",
     lambda: np.linalg.svd(np.diag([10.0, 2]), compute_uv=False)[0] ** 2 / 10, 10),
    ("pca", "pca-ratio-numeric",
     "s_1^2/sum(s^2), s from numpy's SVD of diag(3, 1)",
     lambda: (lambda s: s[0] ** 2 / np.sum(s ** 2))(np.linalg.svd(np.diag([3.0, 1]), compute_uv=False)), 0.9),
    ("pca", "pca-projection-error",
     "s_3^2, s from numpy's SVD of diag(4, 2, 1)",
     lambda: np.linalg.svd(np.diag([4.0, 2, 1]), compute_uv=False)[2] ** 2, 1),
    ("power-iteration", "pi-rate-numeric",
     "|lambda_2/lambda_1| from eigvalsh(diag(4, 3, 1))",
     lambda: (lambda l: l[1] / l[0])(np.sort(np.abs(np.linalg.eigvalsh(np.diag([4.0, 3, 1]))))[::-1]), 0.75),
    ("power-iteration", "pi-rayleigh-numeric",
     "x^T A x / x^T x, A = [[2,1],[1,3]], x = (1,1)",
     lambda: (lambda a, x: x @ a @ x / (x @ x))(np.array([[2.0, 1], [1, 3]]), np.array([1.0, 1])), 3.5),
    ("power-iteration", "pi-inverse-rate",
     "|beta_2/beta_1| for the eigenvalues of inv(diag(2, 1) - 0.9 I)",
     lambda: (lambda b: b[1] / b[0])(np.sort(np.abs(np.linalg.eigvalsh(np.linalg.inv(np.diag([2.0, 1]) - 0.9 * np.eye(2)))))[::-1]),
     0.0909090909),
    ("kalman", "kf-gain-value", "weight of z in lstsq of rows [1/2], [1] (prior sigma 2, R = 1)",
     lambda: np.linalg.lstsq(np.array([[0.5], [1.0]]), np.array([0.0, 1.0]), rcond=None)[0][0], 0.8),
    ("kalman", "kf-update-value", "lstsq of the prior 2.0 (sigma 2) and the measurement 3.0 (sigma 1)",
     lambda: np.linalg.lstsq(np.array([[0.5], [1.0]]), np.array([1.0, 3.0]), rcond=None)[0][0], 2.8),
    ("kalman", "kf-posterior-variance", "inverse of the information 1/4 + 1/1",
     lambda: 1.0 / (1.0 / 4 + 1.0), 0.8),
    ("multi-objective", "mo-scalar", "lstsq of the stacked [1; sqrt(3)] x = [4; 0]",
     lambda: np.linalg.lstsq(np.array([[1.0], [math.sqrt(3)]]), np.array([4.0, 0.0]), rcond=None)[0][0], 1),
    ("multi-objective", "mo-balance", "rho where (4 rho/(1+rho))^2 = rho (4/(1+rho))^2, by bisection on (0.5, 2)",
     lambda: (lambda f: __import__("scipy.optimize", fromlist=["brentq"]).brentq(f, 0.5, 2))(
         lambda r: (4 * r / (1 + r)) ** 2 - r * (4 / (1 + r)) ** 2), 1),
]


def numeric_questions(path):
    """Maps question id -> (stated value, rel tol, abs tol, line) for numeric questions."""
    out, cur = {}, None
    for no, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.startswith("### "):
            parts = line[4:].split()
            cur = None
            if len(parts) >= 2 and parts[1] == "numeric":
                opts = dict(p.split("=", 1) for p in parts[2:])
                cur = parts[0]
                out[cur] = [None, float(opts.get("tol", 1e-2)), float(opts.get("abs", 1e-8)), no]
        elif cur and line.startswith("= "):
            out[cur][0] = float(line[2:].strip())
            out[cur][3] = no
    return out


def close(a, b, rel, ab):
    return abs(a - b) <= ab or abs(a - b) <= rel * abs(b)


def main():
    failures, checked = [], set()
    stated = {p.stem: numeric_questions(p) for p in sorted(QUIZ_DIR.glob("*.md"))}
    print(f"{'file':<24} {'question':<26} {'numpy expression':<58} {'computed':>14} {'file says':>12}  ok")
    for quiz, qid, expr, fn, expected in CHECKS:
        computed = float(fn())
        q = stated.get(quiz, {}).get(qid)
        checked.add((quiz, qid))
        if q is None or q[0] is None:
            failures.append(f"{quiz}/{qid}: no numeric question with an '= ' line in the file")
            continue
        value, rel, ab, line = q
        ok_expected = close(computed, expected, rel, ab)
        ok_file = close(value, computed, rel, ab)
        print(f"{quiz:<24} {qid:<26} {expr[:58]:<58} {computed:>14.8g} {value:>12g}  "
              f"{'yes' if ok_expected and ok_file else 'NO'}")
        if not ok_expected:
            failures.append(f"{quiz}/{qid}: numpy gives {computed!r}, script expects {expected!r}")
        if not ok_file:
            failures.append(f"content/quizzes/{quiz}.md:{line}: file says {value!r}, numpy gives "
                            f"{computed!r} (tol={rel}, abs={ab})")
    for quiz, qs in stated.items():
        for qid in qs:
            if (quiz, qid) not in checked:
                failures.append(f"{quiz}/{qid}: numeric question without a numpy check here")
    total = sum(len(qs) for qs in stated.values())
    print(f"{len(CHECKS)} checks, {total} numeric questions in {len(stated)} quizzes")
    for f in failures:
        print("FAIL", f)
    print("all numeric answers verified" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
