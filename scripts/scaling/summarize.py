#!/usr/bin/env python3
"""summarize.py: pair each (dim, N, command) in results.tsv with (dim, 4N, command); print ratios."""
import collections, sys
rows = {}
for line in open(sys.argv[1] if len(sys.argv) > 1 else "results.tsv"):
    dim, n, cmd, secs, kb, rc, ob, eb = line.rstrip("\n").split("\t")
    rows[(dim, int(n), cmd)] = (float(secs), int(kb), int(rc), int(ob), int(eb))
by = collections.defaultdict(list)
for (dim, n, cmd), v in rows.items():
    if (dim, 4 * n, cmd) in rows:
        w = rows[(dim, 4 * n, cmd)]
        r = w[0] / v[0] if v[0] > 0 else float("inf")
        by[(dim, n)].append((cmd, v[0], w[0], r, v[1] // 1024, w[1] // 1024, w[2]))
for (dim, n), lst in sorted(by.items()):
    for cmd, a, b, r, ma, mb, rc in lst:
        print(f"{dim:15} {n:>6}/{4*n:<6} {cmd:38} {a:6.2f} {b:6.2f}  x{r:5.1f}  mem {ma}->{mb} MB rc={rc}")
