"""Integer allocation that hits a total exactly: the published figures are sums that must match to the unit."""
from __future__ import annotations

import math


def allocate(total: int, weights: list[float], caps: list[int] | None = None, floor: int = 0) -> list[int]:
    """Split `total` into integers proportional to `weights`, each in [floor, cap], summing to `total` exactly.

    Largest-remainder rounding; weight beyond a cap flows to the others.
    """
    n = len(weights)
    caps = caps or [math.inf] * n
    if total < floor * n or total > sum(caps):
        raise ValueError(f"cannot allocate {total} within bounds")
    share = [float(floor)] * n
    fixed = [False] * n
    while True:
        rest = total - sum(share[i] for i in range(n) if fixed[i])
        free = [i for i in range(n) if not fixed[i]]
        wsum = sum(weights[i] for i in free)
        over = False
        for i in free:
            share[i] = max(floor, rest * weights[i] / wsum) if wsum else rest / len(free)
        # A share past its cap is pinned at the cap and the rest is shared again.
        for i in free:
            if share[i] > caps[i]:
                share[i], fixed[i], over = caps[i], True, True
        if not over:
            break
    out = [int(math.floor(s)) for s in share]
    order = sorted(range(n), key=lambda i: (share[i] - out[i], weights[i]), reverse=True)
    short = total - sum(out)
    for i in order:
        if short == 0:
            break
        if out[i] < caps[i]:
            out[i] += 1
            short -= 1
    while short < 0:  # floors pushed the sum over: take back from the largest
        i = max(range(n), key=lambda j: out[j] - floor)
        out[i] -= 1
        short += 1
    assert sum(out) == total
    return out
