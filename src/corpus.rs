//! A deterministic generator of plan repositories, for benchmarks and load tests.
//!
//! Not used by the `kpi` binary. `cargo run --release --example gen_corpus -- national DIR`
//! writes the national corpus; `benches/kpi.rs` writes its own into a temporary folder.
//! The same size and seed always give the same bytes (a splitmix64 generator, no clock).
//!
//! Each organisation gets a registry with units and nested groups (and e-mail addresses),
//! plans of one year or several, tasks with titles composed from the wording of real
//! plans, the whole range of deadline phrases kpi reads, and progress files for a third of
//! its plans.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// How big a corpus to write.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub orgs: usize,
    pub plans_per_org: usize,
    pub tasks_per_plan: usize,
}

impl Size {
    /// One department: about 1,500 tasks.
    pub const DEPARTMENT: Size = Size {
        orgs: 1,
        plans_per_org: 10,
        tasks_per_plan: 150,
    };
    /// A whole country's bodies: 200,000 tasks in 6,000 files (500 registries, 4,000
    /// plans, 1,500 progress files).
    pub const NATIONAL: Size = Size {
        orgs: 500,
        plans_per_org: 8,
        tasks_per_plan: 50,
    };

    /// A region: about 20,000 tasks.
    pub const REGION: Size = Size {
        orgs: 50,
        plans_per_org: 8,
        tasks_per_plan: 50,
    };
    /// Five countries: 1,000,000 tasks in 30,000 files, to see how kpi grows.
    pub const MILLION: Size = Size {
        orgs: 2_500,
        plans_per_org: 8,
        tasks_per_plan: 50,
    };

    /// The size named on a command line.
    pub fn named(name: &str) -> Option<Size> {
        match name {
            "department" => Some(Size::DEPARTMENT),
            "region" => Some(Size::REGION),
            "national" => Some(Size::NATIONAL),
            "million" => Some(Size::MILLION),
            _ => None,
        }
    }

    pub fn tasks(&self) -> usize {
        self.orgs * self.plans_per_org * self.tasks_per_plan
    }
}

/// splitmix64: small, fast, and the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const VERBS: &[&str] = &[
    "Triển khai thực hiện",
    "Tổ chức tuyên truyền, phổ biến",
    "Rà soát, đánh giá",
    "Tham mưu ban hành",
    "Kiểm tra, đôn đốc việc thực hiện",
    "Nâng cao chất lượng",
    "Đẩy mạnh ứng dụng công nghệ thông tin trong",
    "Công khai, minh bạch",
    "Cải thiện điểm số",
    "Tổng hợp, báo cáo kết quả",
];

const OBJECTS: &[&str] = &[
    "thủ tục hành chính thuộc thẩm quyền giải quyết của đơn vị",
    "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    "Chỉ số hài lòng của người dân, tổ chức (SIPAS)",
    "Đề án vị trí việc làm công chức, viên chức",
    "dịch vụ công trực tuyến toàn trình",
    "công tác cải cách hành chính năm",
    "Quy chế dân chủ ở cơ sở",
    "kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức",
    "hệ thống văn phòng điện tử",
    "công tác thi đua, khen thưởng gắn với cải cách hành chính",
    "thanh toán trực tuyến và dịch vụ bưu chính công ích",
    "Chỉ số đánh giá năng lực cạnh tranh các sở, ban, ngành (DDCI)",
];

const TAILS: &[&str] = &[
    "",
    " theo quy định",
    " trên địa bàn tỉnh",
    " tại các đơn vị trực thuộc",
    " (trên cơ sở chức năng, nhiệm vụ được giao)",
    " đảm bảo đúng tiến độ",
];

const OUTPUTS: &[&str] = &[
    "Báo cáo kết quả thực hiện",
    "Kế hoạch được ban hành",
    "Văn bản chỉ đạo, hướng dẫn",
    "100% hồ sơ được giải quyết đúng hạn",
    "Tin, bài đăng trên Trang thông tin điện tử",
    "Quyết định phê duyệt",
];

