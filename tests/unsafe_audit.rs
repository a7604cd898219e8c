//! Where `unsafe` may appear, and how it must be documented: only in the buffer module
//! (`src/buffer.rs`) and the kernels (`src/kernels/`); every `unsafe` block or `unsafe
//! impl` has a `// SAFETY:` comment just above it (or on its line), every `unsafe fn`
//! and `unsafe trait` a `# Safety` section in its doc comment; and the crate denies
//! `unsafe_op_in_unsafe_fn`. Words inside comments and string literals do not count.

use std::path::{Path, PathBuf};

/// Files allowed to hold `unsafe`, relative to the crate root.
fn allowed(rel: &str) -> bool {
    rel == "src/buffer.rs" || rel.starts_with("src/kernels/")
}

/// How many lines above an `unsafe` its SAFETY comment may start (a comment of a few
/// lines, then the statement that opens the block).
const REACH: usize = 6;

/// The source with comments and string/char literals blanked out (line breaks kept),
/// so only code is searched; the comments are returned per line for the SAFETY check.
fn code_and_comments(src: &str) -> (Vec<String>, Vec<String>) {
    let chars: Vec<char> = src.chars().collect();
    let (mut code, mut comments) = (String::new(), String::new());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied().unwrap_or('\0');
        if c == '/' && next == '/' {
            while i < chars.len() && chars[i] != '\n' {
                comments.push(chars[i]);
                code.push(' ');
                i += 1;
            }
        } else if c == '/' && next == '*' {
            let mut depth = 0;
            loop {
                if i >= chars.len() {
                    break;
                }
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    if depth == 0 {
                        code.push_str("  ");
                        comments.push_str("  ");
                        i += 2;
                        break;
                    }
                }
                comments.push(chars[i]);
                code.push(blank(chars[i]));
                i += 1;
            }
        } else if c == 'r' && (next == '"' || next == '#') && !chars.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_') {
            // Raw string r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                code.push(c);
                comments.push(' ');
                i += 1;
                continue;
            }
            let close: String = std::iter::once('"').chain(std::iter::repeat('#').take(hashes)).collect();
            let rest: String = chars[j + 1..].iter().collect();
            let end = rest.find(&close).map_or(chars.len(), |k| j + 1 + rest[..k].chars().count() + close.len());
            for &ch in &chars[i..end.min(chars.len())] {
                code.push(blank(ch));
                comments.push(blank(ch));
            }
            i = end;
        } else if c == '"' {
            code.push(' ');
            comments.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                let step = if chars[i] == '\\' { 2 } else { 1 };
                for &ch in &chars[i..(i + step).min(chars.len())] {
                    code.push(blank(ch));
                    comments.push(blank(ch));
                }
                i += step;
            }
            code.push(' ');
            comments.push(' ');
            i += 1;
        } else if c == '\'' && (next == '\\' || chars.get(i + 2) == Some(&'\'')) {
            // A char literal ('x', '\n', '\''); a lifetime ('a) is left alone.
            let mut j = i + 1;
            if chars[j] == '\\' {
                j += 2;
            } else {
                j += 1;
            }
            while j < chars.len() && chars[j] != '\'' {
                j += 1;
            }
            for _ in i..=j.min(chars.len() - 1) {
                code.push(' ');
                comments.push(' ');
            }
            i = j + 1;
        } else {
            code.push(c);
            comments.push(if c == '\n' { '\n' } else { ' ' });
            i += 1;
        }
    }
    (code.split('\n').map(String::from).collect(), comments.split('\n').map(String::from).collect())
}

/// What is wrong with one file's `unsafe`s (`rel` names it in messages).
fn problems(rel: &str, src: &str) -> Vec<String> {
    let (code, comments) = code_and_comments(src);
    let lines: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    for (n, line) in code.iter().enumerate() {
        let words: Vec<&str> = line.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect();
        for (k, w) in words.iter().enumerate() {
            if *w != "unsafe" {
                continue;
            }
            let at = format!("{}:{}", rel, n + 1);
            if !allowed(rel) {
                out.push(format!("{at}: `unsafe` outside src/buffer.rs and src/kernels/ (use their safe functions)"));
                continue;
            }
            let declares = matches!(words.get(k + 1), Some(&"fn") | Some(&"trait"))
                || (words.get(k + 1) == Some(&"extern") && words.get(k + 2) == Some(&"fn"));
            let above = &lines[n.saturating_sub(REACH * 4)..n];
            if declares {
                let doc: Vec<&str> = above.iter().rev().take_while(|l| l.trim_start().starts_with("///") || l.trim_start().starts_with("#[")).copied().collect();
                if !doc.iter().any(|l| l.contains("# Safety")) {
                    out.push(format!("{at}: `unsafe fn`/`unsafe trait` without a `# Safety` section in its doc comment"));
                }
            } else {
                let window = comments[n.saturating_sub(REACH)..=n].join("\n");
                if !window.contains("SAFETY:") {
                    out.push(format!("{at}: `unsafe` without a `// SAFETY:` comment in the {REACH} lines above it"));
                }
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn unsafe_stays_in_the_buffer_and_kernel_modules_and_is_documented() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    let mut uses = 0;
    for f in &files {
        let rel = f.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let src = std::fs::read_to_string(f).unwrap();
        let (code, _) = code_and_comments(&src);
        uses += code.iter().filter(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == "unsafe")).count();
        found.extend(problems(&rel, &src));
    }
    assert!(uses > 0, "the scan found no unsafe at all: is it reading src/?");
    assert!(found.is_empty(), "{}", found.join("\n"));
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
    assert!(lib.contains("#![deny(unsafe_op_in_unsafe_fn)]"), "src/lib.rs must deny unsafe_op_in_unsafe_fn");
    assert!(lib.contains("#![deny(clippy::undocumented_unsafe_blocks)]"), "src/lib.rs must deny clippy::undocumented_unsafe_blocks");
}

#[test]
fn the_audit_catches_misplaced_and_undocumented_unsafe_but_not_words_in_text() {
    let undocumented = "fn f(p: *const u8) -> u8 {\n    unsafe { *p }\n}\n";
    assert_eq!(problems("src/kernels/x.rs", undocumented).len(), 1);
    assert_eq!(problems("src/eval/x.rs", undocumented), vec!["src/eval/x.rs:2: `unsafe` outside src/buffer.rs and src/kernels/ (use their safe functions)"]);
    let documented = "fn f(p: *const u8) -> u8 {\n    // SAFETY: p is valid.\n    unsafe { *p }\n}\n";
    assert!(problems("src/kernels/x.rs", documented).is_empty());
    let far = format!("// SAFETY: too far away.\n{}unsafe {{ *p }}\n", "\n".repeat(REACH + 1));
    assert_eq!(problems("src/buffer.rs", &far).len(), 1);
    let declared = "/// Reads.\n///\n/// # Safety\n/// p must be valid.\npub unsafe fn f(p: *const u8) {}\n/// No section.\nunsafe trait T {}\n";
    assert_eq!(problems("src/buffer.rs", declared), vec!["src/buffer.rs:7: `unsafe fn`/`unsafe trait` without a `# Safety` section in its doc comment"]);
    let text = "// unsafe casting\nconst S: &str = \"casting='unsafe'\";\nconst R: &str = r#\"unsafe \"quoted\"\"#;\nfn g<'a>(c: char) -> bool { c == '\"' }\nlet unsafe_ = 1;\n/* unsafe */\n";
    assert!(problems("src/eval/x.rs", text).is_empty(), "{:?}", problems("src/eval/x.rs", text));
}
