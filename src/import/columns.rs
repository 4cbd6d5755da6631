//! Which column of the appendix holds what, found by the headings' words, in any order
//! and wording, with or without accents: "TT" / "STT", "Nội dung" / "Nhiệm vụ", "Đơn vị
//! chủ trì" / "Cơ quan chủ trì", "Phối hợp", "Sản phẩm" / "Kết quả", "Thời gian" /
//! "Thời hạn" / "Tiến độ", "Ghi chú". Headings on two rows ("PHÂN CÔNG THỰC HIỆN" over
//! "CHỦ TRÌ" / "PHỐI HỢP") are read together, the lower row deciding.

use crate::text::fold;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Number,
    Title,
    Lead,
    Support,
    Output,
    Due,
    Note,
}

/// The words that name each role, folded, tried in this order: the more specific first
/// ("kết quả" before "nội dung", so that "Nội dung kết quả" is a result; "phối hợp"
/// before "chủ trì" for "Đơn vị chủ trì, phối hợp" is not a case: see `classify`).
const WORDS: &[(Role, &[&str])] = &[
    (Role::Note, &["ghi chu"]),
    (Role::Support, &["phoi hop"]),
    (
        Role::Lead,
        &[
            "chu tri",
            "don vi thuc hien",
            "co quan thuc hien",
            "don vi thuc hien",
            "trach nhiem thuc hien",
            "don vi dau moi",
            "co quan dau moi",
            "nguoi thuc hien",
        ],
    ),
    (
        Role::Due,
        &[
            "thoi gian",
            "thoi han",
            "tien do",
            "han hoan thanh",
            "moc thoi gian",
            "thoi diem",
        ],
    ),
    (
        Role::Output,
        &["san pham", "ket qua", "yeu cau dat", "chi tieu", "dau ra"],
    ),
    (
        Role::Title,
        &[
            "noi dung",
            "nhiem vu",
            "cong viec",
            "giai phap",
            "hoat dong",
            "ten nhiem vu",
        ],
    ),
];

/// The role a heading names, if any.
pub fn classify(heading: &str) -> Option<Role> {
    let f = fold(heading);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    if matches!(
        f,
        "tt" | "stt" | "so tt" | "so thu tu" | "thu tu" | "t t" | "s tt" | "no" | "#"
    ) {
        return Some(Role::Number);
    }
    // "Đơn vị chủ trì, phối hợp" in one column: the lead column (each cell then names
    // the roles itself).
    if contains_words(f, "chu tri") && contains_words(f, "phoi hop") {
        return Some(Role::Lead);
    }
    WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| contains_words(f, w)))
        .map(|(role, _)| *role)
}

/// `needle` in `hay` as whole words.
pub fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The columns of a table, from its heading row and, when there is one, the row under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    pub roles: Vec<Option<Role>>,
    /// How many rows the headings take (1 or 2).
    pub rows: usize,
}

impl Columns {
    pub fn of(&self, role: Role) -> Option<usize> {
        self.roles.iter().position(|r| *r == Some(role))
    }

