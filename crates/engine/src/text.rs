//! Plain string search without core's `StrSearcher` (smaller wasm).

/// Byte offset of the first `needle` in `hay`, by a plain scan: core's
/// two-way `StrSearcher` behind `str::contains`/`split`/`replace` with a
/// `&str` pattern costs about 1.5 KB of wasm.
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| &h[i..i + n.len()] == n)
}

/// `hay.split(sep)` collected, for a non-empty `sep`.
pub fn split_str<'a>(hay: &'a str, sep: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = hay;
    while let Some(i) = find_str(rest, sep) {
        out.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
    }
    out.push(rest);
    out
}

/// `hay.replace(from, to)`, for a non-empty `from`.
pub fn replace_str(hay: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let mut rest = hay;
    while let Some(i) = find_str(rest, from) {
        out.push_str(&rest[..i]);
        out.push_str(to);
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod str_search_tests {
    #[test]
    fn find_split_replace_match_std() {
        let cases = ["", "a", "::", "a::b", "::a::b::", "a:::b", "a::::b", "é::ü::", "\r\n", "x\r\n\r\ny\r", "\r\r\n\n", "ab"];
        for h in cases {
            for n in ["", "::", "\r\n", "a", "é", "ab", "b::"] {
                assert_eq!(super::find_str(h, n), h.find(n), "{h:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(super::split_str(h, n), h.split(n).collect::<Vec<_>>(), "{h:?} {n:?}");
                    assert_eq!(super::replace_str(h, n, "\n"), h.replace(n, "\n"), "{h:?} {n:?}");
                }
            }
        }
    }
}
