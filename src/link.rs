//! Links that carry a scenario: parsing the page's URL and producing share
//! links. Pure Rust, tested natively; the app calls it with
//! `location.search` and `location.hash`.
//!
//! Forms understood (see docs/embedding.md):
//!
//! * `#code=<percent-encoded source>` — hand-writable; byte for byte.
//! * `#s=<base64url(deflate(payload))>` — the Share button's short form;
//!   the payload carries the source, the playhead and view options.
//! * `?example=<name>` — a bundled example, by file stem.
//! * `?embed=1&editor=0|ro|rw&autoplay=1&hide=1-3,7` — the compact view
//!   for iframes; `hide` lists 1-based source lines hidden in the embedded
//!   editor (mdBook's `# ` lines). These options may also appear in the hash.
//! * `seed=N` (query, hash or share payload) — the seed of the run's random
//!   choices (where an unbiased `select!` starts); without it, seed 1.
//!
//! **Architecture Invariant:** everything from a URL is data. Decoding
//! never panics, bounds every size (input and decompressed output), and
//! reports what is wrong in plain words; nothing here produces HTML.

use std::fmt;

/// Largest source a link may carry, in bytes (after decoding).
pub const MAX_SOURCE_BYTES: usize = 256 * 1024;
/// Largest link fragment accepted before decoding, in bytes.
pub const MAX_LINK_BYTES: usize = 1024 * 1024;

pub use taskscope_link::{EditorMode, percent_encode};

/// View options a link may carry.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewOptions {
    pub embed: bool,
    pub editor: EditorMode,
    pub autoplay: bool,
    /// 1-based line numbers hidden in the embedded editor.
    pub hidden_lines: Vec<u32>,
    /// Playhead position to open at.
    pub pos: Option<usize>,
    /// Playback speed.
    pub speed: Option<f64>,
    /// The seed of the run's random choices (`seed=`); `None`: the default
    /// ([`crate::model::DEFAULT_SEED`]), as in links made before seeds.
    pub seed: Option<u64>,
}

/// What a URL asks the app to open.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LinkRequest {
    /// A source carried by the link itself.
    pub source: Option<String>,
    /// A bundled example's name.
    pub example: Option<String>,
    pub options: ViewOptions,
}

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    TooLarge { bytes: usize, limit: usize },
    BadPercentEncoding { at: usize },
    NotUtf8,
    BadBase64,
    BadCompression,
    BadPayload,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLarge { bytes, limit } => {
                write!(f, "the link carries {bytes} bytes, more than the {limit} a link may carry")
            }
            LinkError::BadPercentEncoding { at } => {
                write!(f, "the link's code is not valid percent-encoding (at byte {at})")
            }
            LinkError::NotUtf8 => write!(f, "the link's code is not valid UTF-8 text"),
            LinkError::BadBase64 => write!(f, "the shared link is damaged: it is not valid base64"),
            LinkError::BadCompression => write!(f, "the shared link is damaged: its data does not decompress"),
            LinkError::BadPayload => write!(f, "the shared link is damaged: its contents are not a Taskscope scenario"),
        }
    }
}

/// Splits `a=b&c=d` (a query without `?` or a hash without `#`) into pairs;
/// values are kept raw (not percent-decoded).
fn pairs(s: &str) -> impl Iterator<Item = (&str, &str)> {
    s.split('&').filter(|p| !p.is_empty()).map(|p| match p.split_once('=') {
        Some((k, v)) => (k, v),
        None => (p, ""),
    })
}

/// Decodes `%XX` escapes (and `+` as a literal plus, like
/// `decodeURIComponent`) into bytes.
pub fn percent_decode(s: &str) -> Result<Vec<u8>, LinkError> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = |c: u8| (c as char).to_digit(16);
            match (b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
                (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                _ => return Err(LinkError::BadPercentEncoding { at: i }),
            }
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(out)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn base64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        let chars = chunk.len() + 1;
        for k in 0..chars {
            out.push(B64[((n >> (18 - 6 * k)) & 63) as usize] as char);
        }
    }
    out
}

pub fn base64url_decode(s: &str) -> Result<Vec<u8>, LinkError> {
    let s = s.trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return Err(LinkError::BadBase64),
        } as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        return Err(LinkError::BadBase64);
    }
    Ok(out)
}

