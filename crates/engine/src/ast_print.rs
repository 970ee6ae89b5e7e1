//! Deterministic renderings of the syntax tree, for tests and debugging.
//!
//! [`print_file`] writes normalized Rust-like source in which every unary,
//! binary, cast, range and assignment expression is wrapped in parentheses,
//! so precedence and associativity are visible: `a + b * c` prints as
//! `(a + (b * c))`. Other conventions, chosen so that distinct trees print
//! differently:
//! - `Paren` prints its own parentheses, so `(a + b)` in the source prints
//!   as `((a + b))`;
//! - a `let` inside a condition chain prints as `(let p = e)`;
//! - attribute arguments print as quoted strings: `#[derive("Debug")]`;
//! - closure parameters without a type print as `x: _`;
//! - an unparsed macro prints as `name!(<unparsed>)`;
//! - `dyn Trait` and `impl Trait` both print as `impl Trait`, fn pointer
//!   types as `fn(..)`, the `Fn(A) -> B` sugar as `Fn<(A,), B>`.
//!
//! [`print_source`] writes the same tree as re-parseable source instead:
//! no added parentheses (only the tree's own `Paren` nodes), attribute
//! arguments as written. Parsing its output gives back a tree that
//! [`print_file`] prints identically (`tests/roundtrip.rs` checks this).
//!
//! [`print_spans`] lists every node with the source text its span covers.

use crate::ast::*;
use crate::span::Span;

/// Renders the whole file.
pub fn print_file(file: &File) -> String {
    print_file_with(file, false)
}

/// Renders the whole file as source that parses back to the same tree
/// (spans aside): operators get no parentheses beyond the `Paren` nodes the
/// tree has, which the parser kept from the original source.
pub fn print_source(file: &File) -> String {
    print_file_with(file, true)
}

fn print_file_with(file: &File, source: bool) -> String {
    let mut p = Printer { out: String::new(), indent: 0, source };
    for a in &file.attrs {
        p.attr(a);
        p.nl();
    }
    for item in &file.items {
        p.item(item);
        p.nl();
    }
    p.out
}

pub fn print_expr(e: &Expr) -> String {
    let mut p = Printer { out: String::new(), indent: 0, source: false };
    p.expr(e);
    p.out
}

pub fn print_pat(pat: &Pat) -> String {
    let mut p = Printer { out: String::new(), indent: 0, source: false };
    p.pat(pat);
    p.out
}

pub fn print_type(t: &Type) -> String {
    let mut p = Printer { out: String::new(), indent: 0, source: false };
    p.ty(t);
    p.out
}

struct Printer {
    out: String,
    indent: usize,
    /// Re-parseable source ([`print_source`]) rather than the normalized
    /// form with visible precedence.
    source: bool,
}

fn binop_str(op: BinOp) -> &'static str {
    op.symbol()
}

pub fn lit_str(l: &Lit) -> String {
    match l {
        Lit::Int { value, suffix } => format!("{value}{}", suffix.as_deref().unwrap_or("")),
        Lit::Float { value, suffix } => crate::float::debug(*value) + suffix.as_deref().unwrap_or(""),
        Lit::Bool(b) => b.to_string(),
        Lit::Char(c) => format!("{c:?}"),
        Lit::Str(s) => format!("{s:?}"),
        Lit::Byte(b) => {
            if b.is_ascii_graphic() || *b == b' ' {
                format!("b{:?}", *b as char)
            } else {
                format!("b'\\x{b:02x}'")
            }
        }
        Lit::ByteStr(bs) => {
            let mut s = String::from("b\"");
            for &b in bs {
                match b {
                    b'"' => s.push_str("\\\""),
                    b'\\' => s.push_str("\\\\"),
                    b' ' => s.push(' '),
                    _ if b.is_ascii_graphic() => s.push(b as char),
                    _ => s.push_str(&format!("\\x{b:02x}")),
                }
            }
            s.push('"');
            s
        }
    }
}

impl Printer {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// An identifier; in source mode a keyword is written raw (`r#match`),
    /// as the source must have spelled it.
    fn ident(&mut self, name: &str) {
        if self.source && crate::parser::is_keyword(name) && !matches!(name, "self" | "Self" | "super" | "crate") {
            self.w("r#");
        }
        self.w(name);
    }

    /// The parentheses that show precedence, only in the normalized form.
    fn open(&mut self) {
        if !self.source {
            self.w("(");
        }
    }

    fn close(&mut self) {
        if !self.source {
            self.w(")");
        }
    }

    fn nl(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }

    fn comma_list<T>(&mut self, xs: &[T], mut f: impl FnMut(&mut Self, &T)) {
        for (i, x) in xs.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            f(self, x);
        }
    }

    fn attr(&mut self, a: &Attr) {
        self.w(if a.inner { "#![" } else { "#[" });
        self.path(&a.path, false);
        if !a.args.is_empty() {
            self.w("(");
            if self.source {
                self.w(&a.args.join(", "));
            } else {
                let args: Vec<String> = a.args.iter().map(|s| format!("{s:?}")).collect();
                self.w(&args.join(", "));
            }
            self.w(")");
        }
        self.w("]");
    }

    fn path(&mut self, p: &Path, turbofish: bool) {
        let mut skip = 0;
        if let Some(q) = &p.qself {
            self.w("<");
            self.ty(&q.ty);
            if let Some(t) = &q.trait_ {
                self.w(" as ");
                self.path(t, false);
            }
            self.w(">::");
            skip = q.position;
        }
        for (i, seg) in p.segments.iter().enumerate().skip(skip) {
            if i > skip {
                self.w("::");
            }
            self.ident(&seg.ident.name);
            if !seg.generics.is_empty() {
                self.w(if turbofish { "::<" } else { "<" });
                self.comma_list(&seg.generics, |p, t| p.ty(t));
                self.w(">");
            }
        }
    }

    fn generics(&mut self, g: &[Ident]) {
        if !g.is_empty() {
            self.w("<");
            self.comma_list(g, |p, i| p.ident(&i.name));
            self.w(">");
        }
    }

    fn items_block(&mut self, items: &[Item]) {
        self.items_block_with(&[], items);
    }

    fn items_block_with(&mut self, inner: &[&Attr], items: &[Item]) {
        if inner.is_empty() && items.is_empty() {
            self.w("{}");
            return;
        }
        self.w("{");
        self.indent += 1;
        for a in inner {
            self.nl();
            self.attr(a);
        }
        for it in items {
            self.nl();
            self.item(it);
        }
        self.indent -= 1;
        self.nl();
        self.w("}");
    }

    fn item(&mut self, item: &Item) {
        // In source, a module's inner attributes go inside its braces.
        let source = self.source;
        for a in item.attrs.iter().filter(|a| !(source && a.inner)) {
            self.attr(a);
            self.nl();
        }
        if item.is_pub {
            self.w("pub ");
        }
        match &item.kind {
            ItemKind::Use(t) => {
                self.w("use ");
                self.use_tree(t);
                self.w(";");
            }
            ItemKind::Fn(f) => self.fn_decl(f),
            ItemKind::Struct(s) => {
                self.w("struct ");
                self.ident(&s.name.name);
                self.generics(&s.generics);
                self.fields(&s.fields);
                if !matches!(s.fields, Fields::Named(_)) {
                    self.w(";");
                }
            }
            ItemKind::Enum(e) => {
                self.w("enum ");
                self.ident(&e.name.name);
                self.generics(&e.generics);
                if e.variants.is_empty() {
                    self.w(" {}");
                    return;
                }
                self.w(" {");
                self.indent += 1;
                for v in &e.variants {
                    self.nl();
                    self.ident(&v.name.name);
                    self.fields(&v.fields);
                    if let Some(d) = &v.discriminant {
                        self.w(" = ");
                        self.expr(d);
                    }
                    self.w(",");
                }
                self.indent -= 1;
                self.nl();
                self.w("}");
            }
            ItemKind::Impl(i) => {
                self.w("impl");
                self.generics(&i.generics);
                self.w(" ");
                if let Some(t) = &i.trait_ {
                    self.path(t, false);
                    self.w(" for ");
                }
                self.ty(&i.self_ty);
                self.w(" ");
                self.items_block(&i.items);
            }
            ItemKind::Const { name, ty, value, is_static } => {
                self.w(if *is_static { "static " } else { "const " });
                self.ident(&name.name);
                self.w(": ");
                self.ty(ty);
                if let Some(value) = value {
                    self.w(" = ");
                    self.expr(value);
                }
                self.w(";");
            }
            ItemKind::Mod { name, items } => {
                self.w("mod ");
                self.ident(&name.name);
                self.w(" ");
                let inner: Vec<&Attr> = if self.source { item.attrs.iter().filter(|a| a.inner).collect() } else { vec![] };
                self.items_block_with(&inner, items);
            }
            ItemKind::TypeAlias { name, generics, ty } => {
                self.w("type ");
                self.ident(&name.name);
                self.generics(generics);
                // A trait's associated type.
                if ty.kind != TypeKind::Infer {
                    self.w(" = ");
                    self.ty(ty);
                }
                self.w(";");
            }
            ItemKind::Trait { name, supertraits, items, .. } => {
                self.w("trait ");
                self.ident(&name.name);
                for (i, p) in supertraits.iter().enumerate() {
                    self.w(if i == 0 { ": " } else { " + " });
                    self.path(p, false);
                }
                self.w(" ");
                self.items_block_with(&[], items);
            }
        }
    }

    fn fields(&mut self, f: &Fields) {
        match f {
            Fields::Unit => {}
            Fields::Tuple(ts) => {
                self.w("(");
                self.comma_list(ts, |p, t| p.ty(t));
                self.w(")");
            }
            Fields::Named(fs) => {
                if fs.is_empty() {
                    self.w(" {}");
                    return;
                }
                self.w(" {");
                self.indent += 1;
                for (name, ty) in fs {
                    self.nl();
                    self.ident(&name.name);
                    self.w(": ");
                    self.ty(ty);
                    self.w(",");
                }
                self.indent -= 1;
                self.nl();
                self.w("}");
            }
        }
    }

    fn use_tree(&mut self, t: &UseTree) {
        for (i, seg) in t.prefix.iter().enumerate() {
            if i > 0 {
                self.w("::");
            }
            self.ident(&seg.name);
        }
        let prefix = &t.prefix;
        match &t.kind {
            UseTreeKind::Simple { rename } => {
                if let Some(r) = rename {
                    self.w(" as ");
                    self.ident(&r.name);
                }
            }
            UseTreeKind::Glob => {
                if !prefix.is_empty() {
                    self.w("::");
                }
                self.w("*");
            }
            UseTreeKind::Nested(ts) => {
                if !prefix.is_empty() {
                    self.w("::");
                }
                self.w("{");
                self.comma_list(ts, |p, t| p.use_tree(t));
                self.w("}");
            }
        }
    }

    fn fn_decl(&mut self, f: &FnDecl) {
        if f.is_async {
            self.w("async ");
        }
        if f.is_unsafe {
            self.w("unsafe ");
        }
        self.w("fn ");
        self.ident(&f.name.name);
        self.generics(&f.generics);
        self.w("(");
        let mut first = true;
        if let Some(s) = &f.self_param {
            self.w(match (s.is_ref, s.is_mut) {
                (false, false) => "self",
                (false, true) => "mut self",
                (true, false) => "&self",
                (true, true) => "&mut self",
            });
            if let Some(t) = &s.ty {
                self.w(": ");
                self.ty(t);
            }
            first = false;
        }
        for prm in &f.params {
            if !first {
                self.w(", ");
            }
            first = false;
            self.param(prm);
        }
        self.w(")");
        if let Some(r) = &f.ret {
            self.w(" -> ");
            self.ty(r);
        }
        if f.has_body {
            self.w(" ");
            self.block(&f.body);
        } else {
            self.w(";");
        }
    }

    fn param(&mut self, prm: &Param) {
        self.pat(&prm.pat);
        self.w(": ");
        self.ty(&prm.ty);
    }

    fn ty(&mut self, t: &Type) {
        match &t.kind {
            TypeKind::Path(p) => self.path(p, false),
            TypeKind::Ref { is_mut, inner } => {
                self.w(if *is_mut { "&mut " } else { "&" });
                self.ty(inner);
            }
            TypeKind::Tuple(ts) => {
                self.w("(");
                self.comma_list(ts, |p, t| p.ty(t));
                if ts.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            TypeKind::Array { elem, len } => {
                self.w("[");
                self.ty(elem);
                if let Some(l) = len {
                    self.w("; ");
                    self.expr(l);
                }
                self.w("]");
            }
            TypeKind::Impl(p) => {
                self.w("impl ");
                self.path(p, false);
            }
            TypeKind::FnPtr => self.w(if self.source { "fn()" } else { "fn(..)" }),
            TypeKind::Infer => self.w("_"),
            TypeKind::Never => self.w("!"),
        }
    }

    fn block(&mut self, b: &Block) {
        if b.stmts.is_empty() {
            self.w("{}");
            return;
        }
        self.w("{");
        self.indent += 1;
        for (i, s) in b.stmts.iter().enumerate() {
            self.nl();
            // A macro statement without `;` before another statement had
            // braces (`m! {}`): with parentheses it would take in what
            // follows (`m!() - 1`).
            if let StmtKind::Expr { expr: Expr { kind: ExprKind::Macro(m), .. }, semi: false } = &s.kind
                && self.source
                && i + 1 < b.stmts.len()
            {
                self.mac(m, true);
                continue;
            }
            self.stmt(s);
        }
        self.indent -= 1;
        self.nl();
        self.w("}");
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Let { pat, ty, init, else_block } => {
                self.w("let ");
                self.pat(pat);
                if let Some(t) = ty {
                    self.w(": ");
                    self.ty(t);
                }
                if let Some(e) = init {
                    self.w(" = ");
                    self.expr(e);
                }
                if let Some(b) = else_block {
                    self.w(" else ");
                    self.block(b);
                }
                self.w(";");
            }
            StmtKind::Expr { expr, semi } => {
                self.expr(expr);
                if *semi {
                    self.w(";");
                }
            }
            StmtKind::Item(item) => self.item(item),
            StmtKind::Empty => self.w(";"),
        }
    }

    fn label(&mut self, l: &Option<Ident>) {
        if let Some(l) = l {
            self.ident(&l.name);
            self.w(": ");
        }
    }

    fn cond(&mut self, e: &Expr) {
        if let ExprKind::Let { pat, expr } = &e.kind {
            self.w("let ");
            self.pat(pat);
            self.w(" = ");
            self.expr(expr);
        } else {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Lit(l) => self.w(&lit_str(l)),
            ExprKind::Path(p) => self.path(p, true),
            ExprKind::Tuple(es) => {
                self.w("(");
                self.comma_list(es, |p, e| p.expr(e));
                if es.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            ExprKind::Paren(inner) => {
                self.w("(");
                self.expr(inner);
                self.w(")");
            }
            ExprKind::Array(es) => {
                self.w("[");
                self.comma_list(es, |p, e| p.expr(e));
                self.w("]");
            }
            ExprKind::ArrayRepeat { value, count } => {
                self.w("[");
                self.expr(value);
                self.w("; ");
                self.expr(count);
                self.w("]");
            }
            ExprKind::Unary(op, inner) => {
                self.open();
                self.w(match op {
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::Deref => "*",
                });
                self.expr(inner);
                self.close();
            }
            ExprKind::Ref { is_mut, expr } => {
                self.open();
                self.w(if *is_mut { "&mut " } else { "&" });
                self.expr(expr);
                self.close();
            }
            ExprKind::Binary(op, l, r) => {
                self.open();
                self.expr(l);
                self.w(" ");
                self.w(binop_str(*op));
                self.w(" ");
                self.expr(r);
                self.close();
            }
            ExprKind::Assign(l, r) => {
                self.open();
                self.expr(l);
                self.w(" = ");
                self.expr(r);
                self.close();
            }
            ExprKind::AssignOp(op, l, r) => {
                self.open();
                self.expr(l);
                self.w(" ");
                self.w(binop_str(*op));
                self.w("= ");
                self.expr(r);
                self.close();
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                self.w("(");
                self.comma_list(args, |p, e| p.expr(e));
                self.w(")");
            }
            ExprKind::MethodCall { receiver, method, generics, args } => {
                self.expr(receiver);
                self.w(".");
                self.ident(&method.name);
                if !generics.is_empty() {
                    self.w("::<");
                    self.comma_list(generics, |p, t| p.ty(t));
                    self.w(">");
                }
                self.w("(");
                self.comma_list(args, |p, e| p.expr(e));
                self.w(")");
            }
            ExprKind::Field(inner, name) => {
                self.expr(inner);
                self.w(".");
                self.ident(&name.name);
            }
            ExprKind::TupleField(inner, i, _) => {
                self.expr(inner);
                self.w(&format!(".{i}"));
            }
            ExprKind::Index(a, i) => {
                self.expr(a);
                self.w("[");
                self.expr(i);
                self.w("]");
            }
            ExprKind::Await { expr, .. } => {
                self.expr(expr);
                self.w(".await");
            }
            ExprKind::Try(inner) => {
                self.expr(inner);
                self.w("?");
            }
            ExprKind::Cast(inner, t) => {
                self.open();
                self.expr(inner);
                self.w(" as ");
                self.ty(t);
                self.close();
            }
            ExprKind::Block { block, label } => {
                self.label(label);
                self.block(block);
            }
            ExprKind::Async { is_move, block } => {
                self.w(if *is_move { "async move " } else { "async " });
                self.block(block);
            }
            ExprKind::Unsafe(b) => {
                self.w("unsafe ");
                self.block(b);
            }
            ExprKind::If { cond, then, else_ } => {
                self.w("if ");
                self.cond(cond);
                self.w(" ");
                self.block(then);
                if let Some(e) = else_ {
                    self.w(" else ");
                    self.expr(e);
                }
            }
            ExprKind::Let { pat, expr } => {
                self.open();
                self.w("let ");
                self.pat(pat);
                self.w(" = ");
                self.expr(expr);
                self.close();
            }
            ExprKind::Match { scrutinee, arms } => {
                self.w("match ");
                self.expr(scrutinee);
                if arms.is_empty() {
                    self.w(" {}");
                    return;
                }
                self.w(" {");
                self.indent += 1;
                for arm in arms {
                    self.nl();
                    self.pat(&arm.pat);
                    if let Some(g) = &arm.guard {
                        self.w(" if ");
                        self.expr(g);
                    }
                    self.w(" => ");
                    self.expr(&arm.body);
                    self.w(",");
                }
                self.indent -= 1;
                self.nl();
                self.w("}");
            }
            ExprKind::While { cond, body, label } => {
                self.label(label);
                self.w("while ");
                self.cond(cond);
                self.w(" ");
                self.block(body);
            }
            ExprKind::Loop { body, label } => {
                self.label(label);
                self.w("loop ");
                self.block(body);
            }
            ExprKind::For { pat, iter, body, label } => {
                self.label(label);
                self.w("for ");
                self.pat(pat);
                self.w(" in ");
                self.expr(iter);
                self.w(" ");
                self.block(body);
            }
            ExprKind::Break { label, value } => {
                self.w("break");
                if let Some(l) = label {
                    self.w(" ");
                    self.ident(&l.name);
                }
                if let Some(v) = value {
                    self.w(" ");
                    self.expr(v);
                }
            }
            ExprKind::Continue { label } => {
                self.w("continue");
                if let Some(l) = label {
                    self.w(" ");
                    self.ident(&l.name);
                }
            }
            ExprKind::Return(v) => {
                self.w("return");
                if let Some(v) = v {
                    self.w(" ");
                    self.expr(v);
                }
            }
            ExprKind::Range { start, end, inclusive } => {
                self.open();
                if let Some(s) = start {
                    self.expr(s);
                }
                self.w(if *inclusive { "..=" } else { ".." });
                if let Some(e) = end {
                    self.expr(e);
                }
                self.close();
            }
            ExprKind::StructLit { path, fields, base } => {
                self.path(path, true);
                if fields.is_empty() && base.is_none() {
                    self.w(" {}");
                    return;
                }
                self.w(" { ");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.ident(&f.name.name);
                    if !f.shorthand {
                        self.w(": ");
                        self.expr(&f.value);
                    }
                }
                if let Some(b) = base {
                    if !fields.is_empty() {
                        self.w(", ");
                    }
                    self.w("..");
                    self.expr(b);
                }
                self.w(" }");
            }
            ExprKind::Macro(m) => self.mac(m, false),
            ExprKind::Closure { is_move, is_async, params, ret, body } => {
                if *is_async {
                    self.w("async ");
                }
                if *is_move {
                    self.w("move ");
                }
                self.w("|");
                self.comma_list(params, |p, prm| p.param(prm));
                self.w("| ");
                if let Some(r) = ret {
                    self.w("-> ");
                    self.ty(r);
                    self.w(" ");
                }
                self.expr(body);
            }
        }
    }

    fn mac(&mut self, m: &MacroCall, braces: bool) {
        self.path(&m.path, true);
        self.w("!");
        let (open, close) = if braces { (" { ", " }") } else { ("(", ")") };
        match &m.args {
            MacroArgs::Exprs(es) => {
                self.w(open);
                if m.biased {
                    self.w("biased; ");
                }
                self.comma_list(es, |p, e| p.expr(e));
                self.w(close);
            }
            MacroArgs::Repeat { value, count } => {
                self.w(if braces { open } else { "[" });
                self.expr(value);
                self.w("; ");
                self.expr(count);
                self.w(if braces { close } else { "]" });
            }
            MacroArgs::Matches { expr, pat, guard } => {
                self.w(open);
                self.expr(expr);
                self.w(", ");
                self.pat(pat);
                if let Some(g) = guard {
                    self.w(" if ");
                    self.expr(g);
                }
                self.w(close);
            }
            MacroArgs::Select(sel) => {
                self.w(" { ");
                if sel.biased {
                    self.w("biased; ");
                }
                for b in &sel.branches {
                    self.pat(&b.pat);
                    self.w(" = ");
                    self.expr(&b.fut);
                    if let Some(c) = &b.cond {
                        self.w(", if ");
                        self.expr(c);
                    }
                    self.w(" => ");
                    self.expr(&b.body);
                    self.w(", ");
                }
                if let Some(e) = &sel.else_ {
                    self.w("else => ");
                    self.expr(e);
                    self.w(", ");
                }
                self.w("}");
            }
            // Source mode: arguments that are no expressions, which parse
            // as unparsed again.
            MacroArgs::Unparsed => self.w(if self.source { "{ => }" } else { "(<unparsed>)" }),
        }
    }

    fn pat(&mut self, p: &Pat) {
        match &p.kind {
            PatKind::Wild => self.w("_"),
            PatKind::Rest => self.w(".."),
            PatKind::Ident { name, is_mut, by_ref, sub } => {
                if *by_ref {
                    self.w("ref ");
                }
                if *is_mut {
                    self.w("mut ");
                }
                self.ident(&name.name);
                if let Some(s) = sub {
                    self.w(" @ ");
                    self.pat_nested(s);
                }
            }
            PatKind::Lit(l, neg) => {
                if *neg {
                    self.w("-");
                }
                self.w(&lit_str(l));
            }
            PatKind::Range { start, end, inclusive } => {
                if let Some(s) = start {
                    self.pat(s);
                }
                self.w(if *inclusive { "..=" } else { ".." });
                if let Some(e) = end {
                    self.pat(e);
                }
            }
            PatKind::Tuple(ps) => {
                self.w("(");
                self.comma_list(ps, |p, x| p.pat(x));
                if ps.len() == 1 {
                    self.w(",");
                }
                self.w(")");
            }
            PatKind::Slice(ps) => {
                self.w("[");
                self.comma_list(ps, |p, x| p.pat(x));
                self.w("]");
            }
            PatKind::Path(path) => self.path(path, true),
            PatKind::TupleStruct(path, ps) => {
                self.path(path, true);
                self.w("(");
                self.comma_list(ps, |p, x| p.pat(x));
                self.w(")");
            }
            PatKind::Struct(path, fields, rest) => {
                self.path(path, true);
                self.w(" { ");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    let shorthand = matches!(&f.pat.kind, PatKind::Ident { name, sub: None, .. } if name.name == f.name.name);
                    if !shorthand {
                        self.ident(&f.name.name);
                        self.w(": ");
                    }
                    self.pat(&f.pat);
                }
                if *rest {
                    if !fields.is_empty() {
                        self.w(", ");
                    }
                    self.w("..");
                }
                self.w(" }");
            }
            PatKind::Or(ps) => {
                for (i, x) in ps.iter().enumerate() {
                    if i > 0 {
                        self.w(" | ");
                    }
                    self.pat(x);
                }
            }
            PatKind::Ref(inner, is_mut) => {
                self.w(if *is_mut { "&mut " } else { "&" });
                self.pat_nested(inner);
            }
        }
    }

    /// A pattern under `&` or `@`: an or-pattern needs parentheses there.
    fn pat_nested(&mut self, p: &Pat) {
        if matches!(p.kind, PatKind::Or(_)) {
            self.w("(");
            self.pat(p);
            self.w(")");
        } else {
            self.pat(p);
        }
    }
}