    /// Read the headings of a table from `first` and the row after it (`second`), if that
    /// row is a second heading row. `None` when the row is not the heading of a task
    /// table: it needs a title column and at least one of lead, support, due, output.
    pub fn read(first: &[String], second: Option<&[String]>) -> Option<Columns> {
        let top: Vec<Option<Role>> = first.iter().map(|h| classify(h)).collect();
        // The first heading row names something itself (an empty row above the
        // headings is not their first row).
        if top.iter().all(Option::is_none) {
            return None;
        }
        let mut roles = top.clone();
        let mut rows = 1;
        if let Some(second) = second {
            let lower: Vec<Option<Role>> = second.iter().map(|h| classify(h)).collect();
            // A second heading row names roles and nothing else: no cell of it holds
            // words that are not headings (a data row has a title, units, a date).
            let headings_only = second
                .iter()
                .zip(&lower)
                .all(|(text, role)| text.trim().is_empty() || role.is_some());
            if headings_only && lower.iter().any(Option::is_some) {
                rows = 2;
                for (r, l) in roles.iter_mut().zip(lower) {
                    if l.is_some() {
                        *r = l;
                    }
                }
            }
        }
        // A role named twice: the first column keeps it ("Nội dung" then "Nội dung chi
        // tiết"), except a lead named over two columns by a group heading.
        let mut seen = Vec::new();
        for r in roles.iter_mut() {
            if let Some(role) = *r {
                if seen.contains(&role) {
                    *r = None;
                } else {
                    seen.push(role);
                }
            }
        }
        let cols = Columns { roles, rows };
        let useful = [Role::Lead, Role::Support, Role::Due, Role::Output]
            .iter()
            .filter(|r| cols.of(**r).is_some())
            .count();
        (cols.of(Role::Title).is_some() && useful >= 1).then_some(cols)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(heading: &str, want: Option<Role>) {
        assert_eq!(classify(heading), want, "{heading:?}");
    }

    #[test]
    fn headings_name_roles_in_any_wording() {
        use Role::*;
        case("TT", Some(Number));
        case("STT", Some(Number));
        case("Số TT", Some(Number));
        case("Số thứ tự", Some(Number));
        case("NHIỆM VỤ THỰC HIỆN", Some(Title));
        case("Nội dung", Some(Title));
        case("Nội dung công việc", Some(Title));
        case("noi dung cong viec", Some(Title));
        case("Nhiệm vụ, giải pháp", Some(Title));
        case("CHỦ TRÌ", Some(Lead));
        case("Đơn vị chủ trì", Some(Lead));
        case("Cơ quan chủ trì", Some(Lead));
        case("co quan chu tri", Some(Lead));
        case("Đơn vị thực hiện", Some(Lead));
        case("Đơn vị chủ trì, phối hợp", Some(Lead));
        case("PHỐI HỢP", Some(Support));
        case("Cơ quan phối hợp", Some(Support));
        case("Đơn vị phối hợp", Some(Support));
        case("SẢN PHẨM", Some(Output));
        case("Kết quả", Some(Output));
        case("KẾT QUẢ ĐẠT ĐƯỢC", Some(Output));
        case("Sản phẩm đầu ra", Some(Output));
        case("Thời gian", Some(Due));
        case("THỜI GIAN HOÀN THÀNH", Some(Due));
        case("Thời hạn hoàn thành", Some(Due));
        case("Tiến độ", Some(Due));
        case("thoi gian thuc hien", Some(Due));
        case("GHI CHÚ", Some(Note));
        case("PHÂN CÔNG THỰC HIỆN", None);
        case("", None);
        case("Kinh phí", None);
        case("Văn phòng Sở", None);
        case("1.3", None);
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn two_heading_rows_are_read_together() {
        use Role::*;
        let first = row(&[
            "TT",
            "NHIỆM VỤ THỰC HIỆN",
            "PHÂN CÔNG THỰC HIỆN",
            "PHÂN CÔNG THỰC HIỆN",
            "KẾT QUẢ ĐẠT ĐƯỢC",
            "THỜI GIAN HOÀN THÀNH",
        ]);
        let second = row(&["", "", "CHỦ TRÌ", "PHỐI HỢP", "", ""]);
        let c = Columns::read(&first, Some(&second)).unwrap();
        assert_eq!(c.rows, 2);
        assert_eq!(
            c.roles,
            [
                Some(Number),
                Some(Title),
                Some(Lead),
                Some(Support),
                Some(Output),
                Some(Due)
            ]
        );
        // A data row under the headings is not a second heading row.
        let data = row(&[
            "1",
            "Ban hành kế hoạch",
            "Văn phòng Sở",
            "",
            "Kế hoạch",
            "Quý I",
        ]);
        let c = Columns::read(&first, Some(&data)).unwrap();
        assert_eq!(c.rows, 1);
        assert_eq!(c.of(Lead), None);
        assert_eq!(c.of(Due), Some(5));
    }

    #[test]
    fn columns_in_another_order() {
        use Role::*;
        let first = row(&[
            "STT",
            "Nội dung công việc",
            "Thời gian hoàn thành",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Sản phẩm",
            "Ghi chú",
        ]);
        let c = Columns::read(&first, None).unwrap();
        assert_eq!(
            c.roles,
            [
                Some(Number),
                Some(Title),
                Some(Due),
                Some(Lead),
                Some(Support),
                Some(Output),
                Some(Note)
            ]
        );
    }

    #[test]
    fn a_row_that_is_no_heading_is_refused() {
        assert_eq!(
            Columns::read(&row(&["Số: 12/KH-SYT", "CỘNG HÒA"]), None),
            None
        );
        assert_eq!(Columns::read(&row(&["TT", "Nội dung"]), None), None);
        assert_eq!(Columns::read(&row(&["Nơi nhận:", "GIÁM ĐỐC"]), None), None);
        // An empty row above the headings is not a first heading row.
        let headings = row(&["TT", "Nội dung", "Chủ trì", "Thời gian"]);
        assert_eq!(
            Columns::read(&row(&["", "", "", ""]), Some(&headings)),
            None
        );
    }
}