/// Parses `1-3,7` into `[1, 2, 3, 7]`; malformed parts are skipped, and
/// ranges are capped so a hostile link cannot ask for billions of lines.
pub fn parse_line_list(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for part in s.split(',') {
        let part = part.trim();
        let (a, b) = match part.split_once('-') {
            Some((a, b)) => (a.trim().parse::<u32>(), b.trim().parse::<u32>()),
            None => (part.parse::<u32>(), part.parse::<u32>()),
        };
        if let (Ok(a), Ok(b)) = (a, b)
            && a >= 1
            && a <= b
            && b - a < 100_000
        {
            out.extend(a..=b);
        }
        if out.len() > 100_000 {
            break;
        }
    }
    taskscope_engine::sort::sort_by(&mut out, |a, b| a <= b);
    out.dedup();
    out
}

fn apply_option(opts: &mut ViewOptions, key: &str, value: &str) {
    match key {
        "embed" => opts.embed = value != "0" && value != "false",
        "editor" => {
            opts.editor = match value {
                "0" | "none" | "false" => EditorMode::Hidden,
                "ro" => EditorMode::ReadOnly,
                _ => EditorMode::Editable,
            }
        }
        "autoplay" => opts.autoplay = value != "0" && value != "false",
        "hide" => {
            if let Ok(bytes) = percent_decode(value) {
                opts.hidden_lines = parse_line_list(&String::from_utf8_lossy(&bytes));
            }
        }
        "pos" => opts.pos = value.parse().ok(),
        "speed" => opts.speed = crate::num::parse_decimal(value).filter(|s| s.is_finite() && *s > 0.0 && *s <= 64.0),
        "seed" => opts.seed = parse_seed(value),
        _ => {}
    }
}

/// A `seed=` value: a decimal number up to [`crate::model::MAX_SEED`];
/// anything else is ignored (the default seed).
pub fn parse_seed(value: &str) -> Option<u64> {
    if value.is_empty() || value.len() > 20 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse::<u64>().ok().filter(|s| *s <= crate::model::MAX_SEED)
}

/// Parses the page's `location.search` and `location.hash` (with or
/// without their leading `?` / `#`).
pub fn parse_location(search: &str, hash: &str) -> Result<LinkRequest, LinkError> {
    let search = search.strip_prefix('?').unwrap_or(search);
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    if search.len() + hash.len() > MAX_LINK_BYTES {
        return Err(LinkError::TooLarge { bytes: search.len() + hash.len(), limit: MAX_LINK_BYTES });
    }
    let mut req = LinkRequest::default();
    for (k, v) in pairs(search) {
        match k {
            "example" => {
                let name = String::from_utf8_lossy(&percent_decode(v)?).into_owned();
                // Example names are file stems: nothing else is looked up.
                if !name.is_empty() && name.len() <= 100 && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-') {
                    req.example = Some(name);
                }
            }
            _ => apply_option(&mut req.options, k, v),
        }
    }
    for (k, v) in pairs(hash) {
        match k {
            "code" => {
                let bytes = percent_decode(v)?;
                if bytes.len() > MAX_SOURCE_BYTES {
                    return Err(LinkError::TooLarge { bytes: bytes.len(), limit: MAX_SOURCE_BYTES });
                }
                req.source = Some(String::from_utf8(bytes).map_err(|_| LinkError::NotUtf8)?);
            }
            "s" => {
                let (source, opts) = decode_share(v)?;
                req.source = Some(source);
                let embed = req.options.embed;
                req.options = ViewOptions { embed: embed || opts.embed, ..opts };
            }
            _ => apply_option(&mut req.options, k, v),
        }
    }
    Ok(req)
}

/// The Share button's fragment value: deflated, base64url payload of the
/// options (as `key=value` lines) and, after a blank line, the source.
pub fn encode_share(source: &str, opts: &ViewOptions) -> String {
    let mut payload = String::from("taskscope-share 1\n");
    if let Some(pos) = opts.pos {
        payload.push_str(&format!("pos={pos}\n"));
    }
    if let Some(speed) = opts.speed {
        payload.push_str(&format!("speed={}\n", crate::num::trimmed(speed, 3)));
    }
    if opts.editor != EditorMode::Editable {
        payload.push_str(&format!("editor={}\n", opts.editor.as_param()));
    }
    if opts.autoplay {
        payload.push_str("autoplay=1\n");
    }
    if !opts.hidden_lines.is_empty() {
        payload.push_str(&format!("hide={}\n", taskscope_link::line_ranges(&opts.hidden_lines)));
    }
    if let Some(seed) = opts.seed {
        payload.push_str(&format!("seed={seed}\n"));
    }
    payload.push('\n');
    payload.push_str(source);
    base64url_encode(&crate::deflate::deflate(payload.as_bytes()))
}