// ---------------------------------------------------------------------------
// Span listing

/// One node of the tree: its nesting depth, a label and its span.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanEntry {
    pub depth: usize,
    pub label: String,
    pub span: Span,
}

/// Every node in pre-order (items, statements, expressions, patterns,
/// types, blocks, idents of declarations, and the extra spans some nodes
/// carry: `await_span`, `name_span`, `sig_span`).
pub fn spans(file: &File) -> Vec<SpanEntry> {
    let mut w = SpanWalker { out: Vec::new(), depth: 0 };
    for a in &file.attrs {
        w.push("Attr", a.span);
    }
    for i in &file.items {
        w.item(i);
    }
    w.out
}

/// [`spans`] as text: one node per line, indented by depth, with the source
/// text its span covers.
pub fn print_spans(file: &File, src: &str) -> String {
    let mut out = String::new();
    for e in spans(file) {
        let text = src.get(e.span.start as usize..e.span.end as usize).unwrap_or("<out of bounds>");
        let shown = if text.contains('\n') {
            let first = text.lines().next().unwrap_or("");
            let last = text.lines().last().unwrap_or("");
            format!("{first} ... {}", last.trim_start())
        } else {
            text.to_string()
        };
        out.push_str(&"  ".repeat(e.depth));
        out.push_str(&e.label);
        out.push_str(" `");
        out.push_str(&shown);
        out.push_str("`\n");
    }
    out
}

