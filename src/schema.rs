//! The JSON Schemas (draft-07) of kpi's four files, for editors: Taplo and VS Code's
//! "Even Better TOML" complete and check fields as a person types (`kpi schema plan`).
//!
//! The loader does not read through these types: it walks each file by hand with a list
//! of known keys per table (`plan::raw::KNOWN_KEYS`, `settings::KNOWN_KEYS`), so that it
//! reports every problem with its span. These types say the same thing for editors, with
//! a description of each field in Vietnamese and English and the values kpi knows; a test
//! below fails when the two disagree on a single key, either way.
//!
//! The schemas are inlined (no `$ref`): Taplo shows a field's own description on hover
//! and completes inside `anyOf`, but drops a field's description beside a `$ref`. Tables
//! that repeat (`[[task]]`) are arrays only, although kpi also reads a lone `[task]`:
//! with "a table or an array" Taplo's message for a misspelled key named the whole array
//! instead of the key.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

/// The four files kpi reads, as `kpi schema FILE` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileSchema {
    Plan,
    Units,
    Progress,
    Settings,
}

impl FileSchema {
    pub const ALL: [FileSchema; 4] = [
        FileSchema::Plan,
        FileSchema::Units,
        FileSchema::Progress,
        FileSchema::Settings,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FileSchema::Plan => "plan",
            FileSchema::Units => "units",
            FileSchema::Progress => "progress",
            FileSchema::Settings => "settings",
        }
    }

    /// The name `kpi init` gives the schema's file in a repository.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// The schema as a JSON value.
    pub fn schema(self) -> serde_json::Value {
        let mut settings = SchemaSettings::draft07();
        settings.inline_subschemas = true;
        let generator = settings.into_generator();
        let schema = match self {
            FileSchema::Plan => generator.into_root_schema_for::<PlanFile>(),
            FileSchema::Units => generator.into_root_schema_for::<UnitsFile>(),
            FileSchema::Progress => generator.into_root_schema_for::<ProgressFile>(),
            FileSchema::Settings => generator.into_root_schema_for::<SettingsFile>(),
        };
        let mut value = schema.to_value();
        drop_null(&mut value);
        value
    }

    /// The schema as pretty JSON text, ending with a newline.
    pub fn text(self) -> String {
        let mut s = serde_json::to_string_pretty(&self.schema()).expect("a schema is JSON");
        s.push('\n');
        s
    }
}

/// TOML has no null: an optional field is one left out. schemars writes `Option<T>` as
/// "T or null"; this takes the null away, and lifts the one branch left into its field
/// (whose own description wins), so that editors see a plain `"type": "string"`.
fn drop_null(v: &mut serde_json::Value) {
    use serde_json::Value;
    let Value::Object(map) = v else {
        if let Value::Array(items) = v {
            items.iter_mut().for_each(drop_null);
        }
        return;
    };
    if let Some(Value::Array(types)) = map.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            map.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(values)) = map.get_mut("enum") {
        values.retain(|v| !v.is_null());
    }
    if let Some(Value::Array(branches)) = map.get_mut("anyOf") {
        branches.retain(|b| b.get("type").is_none_or(|t| t != "null"));
        if branches.len() == 1 {
            let Value::Object(only) = branches.remove(0) else {
                unreachable!("a schema branch is an object")
            };
            map.remove("anyOf");
            for (k, val) in only {
                map.entry(k).or_insert(val);
            }
        }
    }
    map.values_mut().for_each(drop_null);
}

/// A TOML date (`2025-06-30`, no quotes): editors see it as text in ISO form.
struct Date;

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "format": "date" })
    }
}

/// A key the loader knows only to refuse it (`password` in `[mail]`): never valid.
struct Refused;

impl JsonSchema for Refused {
    fn schema_name() -> Cow<'static, str> {
        "Refused".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "not": {}, "x-taplo": { "hidden": true } })
    }
}

// One value or an array of them: `lead = "VP"` and `lead = ["VP"]` both work.
#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

// An index (chỉ số) that kpi knows; `--index` selects by these.
#[derive(JsonSchema)]
#[allow(dead_code, clippy::upper_case_acronyms)]
enum KnownIndex {
    PCI,
    PAPI,
    SIPAS,
    #[schemars(rename = "PAR INDEX")]
    ParIndex,
    DDCI,
}

