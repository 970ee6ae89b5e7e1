//! A hand-written `fmt` and the caller's width, fill, precision and flags
//!
//! The spec of the placeholder (`{:>8}`, `{:*^9.2}`, `{:+}`, `{:#}`) is the
//! `Formatter`'s: `f.width()`, `f.precision()`, `f.fill()`, `f.align()`,
//! `f.sign_plus()` and `f.alternate()` read it. An impl that only `write!`s ignores
//! the width; `f.pad(s)` honours width, precision, fill and alignment (left by
//! default, as for a `str`), and so does forwarding to the inner value's impl
//! (`fmt::Display::fmt(&self.0, f)`, `self.0.fmt(f)`), which formats it with the same
//! spec. `write_str`, `write_char`, `write_fmt(format_args!(..))` and `writeln!`
//! write through unpadded.

use std::fmt::{self, Write};
use std::time::Duration;

struct Written(&'static str);

impl fmt::Display for Written {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

struct Padded(&'static str);

impl fmt::Display for Padded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.0)
    }
}

struct Millis(u64);

impl fmt::Display for Millis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)?;
        f.write_str("ms")
    }
}

struct Ratio(f64);

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Ratio<")?;
        fmt::Debug::fmt(&self.0, f)?;
        f.write_char('>')
    }
}

struct Wrapper(Padded);

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Display` is in scope inside its own impl: `f64`'s `Display::fmt`.
        self.0.fmt(f)?;
        f.write_str(" m")
    }
}

struct Flags;

impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "width={:?} precision={:?}", f.width(), f.precision())?;
        write!(f, "fill={:?} plus={} minus={} alt={} zero={}", f.fill(), f.sign_plus(), f.sign_minus(), f.alternate(), f.sign_aware_zero_pad())
    }
}

/// `f.align()`: the placeholder's alignment, `None` when it gives none.
struct Side(&'static str);

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = match f.align() {
            Some(fmt::Alignment::Left) => "left",
            Some(fmt::Alignment::Right) => "right",
            Some(fmt::Alignment::Center) => "center",
            None => "none",
        };
        write!(f, "{}:{side}:{:?}", self.0, f.align())
    }
}

struct Level(u8);

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.0 {
            0 => "debug",
            1 => "info",
            _ => "warn",
        };
        if f.alternate() {
            f.write_fmt(format_args!("{}:{}", self.0, name.to_uppercase()))
        } else {
            match f.width() {
                Some(w) => write!(f, "{name:>w$}|"),
                None => write!(f, "{name}|"),
            }
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    println!("[{:>8}] [{:>8}] [{:<8}] [{:^8}] [{:*^9}]", Written("ok"), Padded("ok"), Padded("ok"), Padded("ok"), Padded("ok"));
    println!("[{:.2}] [{:>6.3}] [{:-<7}]", Padded("truncated"), Padded("truncated"), Wrapper(Padded("w")));
    tokio::time::sleep(Duration::from_millis(250)).await;
    let took = Millis(start.elapsed().as_millis() as u64);
    println!("[{took}] [{took:>8}] [{took:08}] [{took:+}] [{took:<6}]");
    println!("[{}] [{:.2}] [{:>9.1}] [{:+.3}] [{:?}] [{:.1?}]", Ratio(0.5), Ratio(2.0 / 3.0), Ratio(1.25), Ratio(1.0), Ratio(0.1), Ratio(0.25));
    println!("[{}] [{:>8.2}] [{:<+7.1}]", Meters(1.5), Meters(2.0 / 3.0), Meters(12.25));
    println!("{} {:<3} {:>3} {:^3} {:*^}", Side("a"), Side("b"), Side("c"), Side("d"), Side("e"));
    println!("{}", Flags);
    println!("{:_>+#012.3}", Flags);
    for level in [Level(0), Level(1), Level(2)] {
        println!("{level} {level:6} {level:#}");
    }
    let line = format!("{:>5}|{:<5}|{}", Padded("a"), Written("b"), Level(1));
    println!("{line} ({} chars)", line.len());
}
