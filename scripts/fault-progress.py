#!/usr/bin/env python3
"""Fault injection for `kpi done` (docs/hardening.md): write N progress files of odd but
plausible shapes (inline arrays, a single [record] table, dotted keys, comments, CRLF, a
BOM, no final newline, other tables, arrays of inline tables spread over lines, trailing
garbage, truncations), run `kpi done` on each, and judge every outcome:

- exit 0: the file parses, holds every record it held before, unchanged, plus the new one;
- any other exit: the file is byte for byte what it was.

Usage: python3 scripts/fault-progress.py [N] [KPI]   (defaults: 3000, target/release/kpi)
Prints the counts and exits 1 if any outcome broke the rule. Needs Python 3.11 (tomllib).
"""
import os, random, shutil, subprocess, sys, tempfile, tomllib

N = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
KPI = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "target/release/kpi")
rng = random.Random(20261130)

UNITS = '[org]\nid = "o"\nname = "O"\n\n[[unit]]\ncode = "VP"\nname = "Văn phòng"\n'
PLAN = ('[plan]\nid = "p"\ntitle = "t"\nyear = 2024\n\n'
        + "".join(f'[[task]]\nid = "{i}"\ntitle = "Nhiệm vụ {i}"\nlead = ["VP"]\noutput = "y"\n'
                  f'due = "Trước ngày {10 + i}/6/2024"\n\n' for i in range(1, 6)))

def record(i):
    note = rng.choice(["", "Công văn số 12/SYT-VP", 'trích \\"dẫn\\"', "dòng 1\\ndòng 2", "#không phải chú thích"])
    fields = [("task", f'"{rng.randint(1, 5)}"'), ("status", '"done"'), ("date", f"2024-06-{rng.randint(1, 28):02d}"),
              ("by", '"VP"')]
    if note:
        fields.append(("note", f'"{note}"'))
    return fields

def shape(records):
    kind = rng.choice(["blocks", "inline", "single", "dotted", "multiline-inline", "mixed-other", "empty", "comments"])
    if kind == "single" and records:
        records = records[:1]
        body = "[record]\n" + "".join(f"{k} = {v}\n" for k, v in records[0])
    elif kind == "inline":
        body = "record = [" + ", ".join("{ " + ", ".join(f"{k} = {v}" for k, v in r) + " }" for r in records) + "]\n"
    elif kind == "multiline-inline":
        body = "record = [\n" + "".join("  { " + ", ".join(f"{k} = {v}" for k, v in r) + " },\n" for r in records) + "]\n"
    elif kind == "dotted":
        body = "".join("[[record]]\n" + "".join(f"{k} = {v}\n" for k, v in r) + "\n" for r in records)
        body = body.replace('status = "done"', 'status."value" = "done"') if rng.random() < 0.2 else body
    elif kind == "mixed-other":
        body = '[meta]\nowner = "VP"\n\n' + "".join("[[record]]\n" + "".join(f"{k} = {v}\n" for k, v in r) + "\n" for r in records)
    elif kind == "comments":
        body = "# tiến độ\n" + "".join("[[record]] # bản ghi\n" + "".join(f"{k} = {v}  # x\n" for k, v in r) + "# hết\n" for r in records)
    elif kind == "empty":
        body = rng.choice(["", "\n", "# chỉ có chú thích\n", "\n\n\n"])
    else:
        body = "".join("[[record]]\n" + "".join(f"{k} = {v}\n" for k, v in r) + "\n" for r in records)
    # Damage and dress.
    r = rng.random()
    if r < 0.08 and body:
        body = body[: rng.randint(0, len(body) - 1)]           # truncated
    elif r < 0.14:
        body += rng.choice(["garbage", "[[record]\n", "x = \n", "= 1\n", '"unterminated\n'])
    if rng.random() < 0.3:
        body = body.rstrip("\n")                               # no final newline
    if rng.random() < 0.2:
        body = body.replace("\n", "\r\n")
    if rng.random() < 0.1:
        body = "\ufeff" + body
    return body

def records_of(text):
    try:
        doc = tomllib.loads(text.lstrip("\ufeff"))
    except tomllib.TOMLDecodeError:
        return None
    rec = doc.get("record", [])
    return [rec] if isinstance(rec, dict) else rec

counts = {"appended": 0, "refused": 0, "broken": 0, "refused_valid": 0}
samples = []
work = tempfile.mkdtemp(prefix="kpi-fault-")
try:
    for n in range(N):
        top = os.path.join(work, str(n))
        d = os.path.join(top, "plans")
        os.makedirs(d)
        open(os.path.join(top, "kpi.toml"), "w").write("")
        open(os.path.join(d, "units.toml"), "w").write(UNITS)
        open(os.path.join(d, "p.toml"), "w").write(PLAN)
        before = shape([record(i) for i in range(rng.randint(0, 4))]).encode()
        path = os.path.join(d, "p.progress.toml")
        open(path, "wb").write(before)
        task = str(rng.randint(1, 5))
        run = subprocess.run([KPI, "--as-of", "2024-06-30", "done", f"p:{task}", "--by", "VP", "--note", "ghi thêm"],
                             cwd=top, capture_output=True, timeout=30)
        after = open(path, "rb").read()
        ok = False
        if run.returncode == 0:
            old, new = records_of(before.decode("utf-8", "replace")), records_of(after.decode("utf-8", "replace"))
            ok = new is not None and (old is None or new[: len(old)] == old) and len(new) == len(old or []) + 1 \
                and new[-1].get("task") == task and new[-1].get("note") == "ghi thêm"
            counts["appended" if ok else "broken"] += 1
        else:
            counts["refused" if after == before else "broken"] += 1
            if records_of(before.decode("utf-8", "replace")) is not None:
                counts["refused_valid"] += 1
                if len(samples) < 5:
                    samples.append((before, run.stderr.decode()))
        if (run.returncode == 0 and not ok) or (run.returncode != 0 and after != before):
            print(f"BROKEN: case {n}\n--- before\n{before!r}\n--- after\n{after!r}\n{run.stderr.decode()}", file=sys.stderr)
        shutil.rmtree(top)
finally:
    shutil.rmtree(work, ignore_errors=True)
print(f"{N} progress files: {counts['appended']} appended and verified, {counts['refused']} refused "
      f"and left byte for byte ({counts['refused_valid']} of them valid TOML), {counts['broken']} broken")
for before, why in samples:
    print(f"refused though valid TOML: {before!r}\n  {why.strip()}", file=sys.stderr)
sys.exit(1 if counts["broken"] else 0)