/// Inverse of [`encode_share`], bounded: the decompressed payload may not
/// exceed [`MAX_SOURCE_BYTES`] plus room for the options.
pub fn decode_share(v: &str) -> Result<(String, ViewOptions), LinkError> {
    let packed = base64url_decode(v)?;
    let limit = MAX_SOURCE_BYTES + 4096;
    let bytes = crate::deflate::inflate(&packed, limit).map_err(|e| match e {
        crate::deflate::InflateError::TooLarge => LinkError::TooLarge { bytes: limit + 1, limit: MAX_SOURCE_BYTES },
        crate::deflate::InflateError::Invalid => LinkError::BadCompression,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| LinkError::NotUtf8)?;
    let rest = text.strip_prefix("taskscope-share 1\n").ok_or(LinkError::BadPayload)?;
    let (head, source) = rest.split_once("\n\n").or_else(|| rest.strip_prefix('\n').map(|s| ("", s))).ok_or(LinkError::BadPayload)?;
    if source.len() > MAX_SOURCE_BYTES {
        return Err(LinkError::TooLarge { bytes: source.len(), limit: MAX_SOURCE_BYTES });
    }
    let mut opts = ViewOptions::default();
    for line in head.lines() {
        if let Some((k, v)) = line.split_once('=') {
            apply_option(&mut opts, k, v);
        }
    }
    Ok((source.to_string(), opts))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM: &str =
        "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"héllo, {} & <b>\", 1 + 1);\t// 100%\n}\n";

    #[test]
    fn links_deflated_by_the_earlier_level_9_encoder_still_open() {
        // What encode_share wrote before src/deflate.rs.
        let payload = format!("taskscope-share 1\npos=3\nspeed=0.5\n\n{PROGRAM}");
        let v = base64url_encode(&miniz_oxide::deflate::compress_to_vec(payload.as_bytes(), 9));
        let (source, opts) = decode_share(&v).unwrap();
        assert_eq!(source, PROGRAM);
        assert_eq!((opts.pos, opts.speed), (Some(3), Some(0.5)));
    }

    #[test]
    fn code_links_round_trip_byte_for_byte() {
        let hash = format!("#code={}", percent_encode(PROGRAM));
        let req = parse_location("", &hash).unwrap();
        assert_eq!(req.source.as_deref(), Some(PROGRAM));
    }

    #[test]
    fn hand_written_code_links_decode() {
        let req = parse_location("", "#code=fn%20main()%20%7B%7D").unwrap();
        assert_eq!(req.source.as_deref(), Some("fn main() {}"));
    }

    #[test]
    fn share_links_round_trip_source_and_options() {
        let opts = ViewOptions {
            pos: Some(42),
            speed: Some(2.0),
            editor: EditorMode::ReadOnly,
            autoplay: true,
            hidden_lines: vec![1, 2, 3, 7],
            embed: false,
            seed: Some(7),
        };
        let s = encode_share(PROGRAM, &opts);
        assert!(s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "{s}");
        let req = parse_location("", &format!("#s={s}")).unwrap();
        assert_eq!(req.source.as_deref(), Some(PROGRAM));
        assert_eq!(req.options, opts);
        // The short form is shorter than percent-encoding for real programs.
        let long = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/actor_counter.rs")).unwrap();
        assert!(encode_share(&long, &ViewOptions::default()).len() < percent_encode(&long).len() / 2);
    }

    #[test]
    fn example_and_embed_options() {
        let req = parse_location("?example=broadcast_lag&embed=1&editor=ro&autoplay=1&hide=1-3,9", "").unwrap();
        assert_eq!(req.example.as_deref(), Some("broadcast_lag"));
        assert!(req.options.embed && req.options.autoplay);
        assert_eq!(req.options.editor, EditorMode::ReadOnly);
        assert_eq!(req.options.hidden_lines, vec![1, 2, 3, 9]);
        assert_eq!(taskscope_link::line_ranges(&req.options.hidden_lines), "1-3,9");
        // Options may be in the hash too.
        let req = parse_location("?embed=1", "#editor=0&code=x").unwrap();
        assert_eq!(req.options.editor, EditorMode::Hidden);
    }

    #[test]
    fn hostile_links_are_errors_not_crashes() {
        assert_eq!(parse_location("", "#code=%E0%A4").unwrap_err(), LinkError::NotUtf8);
        assert!(matches!(parse_location("", "#code=%G1").unwrap_err(), LinkError::BadPercentEncoding { .. }));
        assert!(matches!(parse_location("", "#code=abc%").unwrap_err(), LinkError::BadPercentEncoding { .. }));
        assert_eq!(parse_location("", "#s=!!!").unwrap_err(), LinkError::BadBase64);
        assert_eq!(parse_location("", "#s=AAAAAAAA").unwrap_err(), LinkError::BadCompression);
        let not_ours = base64url_encode(&miniz_oxide::deflate::compress_to_vec(b"hello", 6));
        assert_eq!(parse_location("", &format!("#s={not_ours}")).unwrap_err(), LinkError::BadPayload);
        let huge = "#code=".to_string() + &"a".repeat(2 * MAX_LINK_BYTES);
        assert!(matches!(parse_location("", &huge).unwrap_err(), LinkError::TooLarge { .. }));
        let big = "#code=".to_string() + &"a".repeat(MAX_SOURCE_BYTES + 1);
        assert!(matches!(parse_location("", &big).unwrap_err(), LinkError::TooLarge { .. }));
        // A zip bomb: 100 MB of zeros compresses to ~100 KB; refused by the limit.
        let bomb = vec![b'a'; 20 * 1024 * 1024];
        let mut payload = b"taskscope-share 1\n\n".to_vec();
        payload.extend_from_slice(&bomb);
        let packed = base64url_encode(&miniz_oxide::deflate::compress_to_vec(&payload, 9));
        assert!(matches!(parse_location("", &format!("#s={packed}")).unwrap_err(), LinkError::TooLarge { .. }));
        // Markup is just text.
        let req = parse_location("", &format!("#code={}", percent_encode("<script>alert(1)</script>"))).unwrap();
        assert_eq!(req.source.as_deref(), Some("<script>alert(1)</script>"));
        // Odd example names are ignored, not looked up.
        assert_eq!(parse_location("?example=../../etc/passwd", "").unwrap().example, None);
        for msg in [LinkError::NotUtf8, LinkError::BadBase64, LinkError::TooLarge { bytes: 9, limit: 1 }] {
            assert!(!msg.to_string().is_empty());
        }
    }

    #[test]
    fn seeds_round_trip_and_default_to_none() {
        for seed in [0, 1, 2, 123_456, crate::model::MAX_SEED] {
            let opts = ViewOptions { seed: Some(seed), ..ViewOptions::default() };
            let req = parse_location("", &format!("#s={}", encode_share(PROGRAM, &opts))).unwrap();
            assert_eq!(req.options.seed, Some(seed));
            assert_eq!(parse_location(&format!("?seed={seed}"), "#code=x").unwrap().options.seed, Some(seed));
            assert_eq!(parse_location("", &format!("#seed={seed}&code=x")).unwrap().options.seed, Some(seed));
        }
        // Links without a seed (all links made before seeds) have none: the
        // default. Their payload is unchanged.
        assert_eq!(parse_location("", "#code=x").unwrap().options.seed, None);
        let plain = encode_share(PROGRAM, &ViewOptions::default());
        assert_eq!(decode_share(&plain).unwrap().1.seed, None);
        let old = base64url_encode(&miniz_oxide::deflate::compress_to_vec(format!("taskscope-share 1\npos=3\n\n{PROGRAM}").as_bytes(), 9));
        assert_eq!(decode_share(&old).unwrap().1, ViewOptions { pos: Some(3), ..ViewOptions::default() });
        // Bad seeds are ignored, not errors.
        for bad in ["", "-1", "1.5", "0x10", "+3", "4294967296", "99999999999999999999999", "1e3"] {
            let req = parse_location(&format!("?seed={bad}"), "#code=x").unwrap();
            assert_eq!(req.options.seed, None, "{bad}");
            assert_eq!(req.source.as_deref(), Some("x"));
        }
    }

    #[test]
    fn line_lists_are_bounded() {
        assert_eq!(parse_line_list("5-1,x,2,,3-3"), vec![2, 3]);
        assert!(parse_line_list("1-4000000000").is_empty());
        assert!(parse_line_list(&"1-99999,".repeat(50)).len() <= 100_000);
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..40u8 {
            let data: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&data)).unwrap(), data);
        }
    }
}
