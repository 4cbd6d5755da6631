//! "Did you mean `X`?": the one way kpi suggests a known name for one it does not know.
//!
//! A unit, a field, a section, a task, a period or a plan typed wrong meets the same
//! rule (`text::closest`: compared without case, spaces and accents, and only when close
//! enough to be a typo) and the same words (`i18n::records::DID_YOU_MEAN`), so that what
//! kpi calls close, and how it says so, is decided here once.

use crate::i18n::{Lang, records::DID_YOU_MEAN};
use crate::tr;

/// A known name close to one that was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion<'a> {
    /// The known name, as the registry, plan or format spells it.
    pub it: &'a str,
}

impl<'a> Suggestion<'a> {
    /// The name of `known` closest to `written`, if one is close enough to be meant.
    pub fn closest(written: &str, known: impl IntoIterator<Item = &'a str>) -> Option<Self> {
        crate::text::closest(written, known).map(|it| Suggestion { it })
    }

    /// "did you mean `VP`?", "có phải ý bạn là `VP`?".
    pub fn say(&self, lang: Lang) -> String {
        tr!(lang, DID_YOU_MEAN, it = self.it)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(written: &str, known: &[&str], lang: Lang, expected: Option<&str>) {
        let got = Suggestion::closest(written, known.iter().copied()).map(|s| s.say(lang));
        assert_eq!(got.as_deref(), expected, "{written:?} among {known:?}");
    }

    #[test]
    fn suggests_the_closest_known_name() {
        let units = ["VP", "Văn phòng Sở", "Thanh tra Sở"];
        case(
            "Van phong So Y",
            &units,
            Lang::En,
            Some("did you mean `Văn phòng Sở`?"),
        );
        case(
            "Van phong So Y",
            &units,
            Lang::Vi,
            Some("có phải ý bạn là `Văn phòng Sở`?"),
        );
        case(
            "leed",
            &["lead", "support"],
            Lang::Vi,
            Some("có phải ý bạn là `lead`?"),
        );
        case(
            "Thanh tra",
            &units,
            Lang::En,
            Some("did you mean `Thanh tra Sở`?"),
        );
        case("Bệnh viện Đa khoa", &units, Lang::En, None);
        case("x", &[], Lang::Vi, None);
    }
}
