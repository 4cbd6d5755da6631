#!/usr/bin/env python3
"""Tết and Giỗ Tổ Hùng Vương for 1900-2100 in Vietnam (UTC+7), from PyEphem.

This is the independent reference that src/schedule/calendar/lunar.rs is tested against
(tests read tests/data/lunar-1900-2100.csv, which this script writes). It shares no code
with kpi: new moons and the Sun's apparent longitude come from PyEphem (libastro,
VSOP87 and ELP), and the rules of the calendar are written here from their statement:

- a month begins on the local (UTC+7) day of a new moon;
- the 11th month is the one that contains the December solstice;
- when 13 months lie between two 11th months, the first of them (after the first 11th
  month) that contains no major solar term (Sun's longitude a multiple of 30°) is a leap
  month and repeats the number of the month before it;
- Tết is the first day of month 1; Giỗ Tổ is the 10th day of (the non-leap) month 3.

Run:  pip install ephem && python3 scripts/lunar-reference.py > tests/data/lunar-1900-2100.csv
Columns: year, tet (ISO date), gio_to (ISO date), leap (the number of the leap month of
the lunar year that begins in that year, or 0).
"""

import datetime
import math

import ephem

TZ = 7 * ephem.hour


def local_day(t):
    """The UTC+7 calendar day of an ephem date."""
    return ephem.Date(t + TZ).datetime().date()


def day_start(d):
    """The ephem date of 00:00 UTC+7 on day d."""
    return ephem.Date(datetime.datetime(d.year, d.month, d.day)) - TZ


def sun_longitude(t):
    """Apparent geocentric ecliptic longitude of the Sun, degrees, equinox of date."""
    sun = ephem.Sun(ephem.Date(t))
    eq = ephem.Equatorial(sun.ra, sun.dec, epoch=ephem.Date(t))
    return math.degrees(ephem.Ecliptic(eq, epoch=ephem.Date(t)).lon) % 360.0


def month_starts(first, count):
    """`count` consecutive month starts (local days), the first being the month of `first`."""
    starts = [first]
    t = day_start(first)
    while len(starts) < count:
        t = ephem.next_new_moon(t + 1)
        starts.append(local_day(t))
    return starts


def eleventh_month(year):
    """First day of the month containing the December solstice of `year`."""
    sol = ephem.next_winter_solstice(ephem.Date(datetime.datetime(year, 6, 1)))
    sol_day = local_day(sol)
    # The last new moon whose local day is on or before the solstice's local day.
    nm = ephem.previous_new_moon(day_start(sol_day) + 1)
    return local_day(nm)


def has_major_term(start, end):
    """Whether the month [start, end) contains a major solar term (local days)."""
    a = sun_longitude(day_start(start))
    b = sun_longitude(day_start(end))
    return math.floor(a / 30.0) != math.floor(b / 30.0) if b >= a else True


def lunar_year(year):
    """(tet, gio_to, leap month number or 0) of the lunar year beginning in `year`."""
    m11 = eleventh_month(year - 1)
    next_m11 = eleventh_month(year)
    starts = month_starts(m11, 16)
    n = starts.index(next_m11)  # months from one 11th month to the next: 12 or 13
    leap_pos = 0  # position after m11 (1-based) of the leap month
    if n == 13:
        for k in range(1, 13):
            if not has_major_term(starts[k], starts[k + 1]):
                leap_pos = k
                break
    # Position k after m11 holds month number ((11 + k - 1) % 12) + 1 before the leap.
    def position(month):
        k = (month - 11) % 12  # month 12 -> 1, month 1 -> 2, month 3 -> 4
        return k + 1 if leap_pos and leap_pos <= k else k

    tet = starts[position(1)]
    gio_to = starts[position(3)] + datetime.timedelta(days=9)
    return tet, gio_to, leap_pos


def leap_number(leap_pos):
    """The number of the month a leap month at `leap_pos` (after an 11th month) repeats."""
    return (11 + leap_pos - 2) % 12 + 1


def main():
    print("year,tet,gio_to,leap")
    rows = {year: lunar_year(year) for year in range(1900, 2102)}
    for year in range(1900, 2101):
        tet, gio_to, pos = rows[year]
        # The leap month of this lunar year: one after month 1 found in this year's
        # span of months, or a leap 11 or 12 found at the start of the next one.
        leap = leap_number(pos) if pos >= 3 else 0
        next_pos = rows[year + 1][2]
        if next_pos in (1, 2):
            leap = leap_number(next_pos)
        print(f"{year},{tet.isoformat()},{gio_to.isoformat()},{leap}")


if __name__ == "__main__":
    main()
