//! Raw deflate (RFC 1951) for share links, both ways, small.
//!
//! [`deflate`] is LZ77 over a 32 KiB window with hash chains, written as
//! one block with the fixed Huffman codes; [`inflate`] reads any deflate
//! stream (stored, fixed and dynamic blocks), bounded by an output limit.
//!
//! They replace miniz_oxide, whose level-9 encoder alone weighed ~9 KB of
//! the gzipped wasm, more than the rest of the share feature. The encoder's
//! output is ~20 % larger on Rust source (fixed codes spend 8 bits on most
//! letters; see the tests), still a standard deflate stream, and links
//! deflated by miniz before still open (tested against miniz, a
//! dev-dependency). A 256 KB program still makes a link far below the
//! 1 MB limit.

const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// Candidates tried per position: plenty for program text.
const MAX_CHAIN: usize = 128;
const HASH_BITS: u32 = 13;

/// `data` as one final fixed-Huffman deflate block.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut out = Bits { bytes: Vec::with_capacity(data.len() / 2 + 16), acc: 0, n: 0 };
    // BFINAL = 1, BTYPE = 01 (fixed Huffman codes).
    out.put(0b011, 3);
    let mut head = vec![u32::MAX; 1 << HASH_BITS];
    let mut prev = vec![u32::MAX; WINDOW];
    let hash = |i: usize| -> usize {
        let v = (data[i] as u32) << 16 | (data[i + 1] as u32) << 8 | data[i + 2] as u32;
        (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
    };
    let insert = |i: usize, head: &mut [u32], prev: &mut [u32]| {
        if i + MIN_MATCH <= data.len() {
            let h = hash(i);
            prev[i % WINDOW] = head[h];
            head[h] = i as u32;
        }
    };
    let mut i = 0;
    while i < data.len() {
        let (len, dist) = longest_match(data, i, &head, &prev, &hash);
        if len >= MIN_MATCH {
            out.length(len);
            out.distance(dist);
            for j in i..i + len {
                insert(j, &mut head, &mut prev);
            }
            i += len;
        } else {
            out.literal(data[i]);
            insert(i, &mut head, &mut prev);
            i += 1;
        }
    }
    out.symbol(256);
    out.finish()
}

/// The longest earlier match of the bytes at `i` (length, distance), or
/// length 0.
fn longest_match(data: &[u8], i: usize, head: &[u32], prev: &[u32], hash: &impl Fn(usize) -> usize) -> (usize, usize) {
    if i + MIN_MATCH > data.len() {
        return (0, 0);
    }
    let max = (data.len() - i).min(MAX_MATCH);
    let (mut best, mut best_dist) = (0, 0);
    let mut cand = head[hash(i)];
    for _ in 0..MAX_CHAIN {
        let Some(c) = usize::try_from(cand).ok().filter(|&c| c < i && i - c <= WINDOW) else { break };
        if data[c + best.min(max - 1)] == data[i + best.min(max - 1)] {
            let len = data[c..c + max].iter().zip(&data[i..i + max]).take_while(|(a, b)| a == b).count();
            if len > best {
                (best, best_dist) = (len, i - c);
                if len == max {
                    break;
                }
            }
        }
        let next = prev[c % WINDOW];
        // The chain only goes back in time; a slot reused by a newer
        // position ends it.
        if next == u32::MAX || next as usize >= c {
            break;
        }
        cand = next;
    }
    if best >= MIN_MATCH { (best, best_dist) } else { (0, 0) }
}

