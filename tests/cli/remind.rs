//! `remind = [7, 1]` in `[mail]`: a unit is mailed about a deadline a week before and the
//! day before, not on the days between; overdue items are in every digest, as before.
//! Through the real SMTP server of tests/cli/notify.rs.

use super::notify::smtp_server;
use crate::common::*;

const UNITS: &str = "[org]\nid = \"o\"\nname = \"Sở Thử\"\n\n[[unit]]\ncode = \"VP\"\nname = \"Văn phòng Sở\"\nemail = [\"vp@example.invalid\"]\n\n[[unit]]\ncode = \"TC\"\nname = \"Phòng Tổ chức\"\nemail = [\"tc@example.invalid\"]\n";

/// VP owes something due Friday 14/06/2024; TC owes something due Tuesday 04/06 and
/// something overdue since Friday 31/05.
const PLAN: &str = "[plan]\nid = \"kh\"\ntitle = \"Kế hoạch\"\nyear = 2024\n\n[[task]]\nid = \"1\"\ntitle = \"Việc của Văn phòng\"\nlead = [\"VP\"]\noutput = \"x\"\ndue = \"Đến ngày 14/6/2024\"\n\n[[task]]\nid = \"2\"\ntitle = \"Việc sắp đến hạn của Tổ chức\"\nlead = [\"TC\"]\noutput = \"x\"\ndue = \"Đến ngày 4/6/2024\"\n\n[[task]]\nid = \"3\"\ntitle = \"Việc quá hạn của Tổ chức\"\nlead = [\"TC\"]\noutput = \"x\"\ndue = \"Đến ngày 31/5/2024\"\n";

fn repo(port: u16, remind: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(
        d.join("kpi.toml"),
        format!("[mail]\nfrom = \"theodoi@example.invalid\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n{remind}"),
    )
    .unwrap();
    std::fs::create_dir_all(d.join("plans")).unwrap();
    std::fs::write(d.join("plans/units.toml"), UNITS).unwrap();
    std::fs::write(d.join("plans/kh.toml"), PLAN).unwrap();
    tmp
}

/// The recipients mailed on `day`, and the body of each.
type Inbox = std::sync::Arc<std::sync::Mutex<Vec<super::notify::Received>>>;

fn mailed_on(d: &std::path::Path, day: &str, inbox: &Inbox) -> Vec<(String, String)> {
    let before = inbox.lock().unwrap().len();
    let r = run(d, &["--as-of", day, "notify"]);
    assert_eq!(r.status, 0, "{day}: {}\n{}", r.stdout, r.stderr);
    let got = inbox.lock().unwrap();
    got[before..]
        .iter()
        .map(|m| {
            let body = String::from_utf8_lossy(&m.data).into_owned();
            (m.to.join(","), body)
        })
        .collect()
}

#[test]
fn units_hear_on_the_days_asked_for() {
    let (port, inbox) = smtp_server();
    let tmp = repo(port, "remind = [7, 1]\n");
    let d = tmp.path();
    // Friday 07/06: VP's deadline is 7 days away; TC's task 3 is overdue (in every
    // digest), its task 2 overdue since Tuesday.
    let day = mailed_on(d, "2024-06-07", &inbox);
    let to: Vec<&str> = day.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(to.len(), 2, "{to:?}");
    assert!(to.iter().any(|t| t.contains("vp@")) && to.iter().any(|t| t.contains("tc@")));
    // Monday 10/06: 4 days before VP's deadline: no mail for VP.
    let day = mailed_on(d, "2024-06-10", &inbox);
    assert!(day.iter().all(|(t, _)| !t.contains("vp@")), "{day:?}");
    // Thursday 13/06: the day before.
    let day = mailed_on(d, "2024-06-13", &inbox);
    let vp: Vec<_> = day.iter().filter(|(t, _)| t.contains("vp@")).collect();
    assert_eq!(vp.len(), 1, "{day:?}");
    assert!(vp[0].1.contains("kh:1"), "{}", vp[0].1);
    // Without remind, every day of --within: VP hears on 10/06 too.
    let (port, inbox) = smtp_server();
    let tmp = repo(port, "");
    let day = mailed_on(tmp.path(), "2024-06-10", &inbox);
    assert!(day.iter().any(|(t, _)| t.contains("vp@")), "{day:?}");
}

#[test]
fn a_remind_that_is_not_a_list_of_days_is_reported() {
    let tmp = repo(25, "remind = [7, \"1\"]\n");
    let r = run(tmp.path(), &["--as-of", "2024-06-07", "check"]);
    assert_eq!(r.status, 1, "{}", r.stdout);
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(
        all.contains("`remind` in [mail] is a list of days"),
        "{all}"
    );
    let tmp = repo(25, "remind = [400]\n");
    let r = run(tmp.path(), &["--as-of", "2024-06-07", "check"]);
    assert_eq!(r.status, 1, "{}", r.stdout);
}

/// A reminder day that falls on a day off, or on a day cron does not run, is caught up
/// at the next run, and none is sent twice. VP's deadline is Friday 14/06/2024, TC's
/// Tuesday 04/06; cron runs on Mondays and Thursdays only.
#[test]
fn a_reminder_day_without_a_run_is_caught_up_at_the_next() {
    let (port, inbox) = smtp_server();
    let plan = PLAN
        .replace("Đến ngày 14/6/2024", "Đến ngày 17/6/2024")
        .replace("Đến ngày 4/6/2024", "Đến ngày 19/6/2024")
        .replace("Đến ngày 31/5/2024", "Đến ngày 19/6/2024");
    let tmp = repo(port, "remind = [7, 1]\n");
    let d = tmp.path();
    std::fs::write(d.join("plans/kh.toml"), plan).unwrap();
    let vp = |day: &[(String, String)]| day.iter().filter(|(t, _)| t.contains("vp@")).count();
    let tc = |day: &[(String, String)]| day.iter().filter(|(t, _)| t.contains("tc@")).count();
    // Monday 10/06: VP's week-before day (due Monday 17/06). TC's is Wednesday 12/06.
    let day = mailed_on(d, "2024-06-10", &inbox);
    assert_eq!((vp(&day), tc(&day)), (1, 0), "{day:?}");
    // Thursday 13/06: TC's week-before day (Wednesday) has passed: caught up. Nothing new
    // for VP.
    let day = mailed_on(d, "2024-06-13", &inbox);
    assert_eq!((vp(&day), tc(&day)), (0, 1), "{day:?}");
    // Monday 17/06: VP's day before was Sunday 16/06: caught up on its due day. TC's
    // day before is Tuesday 18/06: not yet.
    let day = mailed_on(d, "2024-06-17", &inbox);
    assert_eq!((vp(&day), tc(&day)), (1, 0), "{day:?}");
    assert!(day[0].1.contains("kh:1"), "{}", day[0].1);
    // Run again the same day: nothing twice.
    let day = mailed_on(d, "2024-06-17", &inbox);
    assert!(day.is_empty(), "{day:?}");
}
