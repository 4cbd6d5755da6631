//! A hint to the processor that memory will be read soon.
//!
//! A long list written in day order reads its tasks all over the model: each row waits
//! for memory that the rows before it did not touch. Asking for a row's memory a few rows
//! before it is written lets those reads overlap the writing (docs/performance.md).

/// Ask for the cache line holding `p` to be fetched. A hint and nothing else: it reads
/// nothing the program sees, and any address may be given (none is dereferenced, none
/// faults). A no-op where no stable instruction is at hand.
#[inline(always)]
pub fn prefetch<T: ?Sized>(p: *const T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `prefetcht0` (SSE, on every x86_64 processor) only hints at the cache; it
    // reads no memory the program can observe and never faults, whatever the address.
    // std's safe `std::hint::prefetch_read` is not stable yet.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// A task's memory as a row of a list reads it: the task itself (`Ahead::Item`), then
/// (once it has arrived) its `PLAN:TASK` and the end of its title (`Ahead::Parts`).
pub fn task(task: &crate::plan::model::Task, what: crate::render::Ahead) {
    match what {
        crate::render::Ahead::Item => {
            let at: *const crate::plan::model::Task = task;
            prefetch(at);
            prefetch(at.wrapping_byte_add(64));
        }
        crate::render::Ahead::Parts => {
            for text in task.text_addresses() {
                prefetch(text);
            }
        }
    }
}
