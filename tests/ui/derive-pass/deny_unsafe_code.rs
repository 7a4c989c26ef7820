// The derive's `unsafe impl`s are its output, not the user's code: `deny(unsafe_code)` holds.
#![deny(unsafe_code)]

#[path = "support/targets.rs"]
mod targets;

fn main() {
    targets::use_all();
}