/// Length codes 257..=285: the smallest length of each, and its extra bits.
const LEN_BASE: [u16; 29] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA: [u8; 29] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/// Distance codes 0..=29.
const DIST_BASE: [u16; 30] =
    [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA: [u8; 30] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

/// A little-endian bit writer (deflate's order).
struct Bits {
    bytes: Vec<u8>,
    acc: u32,
    n: u32,
}

impl Bits {
    /// The low `n` bits of `v`, least significant first.
    fn put(&mut self, v: u32, n: u32) {
        self.acc |= v << self.n;
        self.n += n;
        while self.n >= 8 {
            self.bytes.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code of `n` bits: most significant bit first.
    fn code(&mut self, code: u32, n: u32) {
        self.put(code.reverse_bits() >> (32 - n), n);
    }

    /// A literal/length symbol in the fixed code.
    fn symbol(&mut self, s: u32) {
        match s {
            0..=143 => self.code(0x30 + s, 8),
            144..=255 => self.code(0x190 + s - 144, 9),
            256..=279 => self.code(s - 256, 7),
            _ => self.code(0xC0 + s - 280, 8),
        }
    }

    fn literal(&mut self, b: u8) {
        self.symbol(b as u32);
    }

    fn length(&mut self, len: usize) {
        let k = LEN_BASE.iter().rposition(|&b| b as usize <= len).unwrap_or(0);
        self.symbol(257 + k as u32);
        self.put((len - LEN_BASE[k] as usize) as u32, LEN_EXTRA[k] as u32);
    }

    fn distance(&mut self, dist: usize) {
        let k = DIST_BASE.iter().rposition(|&b| b as usize <= dist).unwrap_or(0);
        self.code(k as u32, 5);
        self.put((dist - DIST_BASE[k] as usize) as u32, DIST_EXTRA[k] as u32);
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.bytes.push(self.acc as u8);
        }
        self.bytes
    }
}

/// Why [`inflate`] stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// Not a valid deflate stream (or cut short).
    Invalid,
    /// The output would exceed the limit.
    TooLarge,
}

/// The bytes the raw deflate stream `data` holds, at most `limit` of them.
pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let mut r = Reader { data, pos: 0, acc: 0, n: 0 };
    let mut out = Vec::new();
    loop {
        let last = r.bits(1)? == 1;
        match r.bits(2)? {
            0 => {
                // Stored: LEN and its complement, byte-aligned.
                r.acc = 0;
                r.n = 0;
                let len = r.bits(16)?;
                if r.bits(16)? != !len & 0xFFFF {
                    return Err(InflateError::Invalid);
                }
                let bytes = data.get(r.pos..r.pos + len as usize).ok_or(InflateError::Invalid)?;
                if out.len() + bytes.len() > limit {
                    return Err(InflateError::TooLarge);
                }
                out.extend_from_slice(bytes);
                r.pos += len as usize;
            }
            1 => {
                let mut lengths = [8u8; 288];
                lengths[144..256].fill(9);
                lengths[256..280].fill(7);
                let lit = Huffman::new(&lengths)?;
                let dist = Huffman::new(&[5; 30])?;
                codes(&mut r, &mut out, &lit, &dist, limit)?;
            }
            2 => {
                let (lit, dist) = dynamic_tables(&mut r)?;
                codes(&mut r, &mut out, &lit, &dist, limit)?;
            }
            _ => return Err(InflateError::Invalid),
        }
        if last {
            return Ok(out);
        }
    }
}

/// A little-endian bit reader.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    acc: u32,
    n: u32,
}

impl Reader<'_> {
    fn bits(&mut self, n: u32) -> Result<u32, InflateError> {
        while self.n < n {
            let b = *self.data.get(self.pos).ok_or(InflateError::Invalid)?;
            self.pos += 1;
            self.acc |= (b as u32) << self.n;
            self.n += 8;
        }
        let v = self.acc & ((1u64 << n) - 1) as u32;
        self.acc >>= n;
        self.n -= n;
        Ok(v)
    }
}

/// A canonical Huffman code: how many codes of each length, and the
/// symbols in code order.
struct Huffman {
    count: [u16; 16],
    symbol: Vec<u16>,
}

