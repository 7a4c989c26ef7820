// The derive's `unsafe impl`s are its output, not the user's code: `forbid(unsafe_code)` holds.
#![forbid(unsafe_code)]

#[path = "support/targets.rs"]
mod targets;

fn main() {
    targets::use_all();
}