/// The phrases a plan of `year` uses, as real plans write them.
fn phrases(year: i32) -> Vec<String> {
    vec![
        format!("Trước ngày 20/6/{year}"),
        format!("Trước ngày {}/{}/{year}", 1 + year % 27, 1 + year % 12),
        format!("Đến ngày 30/11/{year}"),
        "Trong quý I".into(),
        format!("Quý III năm {year}"),
        format!("Quý II/{year}"),
        format!("Trong tháng 5 năm {year}"),
        format!("Tháng 9/{year}"),
        "6 tháng đầu năm".into(),
        format!("Trong năm {year}"),
        "Hàng quý".into(),
        "Hằng tháng".into(),
        "Hàng quý, 6 tháng, năm".into(),
        "Hàng quý, 06 tháng, 9 tháng, cuối năm".into(),
        "Hằng năm".into(),
        "trước ngày 20 tháng cuối quý".into(),
        format!("01 lần/quý trong năm {year}"),
        "Thường xuyên".into(),
        format!("Thường xuyên trong năm {year}"),
        "Khi có yêu cầu".into(),
        "Theo Kế hoạch".into(),
        format!("Tháng 6 năm {year}, tháng 12 năm {year}, hoặc đột xuất"),
        format!("Từ tháng 3 đến tháng 6/{year}"),
        "cuối tháng 10".into(),
        format!("truoc ngay 15/{}/{year}", 1 + year % 12),
    ]
}

const UNIT_NAMES: &[(&str, &str)] = &[
    ("VP", "Văn phòng Sở"),
    ("TCCB", "Phòng Tổ chức cán bộ"),
    ("KHTC", "Phòng Kế hoạch - Tài chính"),
    ("NVY", "Phòng Nghiệp vụ Y"),
    ("NVD", "Phòng Nghiệp vụ Dược"),
    ("TTRA", "Thanh tra Sở"),
    ("CDC", "Trung tâm Kiểm soát bệnh tật"),
    ("GDYK", "Trung tâm Giám định y khoa"),
    ("ATVSTP", "Chi cục An toàn vệ sinh thực phẩm"),
    ("BVDK", "Bệnh viện Đa khoa tỉnh"),
    ("BVYHCT", "Bệnh viện Y học cổ truyền"),
    ("TTYT-A", "Trung tâm Y tế huyện A"),
    ("TTYT-B", "Trung tâm Y tế huyện B"),
    ("TTYT-C", "Trung tâm Y tế huyện C"),
    ("DN", "Các doanh nghiệp trên địa bàn tỉnh"),
];

const GROUPS: &[(&str, &str, &[&str])] = &[
    (
        "PHONG",
        "Các phòng thuộc Sở",
        &["TCCB", "KHTC", "NVY", "NVD"],
    ),
    (
        "TTYT",
        "Các Trung tâm Y tế huyện",
        &["TTYT-A", "TTYT-B", "TTYT-C"],
    ),
    (
        "DVTT",
        "Các đơn vị trực thuộc Sở",
        &["CDC", "GDYK", "ATVSTP", "BVDK", "BVYHCT", "TTYT"],
    ),
    ("NGANH", "Toàn ngành", &["VP", "PHONG", "TTRA", "DVTT"]),
];