impl Huffman {
    fn new(lengths: &[u8]) -> Result<Huffman, InflateError> {
        let mut count = [0u16; 16];
        for &l in lengths {
            count[l as usize] += 1;
        }
        count[0] = 0;
        // Over-subscribed lengths are invalid; incomplete ones are allowed
        // (a single distance code is), and fail only if a missing code is read.
        let mut left: i32 = 1;
        for &c in &count[1..] {
            left = left * 2 - c as i32;
            if left < 0 {
                return Err(InflateError::Invalid);
            }
        }
        let mut offset = [0u16; 16];
        for l in 1..15 {
            offset[l + 1] = offset[l] + count[l];
        }
        let mut symbol = vec![0u16; lengths.len()];
        for (s, &l) in lengths.iter().enumerate() {
            if l != 0 {
                symbol[offset[l as usize] as usize] = s as u16;
                offset[l as usize] += 1;
            }
        }
        Ok(Huffman { count, symbol })
    }

    fn decode(&self, r: &mut Reader) -> Result<u16, InflateError> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for &count in &self.count[1..] {
            code |= r.bits(1)? as i32;
            let count = count as i32;
            if code - first < count {
                return Ok(self.symbol[(index + code - first) as usize]);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(InflateError::Invalid)
    }
}

/// A dynamic block's literal/length and distance codes.
fn dynamic_tables(r: &mut Reader) -> Result<(Huffman, Huffman), InflateError> {
    const ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    let nlen = r.bits(5)? as usize + 257;
    let ndist = r.bits(5)? as usize + 1;
    let ncode = r.bits(4)? as usize + 4;
    if nlen > 286 || ndist > 30 {
        return Err(InflateError::Invalid);
    }
    let mut cl = [0u8; 19];
    for &i in &ORDER[..ncode] {
        cl[i] = r.bits(3)? as u8;
    }
    let clh = Huffman::new(&cl)?;
    let mut lengths = vec![0u8; nlen + ndist];
    let mut i = 0;
    while i < lengths.len() {
        let sym = clh.decode(r)?;
        let (value, times) = match sym {
            0..=15 => (sym as u8, 1),
            16 => (*lengths[..i].last().ok_or(InflateError::Invalid)?, 3 + r.bits(2)?),
            17 => (0, 3 + r.bits(3)?),
            _ => (0, 11 + r.bits(7)?),
        };
        let end = i + times as usize;
        lengths.get_mut(i..end).ok_or(InflateError::Invalid)?.fill(value);
        i = end;
    }
    if lengths[256] == 0 {
        return Err(InflateError::Invalid);
    }
    Ok((Huffman::new(&lengths[..nlen])?, Huffman::new(&lengths[nlen..])?))
}

/// The literals and matches of one block, up to its end code.
fn codes(r: &mut Reader, out: &mut Vec<u8>, lit: &Huffman, dist: &Huffman, limit: usize) -> Result<(), InflateError> {
    loop {
        let sym = lit.decode(r)? as usize;
        if sym < 256 {
            if out.len() >= limit {
                return Err(InflateError::TooLarge);
            }
            out.push(sym as u8);
            continue;
        }
        if sym == 256 {
            return Ok(());
        }
        let k = sym - 257;
        let len = *LEN_BASE.get(k).ok_or(InflateError::Invalid)? as usize + r.bits(LEN_EXTRA[k] as u32)? as usize;
        let d = dist.decode(r)? as usize;
        let back = *DIST_BASE.get(d).ok_or(InflateError::Invalid)? as usize + r.bits(DIST_EXTRA[d] as u32)? as usize;
        if back > out.len() {
            return Err(InflateError::Invalid);
        }
        if out.len() + len > limit {
            return Err(InflateError::TooLarge);
        }
        let from = out.len() - back;
        for j in 0..len {
            out.push(out[from + j]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ours, checked against miniz's on the same stream.
    /// xorshift64: the next pseudo-random number of the sequence in `x`.
    fn xorshift(x: &mut u64) -> u64 {
        *x ^= *x << 13;
        *x ^= *x >> 7;
        *x ^= *x << 17;
        *x
    }

    fn unpack(packed: &[u8]) -> Vec<u8> {
        let ours = inflate(packed, usize::MAX).expect("a valid deflate stream");
        assert_eq!(Some(&ours), miniz_oxide::inflate::decompress_to_vec(packed).ok().as_ref());
        ours
    }

    #[test]
    fn round_trips_edge_cases() {
        let long_run = vec![b'a'; 100_000];
        let mut periodic = Vec::new();
        for i in 0..70_000u32 {
            periodic.push(b"async fn main() { tokio::spawn(); }"[(i % 35) as usize]);
        }
        let cases: Vec<&[u8]> = vec![b"", b"a", b"ab", b"abc", b"abcabc", b"abcabcabcabcabcabc", &long_run, &periodic, "é ü 中 🦀".as_bytes()];
        for data in cases {
            assert_eq!(unpack(&deflate(data)), data, "{} bytes", data.len());
        }
    }

    #[test]
    fn round_trips_random_bytes_and_random_text() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || xorshift(&mut x);
        for round in 0..200 {
            let len = (next() % 5000) as usize;
            // Small alphabets make many matches at every distance.
            let alphabet = 1 + (round % 8) as u64 * 32;
            let data: Vec<u8> = (0..len).map(|_| (next() % alphabet) as u8).collect();
            assert_eq!(unpack(&deflate(&data)), data, "round {round}");
        }
        // Matches across the whole 32 KiB window, and beyond it.
        let block: Vec<u8> = (0..40_000).map(|_| next() as u8).collect();
        let data = [&block[..], &block[..]].concat();
        assert_eq!(unpack(&deflate(&data)), data);
    }

    #[test]
    fn every_example_round_trips_within_a_quarter_of_miniz_level_9() {
        let (mut ours, mut theirs) = (0, 0);
        for e in crate::examples::EXAMPLES {
            let packed = deflate(e.source.as_bytes());
            assert_eq!(unpack(&packed), e.source.as_bytes(), "{}", e.file);
            ours += packed.len();
            theirs += miniz_oxide::deflate::compress_to_vec(e.source.as_bytes(), 9).len();
        }
        // Measured: 19,692 bytes against 16,066 (+23 %).
        assert!(ours * 4 <= theirs * 5, "ours {ours} bytes, miniz level 9 {theirs}");
    }

    #[test]
    fn reads_what_miniz_writes_at_every_level() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut inputs: Vec<Vec<u8>> = crate::examples::EXAMPLES.iter().map(|e| e.source.as_bytes().to_vec()).collect();
        inputs.push(Vec::new());
        inputs.push((0..70_000).map(|_| xorshift(&mut x) as u8).collect());
        for data in &inputs {
            for level in [0, 1, 6, 9, 10] {
                let packed = miniz_oxide::deflate::compress_to_vec(data, level);
                assert_eq!(inflate(&packed, usize::MAX).as_deref(), Ok(&data[..]), "level {level}, {} bytes", data.len());
            }
        }
    }

    #[test]
    fn stops_at_the_limit_and_on_damage_without_panicking() {
        let data = vec![b'x'; 10_000];
        let packed = deflate(&data);
        assert_eq!(inflate(&packed, 9_999), Err(InflateError::TooLarge));
        assert_eq!(inflate(&packed, 10_000).map(|v| v.len()), Ok(10_000));
        assert_eq!(inflate(&packed[..packed.len() - 1], usize::MAX), Err(InflateError::Invalid));
        assert_eq!(inflate(&[], usize::MAX), Err(InflateError::Invalid));
        // Random and mangled streams: an answer, never a panic.
        let good = miniz_oxide::deflate::compress_to_vec(crate::examples::EXAMPLES[0].source.as_bytes(), 9);
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for round in 0..3000 {
            xorshift(&mut x);
            let mut bytes = if round % 2 == 0 { good.clone() } else { (0..(x % 300) as usize).map(|i| (x >> (i % 56)) as u8).collect() };
            if !bytes.is_empty() {
                let i = (x % bytes.len() as u64) as usize;
                bytes[i] ^= (x >> 40) as u8 | 1;
            }
            let _ = inflate(&bytes, 1 << 20);
        }
    }
}
