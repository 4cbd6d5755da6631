//! `kpi schema`: every real plan, registry, progress file and kpi.toml of plans/ and
//! examples/ validates against the schema kpi prints (with a draft-07 validator, dates
//! checked as dates), and a misspelled field or an unknown value does not.

use std::path::Path;

use serde_json::Value;

use crate::common::*;

fn schema(file: &str) -> Value {
    let r = run(&root(), &["schema", file]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).expect("kpi schema prints JSON")
}

fn validator(file: &str) -> jsonschema::Validator {
    let s = schema(file);
    assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&s)
        .expect("a valid draft-07 schema")
}

/// TOML as an editor hands it to a JSON Schema validator: dates become ISO text.
fn json(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.iter().map(|(k, v)| (k.clone(), json(v))).collect())
        }
    }
}

fn toml_json(text: &str) -> Value {
    json(&toml::Value::Table(
        toml::from_str(text).expect("valid TOML"),
    ))
}

/// The schema a file follows, by its name, as .taplo.toml maps them.
fn kind(path: &Path) -> &'static str {
    let name = path.file_name().unwrap().to_str().unwrap();
    match name {
        "kpi.toml" => "settings",
        "units.toml" => "units",
        _ if name.ends_with(".progress.toml") => "progress",
        _ => "plan",
    }
}