fn registry(org: usize) -> String {
    let mut s = format!("[org]\nid = \"org-{org:04}\"\nname = \"Sở Y tế tỉnh số {org}\"\n");
    for (code, name) in UNIT_NAMES {
        let _ = write!(s, "\n[[unit]]\ncode = \"{code}\"\nname = \"{name}\"\n");
        if *code == "DN" {
            s.push_str("external = true\n");
        } else {
            let _ = writeln!(
                s,
                "email = [\"{}.{org}@example.invalid\"]",
                code.to_lowercase()
            );
        }
    }
    for (code, name, members) in GROUPS {
        let list = members
            .iter()
            .map(|m| format!("\"{m}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = write!(
            s,
            "\n[[group]]\ncode = \"{code}\"\nname = \"{name}\"\nmembers = [{list}]\n"
        );
    }
    s
}

fn plan(rng: &mut Rng, org: usize, p: usize, tasks: usize) -> (String, String, Option<String>) {
    let year = 2023 + (p % 3) as i32;
    let id = format!("org-{org:04}-{year}-{p:02}");
    let period = if p % 5 == 4 {
        format!(
            "period = {{ from = {year}-01-01, to = {}-12-31 }}",
            year + 2
        )
    } else {
        format!("year = {year}")
    };
    let mut s = format!(
        "[plan]\nid = \"{id}\"\nnumber = \"{}/KH-SYT\"\ntitle = \"Kế hoạch cải thiện các chỉ số cải cách hành chính năm {year}, số {p}\"\n\
place = \"Tỉnh số {org}\"\n{period}\nindices = [\"PCI\", \"PAPI\", \"SIPAS\", \"PAR INDEX\"]\nsigner = \"Nguyễn Văn {org}\"\nsigner_title = \"Giám đốc\"\n",
        100 + p
    );
    let sections = [
        ("I", "NHIỆM VỤ CHUNG", ""),
        ("II", "CHỈ SỐ PCI", "PCI"),
        ("III", "CHỈ SỐ PAPI", "PAPI"),
        ("IV", "CHỈ SỐ PAR INDEX VÀ SIPAS", "PAR INDEX"),
    ];
    for (sid, title, index) in sections {
        let _ = write!(s, "\n[[section]]\nid = \"{sid}\"\ntitle = \"{title}\"\n");
        if !index.is_empty() {
            let _ = writeln!(s, "index = \"{index}\"");
        }
    }
    let names: Vec<&str> = UNIT_NAMES
        .iter()
        .map(|(_, n)| *n)
        .chain(GROUPS.iter().map(|(_, n, _)| *n))
        .chain(UNIT_NAMES.iter().map(|(c, _)| *c))
        .collect();
    let phrases = phrases(year);
    let mut progress = String::new();
    for t in 0..tasks {
        let (sid, _, _) = sections[t % sections.len()];
        let tid = format!("{sid}.{}", t + 1);
        let title = format!(
            "{} {}{}",
            rng.pick(VERBS),
            rng.pick(OBJECTS),
            rng.pick(TAILS)
        );
        let lead = rng.pick(&names[..names.len() - 1]);
        let support: Vec<String> = (0..rng.below(3))
            .map(|_| format!("\"{}\"", rng.pick(&names)))
            .filter(|n| n != &format!("\"{lead}\""))
            .collect();
        let due = rng.pick(&phrases);
        let _ = write!(
            s,
            "\n[[task]]\nid = \"{tid}\"\nsection = \"{sid}\"\ntitle = \"{title}\"\nlead = [\"{lead}\"]\nsupport = [{}]\noutput = \"{}\"\ndue = \"{due}\"\n",
            support.join(", "),
            rng.pick(OUTPUTS)
        );
        if t % 10 == 0 {
            s.push_str("kind = \"report\"\n");
        }
        // Records for some of the one-off tasks, in a third of the plans.
        if p.is_multiple_of(3)
            && t % 4 == 0
            && (due.starts_with("Trước ngày") || due.starts_with("Đến ngày"))
        {
            let _ = write!(
                progress,
                "[[record]]\ntask = \"{tid}\"\nstatus = \"done\"\ndate = {year}-0{}-1{}\nby = \"VP\"\nevidence = \"Công văn số {t}/SYT-VP\"\n\n",
                1 + rng.below(9),
                rng.below(9)
            );
        }
    }
    let progress = p
        .is_multiple_of(3)
        .then(|| format!("# Tiến độ thực hiện\n\n{progress}"));
    (id, s, progress)
}

/// Write a corpus of `size` under `dir` (which must exist); returns the number of files.
pub fn write(dir: &Path, size: Size, seed: u64) -> io::Result<usize> {
    let mut rng = Rng::new(seed);
    let mut files = 0;
    for org in 0..size.orgs {
        let org_dir = dir
            .join(format!("tinh-{:03}", org / 10))
            .join(format!("org-{org:04}"));
        std::fs::create_dir_all(&org_dir)?;
        std::fs::write(org_dir.join("units.toml"), registry(org))?;
        files += 1;
        for p in 0..size.plans_per_org {
            let (id, text, progress) = plan(&mut rng, org, p, size.tasks_per_plan);
            std::fs::write(org_dir.join(format!("{id}.toml")), text)?;
            files += 1;
            if let Some(pr) = progress {
                std::fs::write(org_dir.join(format!("{id}.progress.toml")), pr)?;
                files += 1;
            }
        }
    }
    Ok(files)
}
