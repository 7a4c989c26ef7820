// The derive emits no `unsafe` into the user's crate, so `deny(unsafe_code)` holds.
#![deny(unsafe_code)]

#[path = "support/targets.rs"]
mod targets;

fn main() {
    targets::use_all();
}
