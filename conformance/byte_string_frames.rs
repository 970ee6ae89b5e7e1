//! Frames as bytes: byte string literals, `from_utf8` and `from_utf8_lossy`
//!
//! A reader task receives raw frames over a channel and classifies them by matching the byte
//! slice against byte string patterns (`b"PING"`, a slice pattern on the first byte). A byte
//! string literal is a `&[u8; N]`; `std::str::from_utf8` reads ASCII text (a `u8`'s and a slice's `is_ascii*` tell), and
//! `String::from_utf8_lossy` turns an invalid sequence into U+FFFD.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

fn classify(frame: &[u8]) -> &'static str {
    match frame {
        b"PING" => "ping",
        b"QUIT" => "quit",
        [b'+', ..] => "simple string",
        [b':', ..] => "integer",
        _ => "unknown",
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Vec<u8>>(2);
    tokio::spawn(async move {
        let frames: [&[u8]; 5] = [b"PING", b"+OK\r\n", b":42\r\n", b"\xff\xfeoops", br"\QUIT"];
        for f in frames {
            sleep(Duration::from_millis(5)).await;
            tx.send(f.to_vec()).await.unwrap();
        }
        tx.send(b"QUIT".to_vec()).await.unwrap();
    });
    while let Some(frame) = rx.recv().await {
        let text = if frame.is_ascii() { std::str::from_utf8(&frame).unwrap().trim_end().to_string() } else { String::from_utf8_lossy(&frame).into_owned() };
        println!("{:>13}: {:?} {:?} ({} bytes)", classify(&frame), text, &frame[..frame.len().min(3)], frame.len());
        if frame == b"QUIT" {
            break;
        }
    }
    let header: &[u8] = b"get /index.html";
    let method: Vec<u8> = header.iter().take_while(|b| b.is_ascii_alphabetic()).map(|b| b.to_ascii_uppercase()).collect();
    println!("{} {}", String::from_utf8_lossy(&method), header[3].is_ascii_whitespace());
}