// An index: one kpi knows (completed by editors), or another name (kpi check accepts it).
#[derive(JsonSchema)]
#[schemars(untagged)]
#[allow(dead_code)]
enum Index {
    Known(KnownIndex),
    Other(String),
}

// ---------------------------------------------------------------- units.toml

/// Danh mục đơn vị của một tổ chức (units.toml).
///
/// The unit registry of one organisation (units.toml).
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct UnitsFile {
    /// Tổ chức: mã (duy nhất trong kho) và tên.
    ///
    /// The organisation: its id (unique in the repository) and name.
    org: Org,
    /// Các đơn vị: phòng, đơn vị trực thuộc, cơ quan bên ngoài được kế hoạch nêu tên.
    ///
    /// The units: departments, subordinate units, outside bodies the plans name.
    unit: Option<Vec<Unit>>,
    /// Các nhóm đơn vị ("Các đơn vị trực thuộc Sở"): giao cho nhóm là giao cho mọi thành viên.
    ///
    /// Groups of units ("Các đơn vị trực thuộc Sở"): a task given to a group is given to each member.
    group: Option<Vec<Group>>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Org {
    /// Mã tổ chức, duy nhất trong kho, dùng với `--org` (ví dụ "bd-syt").
    ///
    /// The organisation's id, unique in the repository, what `--org` names (e.g. "bd-syt").
    id: String,
    /// Tên đầy đủ: "Sở Y tế tỉnh Bình Định".
    ///
    /// Its full name: "Sở Y tế tỉnh Bình Định".
    name: Option<String>,
    /// Ghi chú. / A note.
    note: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Unit {
    /// Mã đơn vị, duy nhất trong tổ chức; `--unit VP` gọi theo mã này.
    ///
    /// The unit's code, unique in the organisation; what `--unit VP` names.
    code: String,
    /// Tên đầy đủ: "Văn phòng Sở" (mặc định: mã).
    ///
    /// Its full name: "Văn phòng Sở" (default: the code).
    name: Option<String>,
    /// Các cách viết khác mà kế hoạch dùng ("Văn phòng Sở Y tế").
    ///
    /// Other spellings the plans use ("Văn phòng Sở Y tế").
    aliases: Option<OneOrMany<String>>,
    /// Địa chỉ thư nhận bản tổng hợp của `kpi notify`.
    ///
    /// Where `kpi notify` sends this unit's digest.
    email: Option<OneOrMany<String>>,
    /// true: được kế hoạch nêu tên nhưng không thuộc tổ chức (doanh nghiệp, sở khác).
    ///
    /// true: named in plans but not part of the organisation (businesses, other departments).
    external: Option<bool>,
    /// Ghi chú. / A note.
    note: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Group {
    /// Mã nhóm, duy nhất trong tổ chức (ví dụ "DVTT").
    ///
    /// The group's code, unique in the organisation (e.g. "DVTT").
    code: String,
    /// Tên nhóm như kế hoạch viết: "Các đơn vị trực thuộc Sở".
    ///
    /// The group's name as plans write it: "Các đơn vị trực thuộc Sở".
    name: Option<String>,
    /// Các cách viết khác của tên nhóm.
    ///
    /// Other spellings of the group's name.
    aliases: Option<OneOrMany<String>>,
    /// Thành viên: mã, tên hoặc tên khác của đơn vị hay nhóm khác (không được vòng lặp).
    ///
    /// Members: codes, names or aliases of units or other groups (no cycles).
    members: Option<OneOrMany<String>>,
    /// Ghi chú. / A note.
    note: Option<String>,
}

// ---------------------------------------------------------------- a plan file

/// Một kế hoạch và phụ lục nhiệm vụ của nó.
///
/// A plan with its appendix of tasks.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct PlanFile {
    /// Phần đầu kế hoạch: số, tiêu đề, năm hoặc giai đoạn, căn cứ, người ký.
    ///
    /// The plan's header: number, title, year or period, basis, signer.
    plan: Header,
    /// Chỉ tiêu cụ thể của kế hoạch.
    ///
    /// The plan's measurable targets ("chỉ tiêu").
    target: Option<Vec<Target>>,
    /// Các mục của phụ lục: I, II, II.2 ...
    ///
    /// The appendix's headings: I, II, II.2 ...
    section: Option<Vec<Section>>,
    /// Các nhiệm vụ: ai chủ trì, ai phối hợp, sản phẩm gì, hạn khi nào.
    ///
    /// The tasks: who leads, who supports, what result, by when.
    task: Option<Vec<Task>>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{ "required": ["year"] }, { "required": ["period"] }]))]
