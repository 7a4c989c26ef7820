//! Placeholder until the derive lands.
#![forbid(unsafe_code)]
