//! The integration tests: each module runs the real `kpi` binary on real files. One test
//! binary, so that the suite links once.

mod common;

mod cli {
    mod assignments;
    mod calendar;
    mod check;
    mod check_vi;
    mod completions;
    mod deadlines_doc;
    mod done;
    mod done_killed;
    mod due;
    mod errors;
    mod examples;
    mod fuzz_regressions;
    mod help;
    mod holidays;
    mod hostile;
    mod import;
    mod init;
    pub mod notify;
    mod precommit;
    mod readme;
    mod real_plans;
    mod remind;
    mod report;
    mod request;
    mod schedule;
    mod schema;
    mod show;
    mod snapshots;
    mod trust;
    mod xlsx;
}