#[allow(dead_code)]
struct Header {
    /// Mã kế hoạch, duy nhất trong kho, không có dấu cách hay `:`; dùng trong `kpi done KẾ_HOẠCH:NHIỆM_VỤ`.
    ///
    /// The plan's id, unique in the repository, without spaces or `:`; used in `kpi done PLAN:TASK`.
    #[schemars(regex(pattern = r"^[^\s:]+$"))]
    id: String,
    /// Dòng "Số:" như in trên văn bản ("125/KH-SYT"; để trống số cũng được).
    ///
    /// The "Số:" line as printed ("125/KH-SYT"; a blank number is fine).
    number: Option<String>,
    /// Tiêu đề kế hoạch.
    ///
    /// The plan's title.
    title: String,
    /// Địa danh ban hành ("Bình Định").
    ///
    /// Where it was issued ("Bình Định").
    place: Option<String>,
    /// Ngày ban hành (2025-03-15), nếu văn bản ghi.
    ///
    /// The day of issue (2025-03-15), when the document gives it.
    issued: Option<Date>,
    /// Năm kế hoạch; hoặc ghi `period` cho kế hoạch nhiều năm.
    ///
    /// The plan's year; or write `period` for a plan over several years.
    #[schemars(range(min = 1900, max = 2200))]
    year: Option<i64>,
    /// Giai đoạn: period = { from = 2023-01-01, to = 2030-10-31 }.
    ///
    /// The period: period = { from = 2023-01-01, to = 2030-10-31 }.
    period: Option<Period>,
    /// Các chỉ số: PCI, PAPI, SIPAS, PAR INDEX, DDCI.
    ///
    /// The indices: PCI, PAPI, SIPAS, PAR INDEX, DDCI.
    indices: Option<OneOrMany<Index>>,
    /// Căn cứ ban hành (các văn bản).
    ///
    /// The documents the plan is based on.
    basis: Option<OneOrMany<String>>,
    /// Người ký. / Who signed it.
    signer: Option<String>,
    /// Chức vụ người ký ("Giám đốc").
    ///
    /// The signer's title ("Giám đốc").
    signer_title: Option<String>,
    /// Ghi chú. / A note.
    note: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Period {
    /// Ngày đầu giai đoạn. / The first day.
    from: Date,
    /// Ngày cuối giai đoạn. / The last day.
    to: Date,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Target {
    /// Mã chỉ tiêu ("CT1"). / The target's id ("CT1").
    id: String,
    /// Nội dung chỉ tiêu. / What the target says.
    text: String,
    /// Chỉ số của chỉ tiêu. / The index it serves.
    index: Option<OneOrMany<Index>>,
    /// Ghi chú. / A note.
    note: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Section {
    /// Mã mục ("II.2"). / The heading's id ("II.2").
    id: String,
    /// Mục cha ("II"). / The parent heading ("II").
    parent: Option<String>,
    /// Tiêu đề mục. / The heading's title.
    title: String,
    /// Chỉ số của mục; mục con và nhiệm vụ kế thừa.
    ///
    /// The heading's index; sub-headings and tasks inherit it.
    index: Option<OneOrMany<Index>>,
    /// Ghi chú. / A note.
    note: Option<String>,
}

/// Loại nhiệm vụ. / The kind of task.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
#[allow(dead_code)]
enum TaskKind {
    Task,
    Report,
    Meeting,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Task {
    /// Mã nhiệm vụ, duy nhất trong kế hoạch, không có dấu cách hay `:` ("II.2.a").
    ///
    /// The task's id, unique in the plan, without spaces or `:` ("II.2.a").
    #[schemars(regex(pattern = r"^[^\s:]+$"))]
    id: String,
    /// Số thứ tự (cột TT) như in, khi khác mã.
    ///
    /// The number (TT column) as printed, when it differs from the id.
    number: Option<String>,
    /// Mục chứa nhiệm vụ ("II.2"). / The heading it belongs to ("II.2").
    section: Option<String>,
    /// Nội dung nhiệm vụ. / What is to be done.
    title: String,
    /// Đơn vị chủ trì: mã, tên hoặc tên khác của đơn vị hay nhóm.
    ///
    /// The lead unit ("chủ trì"): code, name or alias of a unit or group.
    lead: Option<OneOrMany<String>>,
    /// Đơn vị phối hợp. / The supporting units ("phối hợp").
    support: Option<OneOrMany<String>>,
    /// Sản phẩm, kết quả. / The expected result ("sản phẩm", "kết quả").
    output: Option<String>,
    /// Thời hạn như kế hoạch viết: "Trước ngày 20/6/2025", "Hằng quý", "6 tháng", "Năm 2025",
    /// "Thường xuyên", "Khi có yêu cầu"; một ngày TOML (2025-06-20); hoặc một mảng các thứ đó.
    /// `kpi schedule "..."` cho biết kpi hiểu thế nào.
    ///
    /// The deadline as the plan writes it: "Trước ngày 20/6/2025", "Hằng quý", "6 tháng",
    /// "Năm 2025", "Thường xuyên", "Khi có yêu cầu"; a TOML date (2025-06-20); or an array of
    /// them. `kpi schedule "..."` shows how kpi reads it.
    due: Option<OneOrMany<String>>,
    /// Lời văn chính thức của thời hạn, khi `due` phải viết khác.
    ///
    /// The official wording of the deadline, when `due` had to differ.
    due_text: Option<String>,
    /// Ghi chú. / A note.
    note: Option<String>,
    /// task (mặc định), report (báo cáo), meeting (hội nghị, cuộc họp).
    ///
    /// task (the default), report, meeting.
    kind: Option<TaskKind>,
}

// ---------------------------------------------------------------- progress

/// Tiến độ của một kế hoạch (KẾ_HOẠCH.progress.toml): `kpi done` và `kpi request` ghi thêm vào đây.
///
/// The progress of one plan (PLAN.progress.toml): `kpi done` and `kpi request` append here.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct ProgressFile {
    /// Các bản ghi tiến độ, mỗi sự việc một bản ghi.
    ///
    /// Progress records, one per event.
    record: Option<Vec<Record>>,
    /// Các yêu cầu nhận được cho nhiệm vụ "Khi có yêu cầu".
    ///
    /// Requests received for an on-request task ("Khi có yêu cầu").
    request: Option<Vec<Request>>,
}

/// Tình trạng. / The status.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
#[allow(dead_code)]
enum RecordStatus {
    Done,
    InProgress,
    NotApplicable,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Record {
    /// Mã nhiệm vụ trong kế hoạch ("IV.1.3").
    ///
    /// The task's id in the plan ("IV.1.3").
    task: String,
    /// Kỳ, với nhiệm vụ định kỳ: 2025-Q3, 2025-H1, 2025-05, 2025, req-2025-03-03.
    ///
    /// The occurrence, for a recurring task: 2025-Q3, 2025-H1, 2025-05, 2025, req-2025-03-03.
    period: Option<String>,
    /// done (hoàn thành), in-progress (đang thực hiện), not-applicable (không phải thực hiện).
    ///
    /// done, in-progress, not-applicable.
    status: RecordStatus,
    /// Ngày xảy ra. / When it happened.
    date: Option<Date>,
    /// Đơn vị thực hiện (mã, tên hoặc tên khác).
    ///
    /// The unit that did it (code, name or alias).
    by: Option<String>,
    /// Tài liệu kiểm chứng: số văn bản, đường dẫn.
    ///
    /// The evidence ("tài liệu kiểm chứng"): a document number, a link.
    evidence: Option<String>,
    /// Ghi chú. / A note.
    note: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Request {
    /// Mã nhiệm vụ "Khi có yêu cầu" trong kế hoạch.
    ///
    /// The on-request task's id in the plan.
    task: String,
    /// Ngày nhận yêu cầu. / The day the request arrived.
    date: Date,
    /// Hạn trả lời yêu cầu. / The day it must be answered by.
    due: Date,
    /// Văn bản yêu cầu ("Công văn số 512/UBND-KT").
    ///
    /// The request's document ("Công văn số 512/UBND-KT").
    r#ref: Option<String>,
}

// ---------------------------------------------------------------- kpi.toml

/// Cài đặt của kho kế hoạch (kpi.toml, ở thư mục gốc); mọi mục đều không bắt buộc.
///
/// The plan repository's settings (kpi.toml, at its root); every entry is optional.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct SettingsFile {
    /// Ngôn ngữ của bảng, thông báo và thư: vi hoặc en.
    ///
    /// The language of tables, messages and mail: vi or en.
    lang: Option<LangValue>,
    /// Hạn rơi vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp (Bộ luật Dân sự, Điều 148); mặc định true.
    ///
    /// A last day on a day off falls due on the next working day (Civil Code art. 148); default true.
    roll_to_working_day: Option<bool>,
    /// Báo cáo định kỳ không ghi ngày thì hạn là ngày này của tháng cuối kỳ (1-28; ví dụ 20).
    ///
    /// Recurring reports without a day fall due on this day of the period's last month (1-28; e.g. 20).
    #[schemars(range(min = 1, max = 28))]
    report_day: Option<i64>,
    /// Ngày nghỉ thêm hoặc đặt tên lại: `date`, hoặc `from` và `to`, cùng `name`.
    ///
    /// Days off added or renamed: `date`, or `from` and `to`, with a `name`.
    holiday: Option<Vec<Holiday>>,
    /// Ngày thứ Bảy, Chủ nhật làm bù. / A Saturday or Sunday worked as a make-up day.
    workday: Option<Vec<Workday>>,
    /// Gửi thư của `kpi notify` (SMTP). Mật khẩu đọc từ biến môi trường `password_env`, không bao giờ ghi ở đây.
    ///
    /// How `kpi notify` sends mail (SMTP). The password comes from the environment variable `password_env`, never from this file.
    mail: Option<Mail>,
}

/// vi (tiếng Việt) hoặc en (English).
#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
#[allow(dead_code)]
enum LangValue {
    Vi,
    En,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{ "required": ["date"] }, { "required": ["from", "to"] }]))]
#[allow(dead_code)]
struct Holiday {
    /// Ngày nghỉ. / The day off.
    date: Option<Date>,
    /// Ngày đầu của một đợt nghỉ. / The first day of a run of days off.
    from: Option<Date>,
    /// Ngày cuối của đợt nghỉ. / Its last day.
    to: Option<Date>,
    /// Tên ngày nghỉ. / The holiday's name.
    name: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Workday {
    /// Ngày làm bù. / The make-up day.
    date: Date,
    /// Lý do. / Why.
    name: Option<String>,
}

/// none (chỉ cho máy chủ thư trên chính máy này), starttls (cổng 587), tls (cổng 465).
///
/// none (only for a relay on this machine), starttls (port 587), tls (port 465).
#[derive(JsonSchema)]
#[schemars(rename_all = "lowercase")]
#[allow(dead_code)]
enum Security {
    None,
    Starttls,
    Tls,
}

// A number of days before a due day, 0 to 366.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct Day(#[schemars(range(min = 0, max = 366))] u32);

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
#[allow(dead_code)]
struct Mail {
    /// Người gửi, có thể kèm tên: "Văn phòng Sở <theodoi@syt.example.org>".
    ///
    /// The sender, with a name if you like: "Văn phòng Sở <theodoi@syt.example.org>".
    from: Option<String>,
    /// Máy chủ SMTP (mặc định localhost). / The SMTP server (default localhost).
    host: Option<String>,
    /// Cổng; mặc định 587 (starttls), 465 (tls), 25 (none).
    ///
    /// The port; default 587 (starttls), 465 (tls), 25 (none).
    #[schemars(range(min = 1, max = 65535))]
    port: Option<i64>,
    /// Cách mã hoá kết nối. / How the connection is encrypted.
    security: Option<Security>,
    /// Tên đăng nhập SMTP. / The SMTP user name.
    user: Option<String>,
    /// Tên biến môi trường chứa mật khẩu ("KPI_SMTP_PASSWORD").
    ///
    /// The environment variable that holds the password ("KPI_SMTP_PASSWORD").
    password_env: Option<String>,
    /// Địa chỉ nhận thư trả lời. / Where replies go.
    reply_to: Option<String>,
    /// Nơi nhận danh sách tệp lỗi (mặc định: `from`).
    ///
    /// Where the list of broken files goes (default: `from`).
    errors_to: Option<String>,
    /// Thời gian tối đa để gửi một thư, tính bằng giây (1-3600, mặc định 60).
    ///
    /// The longest one message may take to send, in seconds (1-3600, default 60).
    #[schemars(range(min = 1, max = 3600))]
    timeout: Option<i64>,
    /// Nhắc trước hạn bao nhiêu ngày: [7, 1] là trước một tuần và trước một ngày.
    ///
    /// The days before a due day on which a unit is mailed: [7, 1], a week and a day before.
    remind: Option<OneOrMany<Day>>,
    /// Không bao giờ ghi mật khẩu vào kpi.toml: dùng `password_env`.
    ///
    /// Never write a password in kpi.toml: use `password_env`.
    password: Option<Refused>,
}

/// Keys the schemas describe that the loader does not read yet, because another change
/// brings them: `(table, key)`. The test below fails as soon as the loader knows one of
/// them, so that the entry is removed here the day it lands.
#[cfg(test)]
const PENDING: &[(&str, &str)] = &[];

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde_json::Value;

