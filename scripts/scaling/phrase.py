#!/usr/bin/env python3
"""phrase.py KIND N: print one long deadline phrase of N items (for `kpi schedule`).
KIND: dates  - "Ngày 1/1/1950, ngày 2/1/1950, ..." (N distinct dates)
      list   - "Trước 30/6 và 15/12 và ..." shared preposition, N items within a year
      words  - N filler words then a date: "Gửi gửi gửi ... trước ngày 20/6/2024"
      months - "Tháng 1 năm 1950, tháng 2 năm 1950, ..." N months
"""
import datetime as dt, sys
kind, n = sys.argv[1], int(sys.argv[2])
if kind == "dates":
    d0 = dt.date(1950, 1, 1)
    print(", ".join(f"ngày {(d0 + dt.timedelta(days=i)).day}/{(d0 + dt.timedelta(days=i)).month}/{(d0 + dt.timedelta(days=i)).year}" for i in range(n)))
elif kind == "list":
    print("Trước " + " và ".join(f"{i % 28 + 1}/{i // 28 % 12 + 1}" for i in range(n)))
elif kind == "words":
    print("gửi " * n + "trước ngày 20/6/2024")
elif kind == "months":
    print(", ".join(f"tháng {i % 12 + 1} năm {1950 + i // 12}" for i in range(n)))
