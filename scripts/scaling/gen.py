#!/usr/bin/env python3
"""Input generators for kpi scaling tests.

usage: gen.py DIM N OUTDIR
Each writes OUTDIR/plans/... (OUTDIR is wiped first). The plan id is always "p" (for
dimensions with one plan) and the task used for `show` is printed on stdout as PLAN:TASK.
"""
import datetime as dt
import os
import shutil
import sys

UNITS = """[org]
id = "org"
name = "Sở Y tế tỉnh Demo"

[[unit]]
code = "VP"
name = "Văn phòng Sở"
aliases = ["Văn phòng Sở Y tế"]
email = ["vp@example.invalid"]

[[unit]]
code = "TCCB"
name = "Phòng Tổ chức cán bộ"

[[unit]]
code = "KHTC"
name = "Phòng Kế hoạch - Tài chính"

[[unit]]
code = "CDC"
name = "Trung tâm Kiểm soát bệnh tật"

[[group]]
code = "PHONG"
name = "Các phòng thuộc Sở"
members = ["TCCB", "KHTC"]
"""

PLAN_HEAD = """[plan]
id = "{id}"
number = "12/KH-SYT"
title = "Kế hoạch cải cách hành chính năm 2024"
issued = 2024-01-15
year = 2024
indices = ["PAR INDEX"]

[[section]]
id = "I"
title = "CÔNG TÁC CHỈ ĐẠO"
"""

DUES = ["Trước ngày 20/6/2024", "Hằng quý", "Trong tháng 5 năm 2024", "6 tháng, năm",
        "Khi có yêu cầu", "Thường xuyên", "trước ngày 20 tháng cuối quý", "Hằng tháng"]


def task(tid, due, lead='["VP"]', support='["PHONG"]', section="I", title=None, extra=""):
    title = title or f"Rà soát, đánh giá việc thực hiện nhiệm vụ số {tid}"
    return (f'\n[[task]]\nid = "{tid}"\nsection = "{section}"\ntitle = "{title}"\n'
            f'lead = {lead}\nsupport = {support}\noutput = "Báo cáo"\ndue = "{due}"\n{extra}')


