#!/usr/bin/env python3
"""The condition number the normalization card and lab text state for uncentred features.

Features x with mean mu and covariance I, an intercept column: H = [1, X]^T [1, X] / N. In the plane of
the bias and the mean direction H is [[1, |mu|], [|mu|, 1 + |mu|^2]] (determinant 1), so its extreme
eigenvalues are lambda+ = (s + sqrt(s^2 - 4)) / 2 with s = |mu|^2 + 2 and 1/lambda+, and
kappa(H) = lambda+^2, about (|mu|^2 + 2)^2. Without the intercept, kappa = 1 + |mu|^2.
Rerun from the repository root:  python3 tools/content/check_normalization_kappa.py
"""
import numpy as np
rng=np.random.default_rng(0)
for mu in ([3,3,3],[3,4],[1,2,2,0]):
    mu=np.array(mu,float); m2=mu@mu
    N=200000
    X=mu+rng.standard_normal((N,len(mu)))
    Xt=np.hstack([np.ones((N,1)),X])
    H=Xt.T@Xt/N
    k=np.linalg.cond(H)
    s=m2+2; lp=(s+np.sqrt(s*s-4))/2
    Hn=X.T@X/N
    print(f"|mu|^2={m2:g}: kappa(H with intercept)={k:.1f}  (|mu|^2+2)^2={(m2+2)**2:g}  exact lambda+^2={lp**2:.1f}  no-intercept kappa={np.linalg.cond(Hn):.2f} vs 1+|mu|^2={1+m2:g}")
