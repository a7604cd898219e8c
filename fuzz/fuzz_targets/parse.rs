//! The parser alone, on arbitrary text: `parse` and the prompt's `needs_more_input`
//! must return (a statement list or a SyntaxError), never panic or overflow the stack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The session reads files lossily too (invalid UTF-8 becomes U+FFFD).
    let text = String::from_utf8_lossy(data);
    let _ = numview::lang::parse(&text);
    let _ = numview::lang::needs_more_input(&text);
    let _ = numview::session::split_statements(&text);
});
