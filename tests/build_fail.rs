//! Cases that must fail under `cargo build` (not `cargo check`): post-monomorphization layout
//! checks, which trybuild's `cargo check` never evaluates.
//!
//! Each `tests/build_fail/*.rs` is a binary's `main.rs`. Its header names what it needs and
//! what the build must print:
//!
//! ```text
//! //@ features: derive, embedded-dma      (dma-buffer features; `std` is always on)
//! //@ error: this DMA target has padding  (a substring of the build's stderr; one or more)
//! ```
//!
//! Cases with the same features share one generated package under `target/build_fail/`, so
//! dependencies build once; each case builds as its own binary.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Case {
    name: String,
    path: PathBuf,
    errors: Vec<String>,
}

fn parse_case(path: &Path) -> (Vec<String>, Case) {
    let text = fs::read_to_string(path).unwrap();
    let mut features = vec!["std".to_owned()];
    let mut errors = Vec::new();
    for line in text.lines() {
        if let Some(list) = line.strip_prefix("//@ features:") {
            features.extend(list.split(',').map(|f| f.trim().to_owned()));
        } else if let Some(error) = line.strip_prefix("//@ error:") {
            errors.push(error.trim().to_owned());
        }
    }
    features.sort();
    features.dedup();
    let name = path
        .file_stem()
        .unwrap()
        .to_str()
        .unwrap()
        .replace('-', "_");
    assert!(
        !errors.is_empty(),
        "{}: no `//@ error:` line",
        path.display()
    );
    let case = Case {
        name,
        path: path.canonicalize().unwrap(),
        errors,
    };
    (features, case)
}

fn manifest(root: &Path, features: &[String], cases: &[Case]) -> String {
    let feature_list = features
        .iter()
        .map(|f| format!("{f:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut toml = format!(
        "[package]\nname = \"build-fail\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [workspace]\n\n[dependencies]\n\
         dma-buffer = {{ path = {:?}, features = [{feature_list}] }}\n",
        root.join("dma-buffer")
    );
    // Cases of a bridge name its crate, as a user of that bridge does.
    if features.iter().any(|feature| feature == "embedded-dma") {
        toml += "embedded-dma = \"0.2\"\n";
    }
    for case in cases {
        toml += &format!(
            "\n[[bin]]\nname = {:?}\npath = {:?}\n",
            case.name, case.path
        );
    }
    toml
}

#[test]
fn build_fail() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut groups: BTreeMap<Vec<String>, Vec<Case>> = BTreeMap::new();
    let mut paths: Vec<_> = fs::read_dir(root.join("tests/build_fail"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    paths.sort();
    for path in &paths {
        let (features, case) = parse_case(path);
        groups.entry(features).or_default().push(case);
    }
    assert!(!groups.is_empty(), "no cases in tests/build_fail");

    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("build_fail");
    let mut failures = Vec::new();
    for (index, (features, cases)) in groups.iter().enumerate() {
        let dir = target.join(format!("group{index}"));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("Cargo.toml"), manifest(root, features, cases)).unwrap();
        // Resolve exactly the versions the workspace tests with.
        fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        for case in cases {
            let output = Command::new(env!("CARGO"))
                .args(["build", "--quiet", "--color=never", "--bin", &case.name])
                .current_dir(&dir)
                .env("CARGO_TARGET_DIR", target.join("target"))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            if output.status.success() {
                failures.push(format!("{}: built, but must fail", case.path.display()));
                continue;
            }
            for error in &case.errors {
                if !stderr.contains(error.as_str()) {
                    failures.push(format!(
                        "{}: stderr lacks {error:?}:\n{stderr}",
                        case.path.display()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