    use super::*;

    type Tables = BTreeMap<String, BTreeSet<String>>;

    /// Every table a schema describes, by its dotted path from the file's root
    /// (`plan.task`, `settings.mail`), with the keys it allows.
    fn tables(schema: &Value, path: &str, out: &mut Tables) {
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            let keys = out.entry(path.to_string()).or_default();
            keys.extend(props.keys().cloned());
            for (key, sub) in props {
                tables(sub, &format!("{path}.{key}"), out);
            }
        }
        for branch in ["anyOf", "oneOf", "allOf"] {
            for sub in schema
                .get(branch)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                tables(sub, path, out);
            }
        }
        if let Some(items) = schema.get("items") {
            tables(items, path, out);
        }
    }

    fn loader() -> Tables {
        crate::plan::raw::KNOWN_KEYS
            .iter()
            .chain(crate::settings::KNOWN_KEYS)
            .map(|(path, keys)| {
                (
                    path.to_string(),
                    keys.iter().map(|k| k.to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn the_schemas_know_the_keys_the_loader_knows_and_no_other() {
        let mut schemas = Tables::new();
        for file in FileSchema::ALL {
            tables(&file.schema(), file.name(), &mut schemas);
        }
        let loader = loader();
        for (table, key) in PENDING {
            let known = loader.get(*table).is_some_and(|keys| keys.contains(*key));
            assert!(
                !known,
                "the loader now reads `{key}` in `{table}`: remove it from PENDING in src/schema.rs"
            );
            let keys = schemas
                .get_mut(*table)
                .expect("a pending key's table is in a schema");
            assert!(
                keys.remove(*key),
                "pending `{table}.{key}` is not in the schema"
            );
            // A pending table (`progress.request`) goes with its key.
            let prefix = format!("{table}.{key}");
            schemas.retain(|path, _| path != &prefix && !path.starts_with(&format!("{prefix}.")));
        }
        for (table, keys) in &loader {
            assert_eq!(
                schemas.get(table),
                Some(keys),
                "the schema of `{table}` and the loader's known keys differ"
            );
        }
        for table in schemas.keys() {
            assert!(
                loader.contains_key(table),
                "the schema describes a table `{table}` that the loader does not read (add it to KNOWN_KEYS)"
            );
        }
    }

    #[test]
    fn the_known_values_are_listed() {
        let text = |f: FileSchema| f.text();
        for (file, values) in [
            (
                FileSchema::Plan,
                &[
                    "\"task\"",
                    "\"report\"",
                    "\"meeting\"",
                    "\"PAR INDEX\"",
                    "\"DDCI\"",
                ][..],
            ),
            (
                FileSchema::Progress,
                &["\"done\"", "\"in-progress\"", "\"not-applicable\""],
            ),
            (
                FileSchema::Settings,
                &["\"starttls\"", "\"tls\"", "\"none\"", "\"vi\"", "\"en\""],
            ),
        ] {
            for v in values {
                assert!(text(file).contains(v), "{} schema lacks {v}", file.name());
            }
        }
        let plan = FileSchema::Plan.schema();
        assert_eq!(plan["$schema"], "http://json-schema.org/draft-07/schema#");
        // Nothing refers elsewhere: Taplo shows each field's own description.
        assert!(!FileSchema::Plan.text().contains("$ref"));
    }
}
