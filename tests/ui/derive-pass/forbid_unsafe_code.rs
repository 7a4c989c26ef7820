// The derive emits no `unsafe` into the user's crate, so `forbid(unsafe_code)` holds.
#![forbid(unsafe_code)]

#[path = "support/targets.rs"]
mod targets;

fn main() {
    targets::use_all();
}
