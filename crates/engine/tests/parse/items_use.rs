// Use trees: simple, renamed, nested, globs, `self`, leading `::`.
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, Mutex};
use tokio::sync::mpsc::error::{SendError, TryRecvError as TryErr};
use std::collections::*;
use std::io::{self, Write as _};
use ::std::fmt;
use crate::a::{b::{c, d::*}, e as f, self};
use super::x;
use {alpha, beta::gamma};
pub use std::time::Duration;
pub(crate) use std::time::Instant as Now;
extern crate tokio;
