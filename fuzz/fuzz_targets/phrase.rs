//! The deadline phrase reader and resolver: any text, any plan period, both calendars.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kpi::fuzzing::phrase(data));