def w(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


AS_OF = dt.date(2025, 1, 10)


def main():
    dim, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    shutil.rmtree(out, ignore_errors=True)
    d = os.path.join(out, "plans", "org")
    w(os.path.join(out, "kpi.toml"), "")
    units = UNITS
    show = "p:1"

    if dim in ("req1", "req1norec", "reqmany", "reqdup", "requnknown"):
        # req1: ONE on-request task with n requests (distinct dates going back from the
        #       as-of day), and n records closing them by period req-DATE.
        # req1norec: the same without records.
        # reqmany: n on-request tasks, one request + one record each.
        # reqdup: one task, n requests all on the same day (duplicates).
        # requnknown: one task, 10 requests, n records naming unknown req- periods.
        ntasks = n if dim == "reqmany" else 1
        plan = PLAN_HEAD.format(id="p")
        plan += "".join(task(str(i + 1), "Khi có yêu cầu") for i in range(ntasks))
        plan += "".join(task(f"x{i}", DUES[i % len(DUES)]) for i in range(20))
        prog = []
        nreq = n  # requnknown: n requests, and n records naming req- periods none of them has
        for i in range(nreq):
            t = str(i + 1) if dim == "reqmany" else "1"
            day = AS_OF - dt.timedelta(days=(20 if dim == "reqdup" else i + 20))
            due = day + dt.timedelta(days=10)
            prog.append(f'[[request]]\ntask = "{t}"\ndate = {day}\ndue = {due}\nref = "Công văn số {i}/UBND-KT"\n')
        if dim in ("req1", "reqmany"):
            for i in range(n):
                t = str(i + 1) if dim == "reqmany" else "1"
                day = AS_OF - dt.timedelta(days=i + 20)
                prog.append(f'[[record]]\ntask = "{t}"\nperiod = "req-{day}"\nstatus = "done"\n'
                            f'date = {day + dt.timedelta(days=5 if i % 2 else 15)}\nby = "VP"\n')
        if dim == "requnknown":
            for i in range(n):
                day = dt.date(1900, 1, 1) + dt.timedelta(days=i)
                prog.append(f'[[record]]\ntask = "1"\nperiod = "req-{day}"\nstatus = "done"\n'
                            f'date = 2024-05-05\n')
        w(os.path.join(d, "p.toml"), plan)
        w(os.path.join(d, "p.progress.toml"), "\n".join(prog))

    elif dim == "tasks":
        # n tasks in one plan, no records.
        plan = PLAN_HEAD.format(id="p")
        plan += "".join(task(str(i + 1), DUES[i % len(DUES)]) for i in range(n))
        w(os.path.join(d, "p.toml"), plan)

    elif dim in ("units", "unitslead"):
        # units: n units in units.toml, 20 tasks.
        # unitslead: n units, n tasks each naming 10 units in lead and 10 in support
        #            (by name, some by folded spelling), plus groups of 100 units.
        units = UNITS + "".join(
            f'\n[[unit]]\ncode = "U{i}"\nname = "Đơn vị số {i} thuộc Sở"\naliases = ["DV {i}"]\n'
            f'email = ["u{i}@example.invalid"]\n' for i in range(n))
        ngroups = n // 100
        units += "".join(
            f'\n[[group]]\ncode = "G{g}"\nname = "Nhóm {g}"\nmembers = ['
            + ", ".join(f'"U{g * 100 + j}"' for j in range(100)) + "]\n" for g in range(ngroups))
        # one big group containing all groups
        units += ('\n[[group]]\ncode = "ALL"\nname = "Toàn ngành"\nmembers = ['
                  + ", ".join(f'"G{g}"' for g in range(ngroups)) + "]\n")
        plan = PLAN_HEAD.format(id="p")
        ntasks = n if dim == "unitslead" else 20
        for i in range(ntasks):
            if dim == "unitslead":
                lead = "[" + ", ".join(f'"Đơn vị số {(i + j) % n} thuộc Sở"' for j in range(5)) \
                       + ", " + ", ".join(f'"don vi so {(i + j) % n} thuoc so"' for j in range(5, 10)) + "]"
                sup = "[" + ", ".join(f'"U{(i * 7 + j) % n}"' for j in range(9)) + f', "G{i % max(ngroups,1)}"]'
            else:
                lead, sup = '["VP"]', '["ALL"]'
            plan += task(str(i + 1), DUES[i % len(DUES)], lead=lead, support=sup)
        w(os.path.join(d, "p.toml"), plan)

    elif dim in ("groupchain", "groupwide"):
        # groupchain: n groups nested in a chain G0 ⊃ G1 ⊃ ... each with one unit.
        # groupwide: n groups, every group containing all previous groups (DAG).
        units = UNITS + "".join(f'\n[[unit]]\ncode = "U{i}"\nname = "Đơn vị {i}"\n' for i in range(n))
        for g in range(n):
            mem = [f'"U{g}"']
            if dim == "groupchain" and g + 1 < n:
                mem.append(f'"G{g + 1}"')
            if dim == "groupwide" and g > 0:
                mem += [f'"G{g - 1}"', f'"G{g // 2}"']
            units += f'\n[[group]]\ncode = "G{g}"\nname = "Nhóm {g}"\nmembers = [{", ".join(mem)}]\n'
        plan = PLAN_HEAD.format(id="p")
        top = "G0" if dim == "groupchain" else f"G{n - 1}"
        plan += "".join(task(str(i + 1), DUES[i % len(DUES)], support=f'["{top}"]') for i in range(20))
        w(os.path.join(d, "p.toml"), plan)

    elif dim in ("sections", "sectiondeep", "sectiondeeprev", "sectionchain", "sectioncycle"):
        # sections: n sections (flat), n tasks each in its own section.
        # sectiondeep: n sections each the parent of the next, n tasks in the deepest ones.
        plan = PLAN_HEAD.format(id="p")
        # sectiondeeprev: the same chain written deepest first (children before parents).
        order = range(n - 1, -1, -1) if dim == "sectiondeeprev" else range(n)
        for i in order:
            parent = f'parent = "S{i - 1}"\n' if dim != "sections" and i > 0 else ""
            if dim == "sectioncycle":  # one cycle through all n sections, no index
                parent = f'parent = "S{(i + 1) % n}"\n'

            # sectionchain: the forward chain with no index on any section.
            idx = 'index = "PCI"\n' if i == 0 and dim not in ("sectionchain", "sectioncycle") else ""
            plan += f'\n[[section]]\nid = "S{i}"\n{parent}title = "Mục {i}"\n{idx}'
        plan += "".join(task(str(i + 1), DUES[i % len(DUES)], section=f"S{i}") for i in range(n))
        w(os.path.join(d, "p.toml"), plan)

    elif dim in ("plans", "folders", "dupplans"):
        # plans: n plans of 3 tasks in one folder.
        # folders: n folders (each its own units.toml and one plan of 3 tasks).
        for p in range(n):
            pd = os.path.join(out, "plans", f"org{p}") if dim == "folders" else d
            # dupplans: every plan has the id "p0" (duplicate plan ids)
            plan = PLAN_HEAD.format(id="p0" if dim == "dupplans" else f"p{p}")
            plan += "".join(task(str(i + 1), DUES[(p + i) % len(DUES)]) for i in range(3))
            w(os.path.join(pd, f"p{p}.toml"), plan)
            if dim == "folders":
                w(os.path.join(pd, "units.toml"), UNITS.replace('id = "org"', f'id = "org{p}"'))
        show = "p0:1"
        if dim == "folders":
            w(os.path.join(out, "kpi.toml"), "")
            return print(show)

    elif dim in ("longtitle", "longline", "longnote", "longword"):
        # longtitle: 20 tasks, each title n KB of words.
        # longline: one task whose lead array has n*100 entries on one line.
        # longnote: 20 tasks, note of n KB with no spaces (a single word).
        plan = PLAN_HEAD.format(id="p")
        words = "cải cách hành chính nâng cao chỉ số hài lòng "
        for i in range(20):
            if dim == "longword":  # title: one word of n KB (no spaces), with diacritics
                plan += task(str(i + 1), DUES[i % len(DUES)], title="hànhchính" * (n * 1024 // 11))
            elif dim == "longtitle":
                t = (words * (n * 1024 // len(words) + 1))[: n * 1024]
                plan += task(str(i + 1), DUES[i % len(DUES)], title=t)
            elif dim == "longnote":
                plan += task(str(i + 1), DUES[i % len(DUES)], extra=f'note = "{"x" * (n * 1024)}"\n')
            else:
                lead = "[" + ", ".join(['"VP"', '"Văn phòng Sở"'] * (n * 50)) + "]"
                sup = "[" + ", ".join(['"TCCB"', '"Phòng Kế hoạch - Tài chính"'] * (n * 50)) + "]"
                plan += task(str(i + 1), DUES[i % len(DUES)], lead=lead if i == 0 else '["VP"]',
                             support=sup if i == 0 else '["PHONG"]')
        w(os.path.join(d, "p.toml"), plan)

    elif dim == "phrases":
        # n tasks, each with its own distinct deadline phrase.
        plan = PLAN_HEAD.format(id="p")
        forms = [
            lambda k: f"Trước ngày {k % 28 + 1}/{k // 28 % 12 + 1}/{2024}",
            lambda k: f"Gửi Sở Nội vụ trước ngày {k % 28 + 1}/{k // 28 % 12 + 1}/2024 (văn bản {k})",
        ]
        for i in range(n):
            # Distinct text for every task: the date plus a distinct number word in brackets.
            ph = f"Trước ngày {i % 28 + 1}/{i // 28 % 12 + 1}/2024 (lần {i})"
            plan += task(str(i + 1), ph)
        w(os.path.join(d, "p.toml"), plan)

    elif dim.startswith("longphrase-"):
        # longphrase-KIND: one task whose due is a phrase of n items (phrase.py KIND n),
        # in a plan of 1950-2100; 20 ordinary tasks beside it.
        import subprocess
        ph = subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "phrase.py"),
                             dim.split("-", 1)[1], str(n)], capture_output=True, text=True).stdout.strip()
        plan = PLAN_HEAD.format(id="p").replace("year = 2024", "period = { from = 1950-01-01, to = 2100-12-31 }")
        plan = plan.replace("issued = 2024-01-15", "issued = 1950-01-01")
        plan += task("1", ph) + "".join(task(f"x{i}", DUES[i % len(DUES)]) for i in range(20))
        w(os.path.join(d, "p.toml"), plan)

    elif dim == "dupids":
        # n tasks that all have the same id, and n records for that id.
        plan = PLAN_HEAD.format(id="p")
        plan += "".join(task("1", DUES[i % len(DUES)]) for i in range(n))
        w(os.path.join(d, "p.toml"), plan)

    elif dim == "warnings":
        # n tasks each with an unknown unit (error + suggestion) and no output (warning).
        plan = PLAN_HEAD.format(id="p")
        for i in range(n):
            plan += (f'\n[[task]]\nid = "{i + 1}"\nsection = "I"\ntitle = "Nhiệm vụ {i}"\n'
                     f'lead = ["Van phong So Y tee {i}"]\nsupport = ["VP"]\ndue = "Trước ngày 20/6/2024"\n')
        w(os.path.join(d, "p.toml"), plan)

    elif dim == "unknowntask":
        # n tasks; n records naming unknown tasks (each gets a "did you mean").
        plan = PLAN_HEAD.format(id="p")
        plan += "".join(task(f"T{i + 1}", DUES[i % len(DUES)]) for i in range(n))
        prog = "".join(f'\n[[record]]\ntask = "Z{i}"\nstatus = "done"\ndate = 2024-05-05\n' for i in range(n))
        w(os.path.join(d, "p.toml"), plan)
        w(os.path.join(d, "p.progress.toml"), prog)
        show = "p:T1"

    elif dim in ("unknownunit", "unknownunitsame"):
        # n units in the registry; n tasks each naming an unknown unit (did you mean).
        # unknownunitsame: the n tasks all name the same unknown spelling.
        units = UNITS + "".join(f'\n[[unit]]\ncode = "U{i}"\nname = "Đơn vị số {i} thuộc Sở"\n' for i in range(n))
        plan = PLAN_HEAD.format(id="p")
        plan += "".join(task(str(i + 1), DUES[i % len(DUES)], lead=f'["Don vi so {0 if dim == "unknownunitsame" else i} thuoc So Y te"]') for i in range(n))
        w(os.path.join(d, "p.toml"), plan)

    elif dim == "weekly":
        # 20 weekly tasks in a plan whose period is n years; records for each week.
        plan = PLAN_HEAD.format(id="p").replace("year = 2024", f"period = {{ from = {2025 - n}-01-01, to = 2024-12-31 }}")
        plan = plan.replace("issued = 2024-01-15", f"issued = {2025 - n}-01-01")
        plan += "".join(task(str(i + 1), "thứ Sáu hằng tuần") for i in range(20))
        w(os.path.join(d, "p.toml"), plan)
        prog = []
        for t in range(20):
            for y in range(2025 - n, 2025):
                for wk in range(1, 53):
                    prog.append(f'[[record]]\ntask = "{t + 1}"\nperiod = "{y}-W{wk:02d}"\nstatus = "done"\ndate = 2024-05-05\n')
        w(os.path.join(d, "p.progress.toml"), "\n".join(prog))

    elif dim == "badperiod":
        # one weekly task in a plan of n years (52n occurrences) and 52n records each
        # naming a period the task does not have (a typo: "2024-W1x").
        plan = PLAN_HEAD.format(id="p").replace("year = 2024", f"period = {{ from = {2025 - n}-01-01, to = 2024-12-31 }}")
        plan = plan.replace("issued = 2024-01-15", f"issued = {2025 - n}-01-01")
        plan += task("1", "thứ Sáu hằng tuần")
        w(os.path.join(d, "p.toml"), plan)
        prog = [f'[[record]]\ntask = "1"\nperiod = "{y}-W{wk:02d}x"\nstatus = "done"\ndate = 2024-05-05\n'
                for y in range(2025 - n, 2025) for wk in range(1, 53)]
        w(os.path.join(d, "p.progress.toml"), "\n".join(prog))

    elif dim == "unknownsection":
        # n sections; n tasks each naming a section that does not exist.
        plan = PLAN_HEAD.format(id="p")
        plan += "".join(f'\n[[section]]\nid = "S{i}"\ntitle = "Mục {i}"\n' for i in range(n))
        plan += "".join(task(str(i + 1), DUES[i % len(DUES)], section=f"Muc-khong-co-{i}") for i in range(n))
        w(os.path.join(d, "p.toml"), plan)

    elif dim == "records1":
        # one quarterly task with n records all for period 2024-Q1 (same occurrence).
        plan = PLAN_HEAD.format(id="p") + task("1", "Hằng quý")
        prog = "".join(f'\n[[record]]\ntask = "1"\nperiod = "2024-Q{i % 4 + 1}"\nstatus = "in-progress"\ndate = 2024-03-05\nby = "VP"\n' for i in range(n))
        w(os.path.join(d, "p.toml"), plan)
        w(os.path.join(d, "p.progress.toml"), prog)

    else:
        sys.exit(f"unknown dimension {dim}")

    w(os.path.join(d, "units.toml"), units)
    print(show)


if __name__ == "__main__":
    main()
