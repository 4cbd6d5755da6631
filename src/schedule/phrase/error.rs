//! Why a phrase could not be read: facts (what was expected, where), worded in one place
//! (`message`, `label`) in the user's language.
//!
//! The span is a byte range of the phrase as written, so that `kpi check` can put its
//! caret under the part that failed inside the TOML string, and `kpi schedule` under the
//! phrase it was given.

use crate::i18n::{self, Lang, Msg};
use crate::tr;

/// What the reader expected at the place it stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Expect {
    Quarter,
    Half,
    Month,
    Day,
    Year,
    /// A date, month, quarter or year after a marker ("trước", "đến", "trong").
    Point,
    /// The end of a window: "đến ngày 30/6".
    RangeEnd,
    /// The period a day belongs to: "hằng tháng", "tháng cuối quý", "tháng 6".
    PeriodOfDay,
    /// How often: 1, 2, 4 or 12 times a year.
    Times,
    /// What a duration counts from: "kể từ ngày kết thúc quý".
    DurationFrom,
    /// A holiday's name.
    Holiday,
    /// Which week of the month, after a weekday and "tuần": "tuần thứ 2", "tuần cuối".
    WeekOfMonth,
    /// Which day of a week of the month: "thứ Sáu tuần thứ 2".
    WeekdayOfWeek,
}

impl Expect {
    fn msg(self) -> Msg {
        use i18n::phrase as m;
        match self {
            Expect::Quarter => m::EXPECT_QUARTER,
            Expect::Half => m::EXPECT_HALF,
            Expect::Month => m::EXPECT_MONTH,
            Expect::Day => m::EXPECT_DAY,
            Expect::Year => m::EXPECT_YEAR,
            Expect::Point => m::EXPECT_POINT,
            Expect::RangeEnd => m::EXPECT_RANGE_END,
            Expect::PeriodOfDay => m::EXPECT_PERIOD_OF_DAY,
            Expect::Times => m::EXPECT_TIMES,
            Expect::DurationFrom => m::EXPECT_DURATION_FROM,
            Expect::Holiday => m::EXPECT_HOLIDAY,
            Expect::WeekOfMonth => m::EXPECT_WEEK_OF_MONTH,
            Expect::WeekdayOfWeek => m::EXPECT_WEEKDAY_OF_WEEK,
        }
    }

    pub fn text(self, lang: Lang) -> &'static str {
        self.msg().text(lang)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Nothing but spaces and punctuation.
    Empty,
    /// No date, period, recurrence or free-text kind anywhere.
    NoDeadline,
    /// After the words `after` (as written), `expected` was needed.
    Expected { after: String, expected: Expect },
    /// A date that does not exist (31/2/2023), as written.
    NoSuchDate(String),
    /// A date with its month in a monthly or weekly recurrence ("25/11 hằng tháng").
    DateInShortPeriod(String),
    /// "kỳ báo cáo" and no recurrence anywhere to say which period.
    NoReportingPeriod(String),
}

/// Why a phrase could not be read, and where (bytes of the phrase as written).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseError {
    pub kind: ErrorKind,
    pub span: (u32, u32),
}

impl PhraseError {
    pub fn new(kind: ErrorKind, span: (u32, u32)) -> PhraseError {
        PhraseError { kind, span }
    }

    /// A date that does not exist is the `invalid-date` check; the rest is
    /// `unreadable-deadline`.
    pub fn is_no_such_date(&self) -> bool {
        matches!(self.kind, ErrorKind::NoSuchDate(_))
    }

    /// The message for a phrase written as `phrase`.
    pub fn message(&self, lang: Lang, phrase: &str) -> String {
        use i18n::phrase as m;
        match &self.kind {
            ErrorKind::Empty => m::EMPTY.text(lang).to_string(),
            ErrorKind::NoSuchDate(part) => tr!(lang, m::NO_SUCH_DATE, phrase = phrase, part = part),
            _ => tr!(lang, m::UNREADABLE, phrase = phrase),
        }
    }

    /// What is wrong at the span, printed under the caret.
    pub fn label(&self, lang: Lang) -> String {
        use i18n::phrase as m;
        match &self.kind {
            ErrorKind::Empty => m::EMPTY.text(lang).to_string(),
            ErrorKind::NoDeadline => m::NO_DEADLINE.text(lang).to_string(),
            ErrorKind::Expected { after, expected } if after.is_empty() => {
                tr!(lang, m::EXPECTED_HERE, expected = expected.text(lang))
            }
            ErrorKind::Expected { after, expected } => {
                tr!(
                    lang,
                    m::EXPECTED_AFTER,
                    after = after,
                    expected = expected.text(lang)
                )
            }
            ErrorKind::NoSuchDate(_) => m::NOT_IN_CALENDAR.text(lang).to_string(),
            ErrorKind::DateInShortPeriod(part) => tr!(lang, m::DATE_IN_SHORT_PERIOD, part = part),
            ErrorKind::NoReportingPeriod(part) => tr!(lang, m::NO_REPORTING_PERIOD, part = part),
        }
    }

    /// The pointer to the list of forms, said once under an error.
    pub fn hint(lang: Lang) -> &'static str {
        i18n::phrase::FORMS_HINT.text(lang)
    }
}

impl std::fmt::Display for PhraseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.label(Lang::En))
    }
}

impl std::error::Error for PhraseError {}