struct SpanWalker {
    out: Vec<SpanEntry>,
    depth: usize,
}

impl SpanWalker {
    fn push(&mut self, label: &str, span: Span) {
        self.out.push(SpanEntry { depth: self.depth, label: label.to_string(), span });
    }

    fn node(&mut self, label: &str, span: Span, f: impl FnOnce(&mut Self)) {
        self.push(label, span);
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn ident(&mut self, what: &str, i: &Ident) {
        self.push(&format!("Ident({what})"), i.span);
    }

    fn item(&mut self, item: &Item) {
        for a in &item.attrs {
            self.push("Attr", a.span);
        }
        let label = match &item.kind {
            ItemKind::Use(_) => "Item::Use",
            ItemKind::Fn(_) => "Item::Fn",
            ItemKind::Struct(_) => "Item::Struct",
            ItemKind::Enum(_) => "Item::Enum",
            ItemKind::Impl(_) => "Item::Impl",
            ItemKind::Const { .. } => "Item::Const",
            ItemKind::Mod { .. } => "Item::Mod",
            ItemKind::TypeAlias { .. } => "Item::TypeAlias",
            ItemKind::Trait { .. } => "Item::Trait",
        };
        self.node(label, item.span, |w| match &item.kind {
            ItemKind::Use(t) => w.use_tree(t),
            ItemKind::Fn(f) => {
                w.push("FnSig", f.sig_span);
                w.ident("fn", &f.name);
                if let Some(s) = &f.self_param {
                    w.push("SelfParam", s.span);
                    if let Some(t) = &s.ty {
                        w.ty(t);
                    }
                }
                for p in &f.params {
                    w.pat(&p.pat);
                    w.ty(&p.ty);
                }
                if let Some(r) = &f.ret {
                    w.ty(r);
                }
                w.block(&f.body);
            }
            ItemKind::Struct(s) => {
                w.ident("struct", &s.name);
                w.fields(&s.fields);
            }
            ItemKind::Enum(e) => {
                w.ident("enum", &e.name);
                for v in &e.variants {
                    w.ident("variant", &v.name);
                    w.fields(&v.fields);
                    if let Some(d) = &v.discriminant {
                        w.expr(d);
                    }
                }
            }
            ItemKind::Impl(i) => {
                if let Some(t) = &i.trait_ {
                    w.push("Path", t.span);
                }
                w.ty(&i.self_ty);
                for it in &i.items {
                    w.item(it);
                }
            }
            ItemKind::Const { name, ty, value, .. } => {
                w.ident("const", name);
                w.ty(ty);
                if let Some(value) = value {
                    w.expr(value);
                }
            }
            ItemKind::Mod { name, items } => {
                w.ident("mod", name);
                for it in items {
                    w.item(it);
                }
            }
            ItemKind::TypeAlias { name, ty, .. } => {
                w.ident("type", name);
                w.ty(ty);
            }
            ItemKind::Trait { name, items, .. } => {
                w.ident("trait", name);
                for it in items {
                    w.item(it);
                }
            }
        });
    }

    fn use_tree(&mut self, t: &UseTree) {
        self.node("UseTree", t.span, |w| {
            for i in &t.prefix {
                w.ident("use", i);
            }
            match &t.kind {
                UseTreeKind::Simple { rename: Some(r) } => w.ident("rename", r),
                UseTreeKind::Nested(ts) => {
                    for t in ts {
                        w.use_tree(t);
                    }
                }
                _ => {}
            }
        });
    }

    fn fields(&mut self, f: &Fields) {
        match f {
            Fields::Unit => {}
            Fields::Tuple(ts) => {
                for t in ts {
                    self.ty(t);
                }
            }
            Fields::Named(fs) => {
                for (n, t) in fs {
                    self.ident("field", n);
                    self.ty(t);
                }
            }
        }
    }

    fn block(&mut self, b: &Block) {
        self.node("Block", b.span, |w| {
            for s in &b.stmts {
                w.stmt(s);
            }
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        let label = match &s.kind {
            StmtKind::Let { .. } => "Stmt::Let",
            StmtKind::Expr { semi: true, .. } => "Stmt::Expr;",
            StmtKind::Expr { semi: false, .. } => "Stmt::Expr",
            StmtKind::Item(_) => "Stmt::Item",
            StmtKind::Empty => "Stmt::Empty",
        };
        self.node(label, s.span, |w| match &s.kind {
            StmtKind::Let { pat, ty, init, else_block } => {
                w.pat(pat);
                if let Some(t) = ty {
                    w.ty(t);
                }
                if let Some(e) = init {
                    w.expr(e);
                }
                if let Some(b) = else_block {
                    w.block(b);
                }
            }
            StmtKind::Expr { expr, .. } => w.expr(expr),
            StmtKind::Item(i) => w.item(i),
            StmtKind::Empty => {}
        });
    }

    fn path_generics(&mut self, p: &Path) {
        if let Some(q) = &p.qself {
            self.ty(&q.ty);
            if let Some(t) = &q.trait_ {
                self.path_generics(t);
            }
        }
        let skip = p.qself.as_ref().map_or(0, |q| q.position);
        for s in p.segments.iter().skip(skip) {
            for t in &s.generics {
                self.ty(t);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        let label = match &e.kind {
            ExprKind::Lit(_) => "Lit",
            ExprKind::Path(_) => "Path",
            ExprKind::Tuple(_) => "Tuple",
            ExprKind::Paren(_) => "Paren",
            ExprKind::Array(_) => "Array",
            ExprKind::ArrayRepeat { .. } => "ArrayRepeat",
            ExprKind::Unary(..) => "Unary",
            ExprKind::Ref { .. } => "Ref",
            ExprKind::Binary(..) => "Binary",
            ExprKind::Assign(..) => "Assign",
            ExprKind::AssignOp(..) => "AssignOp",
            ExprKind::Call { .. } => "Call",
            ExprKind::MethodCall { .. } => "MethodCall",
            ExprKind::Field(..) => "Field",
            ExprKind::TupleField(..) => "TupleField",
            ExprKind::Index(..) => "Index",
            ExprKind::Await { .. } => "Await",
            ExprKind::Try(_) => "Try",
            ExprKind::Cast(..) => "Cast",
            ExprKind::Block { .. } => "BlockExpr",
            ExprKind::Async { .. } => "Async",
            ExprKind::Unsafe(_) => "Unsafe",
            ExprKind::If { .. } => "If",
            ExprKind::Let { .. } => "Let",
            ExprKind::Match { .. } => "Match",
            ExprKind::While { .. } => "While",
            ExprKind::Loop { .. } => "Loop",
            ExprKind::For { .. } => "For",
            ExprKind::Break { .. } => "Break",
            ExprKind::Continue { .. } => "Continue",
            ExprKind::Return(_) => "Return",
            ExprKind::Range { .. } => "Range",
            ExprKind::StructLit { .. } => "StructLit",
            ExprKind::Macro(_) => "Macro",
            ExprKind::Closure { .. } => "Closure",
        };
        self.node(label, e.span, |w| match &e.kind {
            ExprKind::Lit(_) | ExprKind::Continue { label: None } => {}
            ExprKind::Path(p) => w.path_generics(p),
            ExprKind::Tuple(es) | ExprKind::Array(es) => {
                for e in es {
                    w.expr(e);
                }
            }
            ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Ref { expr: x, .. } | ExprKind::Try(x) => w.expr(x),
            ExprKind::ArrayRepeat { value, count } => {
                w.expr(value);
                w.expr(count);
            }
            ExprKind::Binary(_, l, r) | ExprKind::Assign(l, r) | ExprKind::AssignOp(_, l, r) | ExprKind::Index(l, r) => {
                w.expr(l);
                w.expr(r);
            }
            ExprKind::Call { func, args } => {
                w.expr(func);
                for a in args {
                    w.expr(a);
                }
            }
            ExprKind::MethodCall { receiver, method, generics, args } => {
                w.expr(receiver);
                w.ident("method", method);
                for t in generics {
                    w.ty(t);
                }
                for a in args {
                    w.expr(a);
                }
            }
            ExprKind::Field(x, name) => {
                w.expr(x);
                w.ident("field", name);
            }
            ExprKind::TupleField(x, _, s) => {
                w.expr(x);
                w.push("Index", *s);
            }
            ExprKind::Await { expr, await_span } => {
                w.expr(expr);
                w.push("AwaitSpan", *await_span);
            }
            ExprKind::Cast(x, t) => {
                w.expr(x);
                w.ty(t);
            }
            ExprKind::Block { block, label } => {
                if let Some(l) = label {
                    w.ident("label", l);
                }
                w.block(block);
            }
            ExprKind::Async { block, .. } | ExprKind::Unsafe(block) => w.block(block),
            ExprKind::If { cond, then, else_ } => {
                w.expr(cond);
                w.block(then);
                if let Some(e) = else_ {
                    w.expr(e);
                }
            }
            ExprKind::Let { pat, expr } => {
                w.pat(pat);
                w.expr(expr);
            }
            ExprKind::Match { scrutinee, arms } => {
                w.expr(scrutinee);
                for a in arms {
                    w.node("Arm", a.span, |w| {
                        w.pat(&a.pat);
                        if let Some(g) = &a.guard {
                            w.expr(g);
                        }
                        w.expr(&a.body);
                    });
                }
            }
            ExprKind::While { cond, body, label } => {
                if let Some(l) = label {
                    w.ident("label", l);
                }
                w.expr(cond);
                w.block(body);
            }
            ExprKind::Loop { body, label } => {
                if let Some(l) = label {
                    w.ident("label", l);
                }
                w.block(body);
            }
            ExprKind::For { pat, iter, body, label } => {
                if let Some(l) = label {
                    w.ident("label", l);
                }
                w.pat(pat);
                w.expr(iter);
                w.block(body);
            }
            ExprKind::Break { label, value } => {
                if let Some(l) = label {
                    w.ident("label", l);
                }
                if let Some(v) = value {
                    w.expr(v);
                }
            }
            ExprKind::Continue { label: Some(l) } => w.ident("label", l),
            ExprKind::Return(v) => {
                if let Some(v) = v {
                    w.expr(v);
                }
            }
            ExprKind::Range { start, end, .. } => {
                if let Some(s) = start {
                    w.expr(s);
                }
                if let Some(e) = end {
                    w.expr(e);
                }
            }
            ExprKind::StructLit { path, fields, base } => {
                w.push("Path", path.span);
                for f in fields {
                    w.ident("field", &f.name);
                    w.expr(&f.value);
                }
                if let Some(b) = base {
                    w.expr(b);
                }
            }
            ExprKind::Macro(m) => {
                w.push("MacroName", m.name_span);
                match &m.args {
                    MacroArgs::Exprs(es) => {
                        for e in es {
                            w.expr(e);
                        }
                    }
                    MacroArgs::Repeat { value, count } => {
                        w.expr(value);
                        w.expr(count);
                    }
                    MacroArgs::Matches { expr, pat, guard } => {
                        w.expr(expr);
                        w.pat(pat);
                        if let Some(g) = guard {
                            w.expr(g);
                        }
                    }
                    MacroArgs::Select(sel) => {
                        for b in &sel.branches {
                            w.pat(&b.pat);
                            w.expr(&b.fut);
                            if let Some(c) = &b.cond {
                                w.expr(c);
                            }
                            w.expr(&b.body);
                        }
                        if let Some(e) = &sel.else_ {
                            w.expr(e);
                        }
                    }
                    MacroArgs::Unparsed => {}
                }
            }
            ExprKind::Closure { params, ret, body, .. } => {
                for p in params {
                    w.pat(&p.pat);
                    w.ty(&p.ty);
                }
                if let Some(r) = ret {
                    w.ty(r);
                }
                w.expr(body);
            }
        });
    }

    fn pat(&mut self, p: &Pat) {
        let label = match &p.kind {
            PatKind::Wild => "Pat::Wild",
            PatKind::Rest => "Pat::Rest",
            PatKind::Ident { .. } => "Pat::Ident",
            PatKind::Lit(..) => "Pat::Lit",
            PatKind::Range { .. } => "Pat::Range",
            PatKind::Tuple(_) => "Pat::Tuple",
            PatKind::Slice(_) => "Pat::Slice",
            PatKind::Path(_) => "Pat::Path",
            PatKind::TupleStruct(..) => "Pat::TupleStruct",
            PatKind::Struct(..) => "Pat::Struct",
            PatKind::Or(_) => "Pat::Or",
            PatKind::Ref(_, false) => "Pat::Ref",
            PatKind::Ref(_, true) => "Pat::RefMut",
        };
        self.node(label, p.span, |w| match &p.kind {
            PatKind::Ident { name, sub, .. } => {
                w.ident("binding", name);
                if let Some(s) = sub {
                    w.pat(s);
                }
            }
            PatKind::Range { start, end, .. } => {
                if let Some(s) = start {
                    w.pat(s);
                }
                if let Some(e) = end {
                    w.pat(e);
                }
            }
            PatKind::Tuple(ps) | PatKind::Slice(ps) | PatKind::Or(ps) => {
                for x in ps {
                    w.pat(x);
                }
            }
            PatKind::Path(path) => w.path_generics(path),
            PatKind::TupleStruct(path, ps) => {
                w.push("Path", path.span);
                for x in ps {
                    w.pat(x);
                }
            }
            PatKind::Struct(path, fields, _) => {
                w.push("Path", path.span);
                for f in fields {
                    w.ident("field", &f.name);
                    w.pat(&f.pat);
                }
            }
            PatKind::Ref(x, _) => w.pat(x),
            PatKind::Wild | PatKind::Rest | PatKind::Lit(..) => {}
        });
    }

    fn ty(&mut self, t: &Type) {
        let label = match &t.kind {
            TypeKind::Path(_) => "Type::Path",
            TypeKind::Ref { .. } => "Type::Ref",
            TypeKind::Tuple(_) => "Type::Tuple",
            TypeKind::Array { .. } => "Type::Array",
            TypeKind::Impl(_) => "Type::Impl",
            TypeKind::FnPtr => "Type::FnPtr",
            TypeKind::Infer => "Type::Infer",
            TypeKind::Never => "Type::Never",
        };
        self.node(label, t.span, |w| match &t.kind {
            TypeKind::Path(p) => w.path_generics(p),
            TypeKind::Ref { inner, .. } => w.ty(inner),
            TypeKind::Tuple(ts) => {
                for x in ts {
                    w.ty(x);
                }
            }
            TypeKind::Array { elem, len } => {
                w.ty(elem);
                if let Some(l) = len {
                    w.expr(l);
                }
            }
            TypeKind::Impl(p) => {
                w.push("Path", p.span);
                w.depth += 1;
                w.path_generics(p);
                w.depth -= 1;
            }
            TypeKind::FnPtr | TypeKind::Infer | TypeKind::Never => {}
        });
    }
}
