//! What a year's days off are made of: each day off and each make-up working day, with
//! the holiday it belongs to, why it is off (the law, a day in lieu, a swap) and the
//! document that says so. `decisions.rs` and `provisional.rs` build these; `Calendar`
//! answers from them.

use chrono::NaiveDate;

use crate::cli::Lang;

/// A public holiday of the Labour Code (2019, art. 112), as phrases name it ("trước Tết
/// Nguyên đán", "dịp 30/4").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NamedHoliday {
    /// Tết Dương lịch, 1/1.
    NewYear,
    /// Tết Nguyên đán: the lunar new year.
    Tet,
    /// Giỗ Tổ Hùng Vương, 10/3 of the lunar calendar.
    HungKings,
    /// Ngày Chiến thắng, 30/4.
    Reunification,
    /// Quốc tế Lao động, 1/5.
    Labour,
    /// Quốc khánh, 2/9 and one day next to it.
    National,
}

impl NamedHoliday {
    pub fn name(self, lang: Lang) -> &'static str {
        use NamedHoliday::*;
        match (self, lang) {
            (NewYear, Lang::Vi) => "Tết Dương lịch",
            (NewYear, Lang::En) => "New Year's Day",
            (Tet, Lang::Vi) => "Tết Nguyên đán",
            (Tet, Lang::En) => "Lunar New Year (Tết)",
            (HungKings, Lang::Vi) => "Giỗ Tổ Hùng Vương",
            (HungKings, Lang::En) => "Hùng Kings' Commemoration Day",
            (Reunification, Lang::Vi) => "Ngày Chiến thắng",
            (Reunification, Lang::En) => "Reunification Day",
            (Labour, Lang::Vi) => "Ngày Quốc tế Lao động",
            (Labour, Lang::En) => "International Labour Day",
            (National, Lang::Vi) => "Quốc khánh",
            (National, Lang::En) => "National Day",
        }
    }

    /// The stable name machines read (csv, json, ics).
    pub fn id(self) -> &'static str {
        use NamedHoliday::*;
        match self {
            NewYear => "new-year",
            Tet => "tet",
            HungKings => "hung-kings",
            Reunification => "reunification",
            Labour => "labour",
            National => "national",
        }
    }
}

/// Why a day is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of the eleven days of art. 112, on the day the decision (or the rule) puts it.
    Statutory,
    /// A day in lieu of a holiday that fell on a weekend (art. 111(3)).
    InLieu,
    /// A working day swapped for a make-up Saturday, to join a holiday to a weekend.
    Swapped,
    /// A day off that kpi.toml adds.
    Local,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Statutory => "holiday",
            Kind::InLieu => "in-lieu",
            Kind::Swapped => "swapped",
            Kind::Local => "local",
        }
    }
}

/// A document that fixed a year's days off: the Government Office's letter conveying the
/// Prime Minister's decision, or the ministry's notice that announced it.
#[derive(Debug, PartialEq, Eq)]
pub struct Doc {
    /// As printed: "12729/VPCP-KGVX", "9441/TB-BNV".
    pub number: &'static str,
    /// Its date: (year, month, day).
    pub issued: (i32, u32, u32),
    /// Where a person can read it (or a report of it).
    pub url: &'static str,
}

impl Doc {
    pub fn issued(&self) -> NaiveDate {
        let (y, m, d) = self.issued;
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// "12729/VPCP-KGVX (25/12/2025)".
    pub fn cite(&self) -> String {
        format!(
            "{} ({})",
            self.number,
            crate::i18n::date(Lang::Vi, self.issued())
        )
    }
}

/// Where a day comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A decision of the year (see `decisions.rs`).
    Decision(&'static Doc),
    /// The Labour Code itself: a fixed day (art. 112) or a day in lieu (art. 111(3)),
    /// in a year whose decisions did not need to name it.
    LabourCode,
    /// Computed by kpi for a year without a decision (see `provisional.rs`).
    Provisional,
    /// kpi.toml.
    Local,
}

impl Source {
    /// The source as a person reads it.
    pub fn text(self, lang: Lang) -> String {
        match (self, lang) {
            (Source::Decision(doc), _) => doc.cite(),
            (Source::LabourCode, Lang::Vi) => "Bộ luật Lao động 2019".into(),
            (Source::LabourCode, Lang::En) => "Labour Code 2019".into(),
            (Source::Provisional, Lang::Vi) => "tạm tính".into(),
            (Source::Provisional, Lang::En) => "provisional".into(),
            (Source::Local, _) => "kpi.toml".into(),
        }
    }
}

/// A day off other than a weekend day (weekend days of a holiday are listed too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayOff {
    pub date: NaiveDate,
    /// None for a day kpi.toml adds.
    pub holiday: Option<NamedHoliday>,
    pub kind: Kind,
    pub source: Source,
    /// For a swapped day: the Saturday worked instead.
    pub worked: Option<NaiveDate>,
    /// A name given in kpi.toml.
    pub name: Option<String>,
}

/// A Saturday or Sunday that is a working day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MakeUp {
    pub date: NaiveDate,
    /// The holiday whose swap it pays for.
    pub holiday: Option<NamedHoliday>,
    /// The working day taken off instead.
    pub swapped: Option<NaiveDate>,
    pub source: Source,
    pub name: Option<String>,
}

/// Whether a year's days off were decided or computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Official,
    Provisional,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Official => "official",
            Status::Provisional => "provisional",
        }
    }
}

/// One year's days off and make-up days, sorted by date.
#[derive(Clone, Debug)]
pub struct Year {
    pub year: i32,
    pub status: Status,
    /// The decisions of the year (none for a provisional year).
    pub documents: Vec<&'static Doc>,
    pub days: Vec<DayOff>,
    pub workdays: Vec<MakeUp>,
}

impl Year {
    pub fn day(&self, d: NaiveDate) -> Option<&DayOff> {
        self.days
            .binary_search_by_key(&d, |x| x.date)
            .ok()
            .map(|i| &self.days[i])
    }

    pub fn workday(&self, d: NaiveDate) -> Option<&MakeUp> {
        self.workdays.iter().find(|w| w.date == d)
    }

    /// Sort by date and keep one entry a day (the first: a statutory day before a day in
    /// lieu that would fall on it).
    pub(super) fn tidy(mut self) -> Year {
        self.days.sort_by_key(|d| d.date);
        self.days.dedup_by_key(|d| d.date);
        self.workdays.sort_by_key(|d| d.date);
        self
    }
}
