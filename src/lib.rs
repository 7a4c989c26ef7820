//! The workspace's own package: it holds the top-level `tests/` and `examples/` and is never
//! published. This library only runs README.md's examples as doctests, so the README stays true.
#![doc = include_str!("../README.md")]