/// The errors of `text` against the schema of `file`, one line each.
fn errors(v: &jsonschema::Validator, text: &str) -> Vec<String> {
    let instance = toml_json(text);
    v.iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn every_real_file_validates() {
    let validators: Vec<(&str, jsonschema::Validator)> = ["plan", "units", "progress", "settings"]
        .into_iter()
        .map(|k| (k, validator(k)))
        .collect();
    let mut counts = std::collections::BTreeMap::new();
    // And what `kpi init` writes, in both languages.
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["vi", "en"] {
        let r = run(tmp.path(), &["--lang", lang, "init", lang]);
        assert_eq!(r.status, 0, "{}", r.stderr);
    }
    let tops = [
        root().join("plans"),
        root().join("examples"),
        tmp.path().to_path_buf(),
    ];
    for top in tops {
        for entry in walkdir::WalkDir::new(top) {
            let entry = entry.unwrap();
            let path = entry.path();
            let hidden = path.file_name().unwrap().to_string_lossy().starts_with('.');
            if hidden || path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let k = kind(path);
            let v = &validators.iter().find(|(n, _)| *n == k).unwrap().1;
            let text = std::fs::read_to_string(path).unwrap();
            let errs = errors(v, &text);
            assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
            *counts.entry(k).or_insert(0) += 1;
        }
    }
    // Every kind was tried on real files.
    assert!(counts["plan"] >= 7, "{counts:?}");
    assert!(counts["units"] >= 7, "{counts:?}");
    assert!(counts["progress"] >= 1, "{counts:?}");
    assert!(counts["settings"] >= 1, "{counts:?}");
}

#[test]
fn a_misspelled_field_or_an_unknown_value_does_not() {
    let plan =
        "[plan]\nid = \"p\"\ntitle = \"T\"\nyear = 2025\n\n[[task]]\nid = \"1\"\ntitle = \"t\"\n";
    let units = "[org]\nid = \"o\"\n\n[[unit]]\ncode = \"VP\"\n";
    let progress = "[[record]]\ntask = \"1\"\nstatus = \"done\"\ndate = 2025-01-02\n";
    let settings = "lang = \"vi\"\n";
    for (file, good, bad, why) in [
        (
            "plan",
            plan,
            plan.replace("title = \"t\"", "titel = \"t\""),
            "misspelled task field",
        ),
        (
            "plan",
            plan,
            plan.replace("[plan]\n", "[plan]\nindeces = [\"PCI\"]\n"),
            "misspelled plan field",
        ),
        (
            "plan",
            plan,
            format!("{plan}kind = \"meting\"\n"),
            "unknown kind",
        ),
        (
            "plan",
            plan,
            plan.replace("year = 2025", "yaer = 2025"),
            "no year nor period",
        ),
        (
            "plan",
            plan,
            plan.replace("id = \"1\"", "id = \"1 2\""),
            "a task id with a space",
        ),
        (
            "plan",
            plan,
            format!("{plan}due = 2025\n"),
            "a due that is a number",
        ),
        (
            "plan",
            plan,
            plan.replace("[plan]\n", "[plan]\nissued = \"15/6/2025\"\n"),
            "a date as text",
        ),
        (
            "units",
            units,
            units.replace("code = \"VP\"", "cod = \"VP\""),
            "misspelled unit field",
        ),
        (
            "units",
            units,
            units.replace("[org]", "[organisation]"),
            "no [org]",
        ),
        (
            "progress",
            progress,
            progress.replace("status", "statuss"),
            "misspelled record field",
        ),
        (
            "progress",
            progress,
            progress.replace("\"done\"", "\"finished\""),
            "unknown status",
        ),
        (
            "progress",
            progress,
            format!("{progress}\n[[request]]\ntask = \"1\"\ndate = 2025-01-02\n"),
            "a request without due",
        ),
        (
            "settings",
            settings,
            "langg = \"vi\"\n".to_string(),
            "misspelled setting",
        ),
        (
            "settings",
            settings,
            "lang = \"fr\"\n".to_string(),
            "unknown language",
        ),
        (
            "settings",
            settings,
            "[mail]\nsecurity = \"ssl\"\n".to_string(),
            "unknown security",
        ),
        (
            "settings",
            settings,
            "[mail]\npassword = \"x\"\n".to_string(),
            "a password in kpi.toml",
        ),
        (
            "settings",
            settings,
            "[[holiday]]\nname = \"x\"\n".to_string(),
            "a holiday without a day",
        ),
    ] {
        let v = validator(file);
        assert_eq!(errors(&v, good), Vec::<String>::new(), "{file}: {good}");
        assert!(
            !errors(&v, &bad).is_empty(),
            "{why} passed the {file} schema:\n{bad}"
        );
    }
    // What kpi reads besides: a holiday range, a request, an index
    // kpi does not know (kpi check accepts it), a lead written as one string.
    for (file, text) in [
        (
            "settings",
            "[[holiday]]\nfrom = 2025-09-01\nto = 2025-09-02\nname = \"Quốc khánh\"\n",
        ),
        (
            "progress",
            "[[request]]\ntask = \"1\"\ndate = 2025-03-03\ndue = 2025-03-14\nref = \"Công văn số 512/UBND-KT\"\n",
        ),
        (
            "plan",
            "[plan]\nid = \"p\"\ntitle = \"T\"\nperiod = { from = 2023-01-01, to = 2030-10-31 }\nindices = \"CCHC\"\n\n[[task]]\nid = \"1\"\ntitle = \"t\"\nlead = \"VP\"\ndue = [\"Hằng quý\", 2025-06-30]\n",
        ),
    ] {
        let v = validator(file);
        assert_eq!(errors(&v, text), Vec::<String>::new(), "{file}: {text}");
    }
}

#[test]
fn descriptions_are_in_both_languages_and_out_writes_the_four_files() {
    let plan = schema("plan");
    let task = &plan["properties"]["task"]["items"]["properties"];
    let due = task["due"]["description"].as_str().unwrap();
    assert!(
        due.contains("Thời hạn như kế hoạch viết")
            && due.contains("The deadline as the plan writes it"),
        "{due}"
    );
    assert!(
        task["kind"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k == "meeting")
    );
    let tmp = tempfile::tempdir().unwrap();
    let r = run(tmp.path(), &["schema", "--out", "s"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    for file in ["plan", "units", "progress", "settings"] {
        let written =
            std::fs::read_to_string(tmp.path().join(format!("s/{file}.schema.json"))).unwrap();
        assert_eq!(written, run(tmp.path(), &["schema", file]).stdout, "{file}");
    }
    // FILE or --out: neither is a usage error.
    assert_eq!(run(tmp.path(), &["schema"]).status, 2);
    assert_eq!(run(tmp.path(), &["schema", "plans"]).status, 2);
}

/// Taplo itself (the engine of VS Code's "Even Better TOML"), when it is installed
/// (`npm install -g @taplo/cli`): a repository made by `kpi init` lints clean through
/// its `#:schema` lines and .taplo.toml, and a misspelled field is named.
#[test]
fn taplo_reads_the_schemas_as_kpi_init_sets_them_up() {
    // (The npm build of taplo 0.9 exits 1 after printing its version.)
    let found = std::process::Command::new("taplo")
        .arg("--version")
        .output();
    if !found.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("taplo ")) {
        eprintln!("taplo not found (npm install -g @taplo/cli): the editor set-up was not linted");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(run(tmp.path(), &["init", "repo"]).status, 0);
    let repo = tmp.path().join("repo");
    let lint = || {
        std::process::Command::new("taplo")
            .args(["lint", "--colors", "never"])
            .current_dir(&repo)
            .env("RUST_LOG", "error")
            .output()
            .unwrap()
    };
    let clean = lint();
    assert!(
        clean.status.success(),
        "{}",
        String::from_utf8_lossy(&clean.stderr)
    );
    let units = repo.join("plans/so-mau/units.toml");
    let text = std::fs::read_to_string(&units).unwrap();
    std::fs::write(&units, text.replace("code = \"TTRA\"", "cod = \"TTRA\"")).unwrap();
    let bad = lint();
    let said = String::from_utf8_lossy(&bad.stderr);
    assert!(!bad.status.success());
    assert!(said.contains("'cod' was unexpected"), "{said}");
}
