//! The syntax tree the parser produces and the compiler consumes.
//!
//! It follows Rust's own grammar closely (a subset of it), keeps a byte
//! [`Span`] on every node, and carries no resolved information: names are
//! plain strings, types are only what the source wrote.

use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A whole source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// `#![allow(...)]` and other inner attributes.
    pub attrs: Vec<Attr>,
    pub items: Vec<Item>,
}

/// An attribute, `#[path(args)]` or `#![path(args)]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Attr {
    pub path: Path,
    /// The comma-separated arguments inside the parentheses, when they are
    /// simple: `derive(Debug, Clone)` gives `["Debug", "Clone"]`;
    /// `tokio::main(flavor = "current_thread")` gives
    /// `["flavor = \"current_thread\""]` (the text of each argument).
    pub args: Vec<String>,
    pub inner: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub attrs: Vec<Attr>,
    pub is_pub: bool,
    pub kind: ItemKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    Use(UseTree),
    Fn(FnDecl),
    Struct(StructDecl),
    Enum(EnumDecl),
    /// `impl Type { .. }` or `impl Trait for Type { .. }`.
    Impl(ImplBlock),
    /// `const NAME: Type = expr;` and `static NAME: Type = expr;`.
    Const {
        name: Ident,
        ty: Type,
        /// `None`: a trait's constant without a default (`const N: u32;`).
        value: Option<Expr>,
        /// `static` (one value for the whole program), not `const`.
        is_static: bool,
    },
    /// `mod name { .. }` (inline modules only).
    Mod {
        name: Ident,
        items: Vec<Item>,
    },
    /// `type Alias<T> = Type;`
    TypeAlias {
        name: Ident,
        generics: Vec<Ident>,
        ty: Type,
    },
    /// `trait Name { fn required(&self); fn provided(&self) { .. } }`.
    Trait {
        name: Ident,
        /// `trait Name: Display + Other`: the supertraits' paths.
        supertraits: Vec<Path>,
        items: Vec<Item>,
        /// No generics, supertraits or `where` clause: its methods are the
        /// items it declares, and nothing else.
        plain: bool,
    },
}

/// `use a::b::{c, d as e, f::*};`
#[derive(Clone, Debug, PartialEq)]
pub struct UseTree {
    pub prefix: Vec<Ident>,
    pub kind: UseTreeKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum UseTreeKind {
    /// `use a::b;` or `use a::b as c;` (prefix holds `a::b`).
    Simple { rename: Option<Ident> },
    /// `use a::*;`
    Glob,
    /// `use a::{..};`
    Nested(Vec<UseTree>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FnDecl {
    pub name: Ident,
    pub is_async: bool,
    /// `unsafe fn`: calling it needs an `unsafe` block (E0133).
    pub is_unsafe: bool,
    /// Generic parameter names, `fn f<T: Debug>(..)`.
    pub generics: Vec<Ident>,
    /// The trait bounds of its generic parameters, inline or in the `where`
    /// clause (`T: Shape + Clone`): the parameter and each trait's path.
    pub bounds: Vec<(Ident, Vec<Path>)>,
    pub self_param: Option<SelfParam>,
    pub params: Vec<Param>,
    pub ret: Option<Type>,
    pub body: Block,
    /// False for a declaration ending in `;` (a trait's required method,
    /// a stub): `body` is then empty.
    pub has_body: bool,
    /// Span of the signature, `async fn name(..) -> T`.
    pub sig_span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SelfParam {
    /// `self` (false) or `&self` / `&mut self` (true).
    pub is_ref: bool,
    pub is_mut: bool,
    /// `self: Arc<Self>`: the written type.
    pub ty: Option<Type>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub pat: Pat,
    pub ty: Type,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StructDecl {
    pub name: Ident,
    pub generics: Vec<Ident>,
    pub fields: Fields,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Fields {
    Unit,
    Tuple(Vec<Type>),
    Named(Vec<(Ident, Type)>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumDecl {
    pub name: Ident,
    pub generics: Vec<Ident>,
    pub variants: Vec<Variant>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub name: Ident,
    pub fields: Fields,
    /// `Name = 3` discriminant, when written.
    pub discriminant: Option<Expr>,
    /// Marked `#[default]` (for `#[derive(Default)]`).
    pub is_default: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImplBlock {
    pub generics: Vec<Ident>,
    /// The generic parameters' bounds (inline and in `where`), as a
    /// function's.
    pub bounds: Vec<(Ident, Vec<Path>)>,
    /// `impl !Send for T {}` (only the std/Tokio stubs write these).
    pub negative: bool,
    /// `impl Trait for Type`: the trait path.
    pub trait_: Option<Path>,
    pub self_ty: Type,
    pub items: Vec<Item>,
}

/// A type as written. The engine uses types only lightly (integer widths,
/// what a declared variable holds), so this is a plain tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Type {
    pub kind: TypeKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// `i32`, `Vec<String>`, `mpsc::Sender<Msg>`, `Arc<Mutex<u64>>`.
    Path(Path),
    /// `&T`, `&mut T`, `&'static str`.
    Ref { is_mut: bool, inner: Box<Type> },
    /// `(A, B)`; `()` is an empty tuple.
    Tuple(Vec<Type>),
    /// `[T; N]` (length kept as an expression) or `[T]`. The length is
    /// shared, not boxed: types are cloned (a path's generics, when the
    /// checker instantiates a function) and expressions never are, so the
    /// code to deep-copy an expression tree stays out of the build.
    Array { elem: Box<Type>, len: Option<std::sync::Arc<Expr>> },
    /// `impl Trait` / `dyn Trait`.
    Impl(Path),
    /// `fn(A) -> B`
    FnPtr,
    /// `_`
    Infer,
    /// `!`
    Never,
}

/// `a::b::<T>::c`. A leading `::` is dropped.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    pub segments: Vec<PathSegment>,
    pub span: Span,
    /// `<T as Trait>::item` or `<T>::item`: the qualified self type. The
    /// path's first `position` segments are then the type's path (or the
    /// trait's when the type is not a path), so that `<Sq as Shape>::area`
    /// resolves as `Sq::area` does, with the trait kept to check and to
    /// pick the impl.
    pub qself: Option<Box<QSelf>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QSelf {
    pub ty: Type,
    pub trait_: Option<Path>,
    /// How many leading segments of the path stand for `<T as Trait>`.
    pub position: usize,
    /// The span of `<T as Trait>`.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PathSegment {
    pub ident: Ident,
    /// Generic arguments, `Vec::<i32>` or `Sender<Msg>`; empty when absent.
    pub generics: Vec<Type>,
}

impl Path {
    /// The path's segment names, `["tokio", "spawn"]`.
    pub fn names(&self) -> Vec<&str> {
        self.segments.iter().map(|s| s.ident.name.as_str()).collect()
    }
    pub fn last(&self) -> &str {
        self.segments.last().map(|s| s.ident.name.as_str()).unwrap_or("")
    }
    pub fn is_single(&self, name: &str) -> bool {
        self.segments.len() == 1 && self.segments[0].ident.name == name
    }
    /// The one-segment path `name`.
    pub fn from_ident(name: Ident) -> Path {
        let span = name.span;
        Path { segments: vec![PathSegment { ident: name, generics: Vec::new() }], span, qself: None }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `let pat: ty = init else { .. };`
    Let {
        pat: Pat,
        ty: Option<Type>,
        init: Option<Expr>,
        else_block: Option<Block>,
    },
    /// An expression; `semi` tells whether a `;` followed it. The last
    /// statement of a block without `;` is the block's value.
    Expr {
        expr: Expr,
        semi: bool,
    },
    Item(Box<Item>),
    /// A lone `;`.
    Empty,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Lit {
    /// Integer literal with its suffix (`5u64` gives `Some("u64")`).
    Int {
        value: u128,
        suffix: Option<String>,
    },
    Float {
        value: f64,
        suffix: Option<String>,
    },
    Bool(bool),
    Char(char),
    /// A string literal, escapes already processed.
    Str(String),
    /// A byte literal, `b'a'`.
    Byte(u8),
    /// A byte string literal, `b"GET"` (a `&[u8; N]`), escapes processed.
    ByteStr(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    Deref,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    /// The operator as written: `+`, `==`, `&&`.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }
}

impl Expr {
    /// The expression inside any parentheses.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        e
    }

    /// Whether `f` holds for this expression or one nested in it, the
    /// statements of nested blocks, closures and `async` blocks included
    /// (not the items declared there).
    pub fn any(&self, f: &impl Fn(&Expr) -> bool) -> bool {
        if f(self) {
            return true;
        }
        let mut found = false;
        self.for_each_child(&mut |c| {
            found = found
                || match c {
                    Child::Expr(x) => x.any(f),
                    Child::Block(b) => b.any(f),
                }
        });
        found
    }

    /// Whether this `if`/`while` condition is or contains a `let` (`if let`,
    /// let chains joined with `&&`).
    pub fn contains_let(&self) -> bool {
        match &self.kind {
            ExprKind::Let { .. } => true,
            ExprKind::Binary(BinOp::And, l, r) => l.contains_let() || r.contains_let(),
            ExprKind::Paren(x) => x.contains_let(),
            _ => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Lit(Lit),
    /// `x`, `Some`, `Vec::new`, `mpsc::channel`, `Msg::Get`.
    Path(Path),
    /// `(a, b)`; `()` is an empty tuple. `(a)` is [`ExprKind::Paren`].
    Tuple(Vec<Expr>),
    Paren(Box<Expr>),
    /// `[a, b, c]`
    Array(Vec<Expr>),
    /// `[value; count]`
    ArrayRepeat {
        value: Box<Expr>,
        count: Box<Expr>,
    },
    Unary(UnOp, Box<Expr>),
    /// `&e` / `&mut e`
    Ref {
        is_mut: bool,
        expr: Box<Expr>,
    },
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a = b`
    Assign(Box<Expr>, Box<Expr>),
    /// `a += b` etc.; the op is the arithmetic one (`Add` for `+=`).
    AssignOp(BinOp, Box<Expr>, Box<Expr>),
    /// `f(args)`
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `recv.method::<T>(args)`
    MethodCall {
        receiver: Box<Expr>,
        method: Ident,
        generics: Vec<Type>,
        args: Vec<Expr>,
    },
    /// `e.name`
    Field(Box<Expr>, Ident),
    /// `e.0`
    TupleField(Box<Expr>, u32, Span),
    /// `e[i]`
    Index(Box<Expr>, Box<Expr>),
    /// `e.await`; the span of the node covers `e.await`, `await_span` only
    /// the `.await`.
    Await {
        expr: Box<Expr>,
        await_span: Span,
    },
    /// `e?`
    Try(Box<Expr>),
    /// `e as T`
    Cast(Box<Expr>, Type),
    /// A block expression `{ .. }`, optionally labelled (`'a: { .. }`).
    Block {
        block: Block,
        label: Option<Ident>,
    },
    /// `async { .. }` / `async move { .. }`
    Async {
        is_move: bool,
        block: Block,
    },
    /// `unsafe { .. }`
    Unsafe(Block),
    /// `if cond { .. } else ..`; `cond` may be (or contain, joined with
    /// `&&`) an [`ExprKind::Let`] for `if let` and let chains. `else_` is a
    /// block expression or another `if`.
    If {
        cond: Box<Expr>,
        then: Block,
        else_: Option<Box<Expr>>,
    },
    /// `let pat = expr`, only as (part of) an `if` or `while` condition.
    Let {
        pat: Pat,
        expr: Box<Expr>,
    },
    Match {
        scrutinee: Box<Expr>,
        arms: Vec<Arm>,
    },
    /// `while cond { .. }` (`cond` may be a let, for `while let`).
    While {
        cond: Box<Expr>,
        body: Block,
        label: Option<Ident>,
    },
    Loop {
        body: Block,
        label: Option<Ident>,
    },
    For {
        pat: Pat,
        iter: Box<Expr>,
        body: Block,
        label: Option<Ident>,
    },
    Break {
        label: Option<Ident>,
        value: Option<Box<Expr>>,
    },
    Continue {
        label: Option<Ident>,
    },
    Return(Option<Box<Expr>>),
    /// `a..b`, `a..=b`, `a..`, `..b`, `..`
    Range {
        start: Option<Box<Expr>>,
        end: Option<Box<Expr>>,
        inclusive: bool,
    },
    /// `Point { x: 1, y }` or `Msg::Get { key, reply }`; `..base` in `base`.
    StructLit {
        path: Path,
        fields: Vec<FieldInit>,
        base: Option<Box<Expr>>,
    },
    /// `name!(...)`, `name![...]`, `name!{...}`.
    Macro(MacroCall),
    /// `|a, b| body`, `move |x| ..`, `async move |x| ..`.
    Closure {
        is_move: bool,
        is_async: bool,
        params: Vec<Param>,
        ret: Option<Type>,
        body: Box<Expr>,
    },
}

/// An expression or a block directly inside an expression.
#[derive(Clone, Copy)]
pub enum Child<'a> {
    Expr(&'a Expr),
    Block(&'a Block),
}

impl Block {
    /// The expression the block evaluates to: its last statement, when
    /// that is an expression without `;`.
    pub fn tail(&self) -> Option<&Expr> {
        match self.stmts.last().map(|s| &s.kind) {
            Some(StmtKind::Expr { expr, semi: false }) => Some(expr),
            _ => None,
        }
    }

    /// [`Expr::any`] over this block's statements.
    pub fn any(&self, f: &impl Fn(&Expr) -> bool) -> bool {
        self.stmts.iter().any(|st| match &st.kind {
            StmtKind::Let { init, else_block, .. } => init.as_ref().is_some_and(|e| e.any(f)) || else_block.as_ref().is_some_and(|b| b.any(f)),
            StmtKind::Expr { expr, .. } => expr.any(f),
            StmtKind::Item(_) | StmtKind::Empty => false,
        })
    }

    /// The items declared in this block and in the blocks nested in its
    /// statements (an `if`'s, a closure's, an `async` block's), not those
    /// inside the items themselves, in source order.
    pub fn items<'a>(&'a self, out: &mut Vec<&'a Item>) {
        for st in &self.stmts {
            match &st.kind {
                StmtKind::Item(item) => out.push(item),
                StmtKind::Let { init, else_block, .. } => {
                    if let Some(e) = init {
                        expr_items(e, out);
                    }
                    if let Some(b) = else_block {
                        b.items(out);
                    }
                }
                StmtKind::Expr { expr, .. } => expr_items(expr, out),
                StmtKind::Empty => {}
            }
        }
    }
}

fn expr_items<'a>(e: &'a Expr, out: &mut Vec<&'a Item>) {
    e.for_each_child(&mut |c| match c {
        Child::Expr(x) => expr_items(x, out),
        Child::Block(b) => b.items(out),
    });
}

impl Expr {
    /// Calls `f` with each expression and block directly inside this one
    /// (not a block's statements), in source order.
    pub fn for_each_child<'a>(&'a self, f: &mut impl FnMut(Child<'a>)) {
        use Child::{Block as B, Expr as E};
        match &self.kind {
            ExprKind::Lit(_) | ExprKind::Path(_) | ExprKind::Continue { .. } => {}
            ExprKind::Tuple(xs) | ExprKind::Array(xs) => xs.iter().for_each(|x| f(E(x))),
            ExprKind::Paren(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Ref { expr: x, .. }
            | ExprKind::Field(x, _)
            | ExprKind::TupleField(x, _, _)
            | ExprKind::Await { expr: x, .. }
            | ExprKind::Try(x)
            | ExprKind::Cast(x, _)
            | ExprKind::Let { expr: x, .. }
            | ExprKind::Closure { body: x, .. } => f(E(x)),
            ExprKind::ArrayRepeat { value: l, count: r }
            | ExprKind::Binary(_, l, r)
            | ExprKind::Assign(l, r)
            | ExprKind::AssignOp(_, l, r)
            | ExprKind::Index(l, r) => {
                f(E(l));
                f(E(r));
            }
            ExprKind::Call { func, args } => {
                f(E(func));
                args.iter().for_each(|x| f(E(x)));
            }
            ExprKind::MethodCall { receiver, args, .. } => {
                f(E(receiver));
                args.iter().for_each(|x| f(E(x)));
            }
            ExprKind::Block { block, .. } | ExprKind::Async { block, .. } | ExprKind::Unsafe(block) | ExprKind::Loop { body: block, .. } => f(B(block)),
            ExprKind::If { cond, then, else_ } => {
                f(E(cond));
                f(B(then));
                if let Some(x) = else_ {
                    f(E(x));
                }
            }
            ExprKind::Match { scrutinee, arms } => {
                f(E(scrutinee));
                for a in arms {
                    if let Some(g) = &a.guard {
                        f(E(g));
                    }
                    f(E(&a.body));
                }
            }
            ExprKind::While { cond, body, .. } => {
                f(E(cond));
                f(B(body));
            }
            ExprKind::For { iter, body, .. } => {
                f(E(iter));
                f(B(body));
            }
            ExprKind::Break { value, .. } | ExprKind::Return(value) => {
                if let Some(x) = value {
                    f(E(x));
                }
            }
            ExprKind::Range { start, end, .. } => {
                for x in [start, end].into_iter().flatten() {
                    f(E(x));
                }
            }
            ExprKind::StructLit { fields, base, .. } => {
                fields.iter().for_each(|x| f(E(&x.value)));
                if let Some(x) = base {
                    f(E(x));
                }
            }
            ExprKind::Macro(m) => match &m.args {
                MacroArgs::Exprs(xs) => xs.iter().for_each(|x| f(E(x))),
                MacroArgs::Repeat { value, count } => {
                    f(E(value));
                    f(E(count));
                }
                MacroArgs::Matches { expr, guard, .. } => {
                    f(E(expr));
                    if let Some(g) = guard {
                        f(E(g));
                    }
                }
                MacroArgs::Select(sel) => {
                    for br in &sel.branches {
                        f(E(&br.fut));
                        if let Some(c) = &br.cond {
                            f(E(c));
                        }
                        f(E(&br.body));
                    }
                    if let Some(x) = &sel.else_ {
                        f(E(x));
                    }
                }
                MacroArgs::Unparsed => {}
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldInit {
    pub name: Ident,
    /// The value; for the shorthand `Point { x }` it is the path `x`.
    pub value: Expr,
    pub shorthand: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arm {
    pub pat: Pat,
    pub guard: Option<Expr>,
    pub body: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MacroCall {
    pub path: Path,
    pub args: MacroArgs,
    /// Span of the macro's name and `!`.
    pub name_span: Span,
    /// `join!(biased; a, b)`, `try_join!(biased; ...)`: the futures are
    /// polled in order, not in rotation.
    pub biased: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MacroArgs {
    /// Comma-separated expressions: `println!("{}", x)`, `format!`,
    /// `assert_eq!(a, b, "msg")`, `vec![1, 2]`, `tokio::join!(a, b)`, `panic!()`.
    Exprs(Vec<Expr>),
    /// `vec![value; count]`
    Repeat { value: Box<Expr>, count: Box<Expr> },
    /// `matches!(expr, pat)` / `matches!(expr, pat if guard)`
    Matches { expr: Box<Expr>, pat: Pat, guard: Option<Box<Expr>> },
    /// `tokio::select! { biased; pat = fut, if cond => handler, else => e }`
    Select(Box<Select>),
    /// A macro whose arguments the parser does not understand; the
    /// compiler reports it as unsupported.
    Unparsed,
}

/// The branches of a `tokio::select!`.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    /// `biased;`: branches are polled in order, not from a random one.
    pub biased: bool,
    pub branches: Vec<SelectBranch>,
    /// `else => expr`: what runs when every branch is disabled.
    pub else_: Option<Expr>,
}

/// `pat = fut, if cond => body`
#[derive(Clone, Debug, PartialEq)]
pub struct SelectBranch {
    pub pat: Pat,
    pub fut: Expr,
    pub cond: Option<Expr>,
    pub body: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pat {
    pub kind: PatKind,
    pub span: Span,
}

impl Pat {
    /// Whether matching moves (or copies) a part of the value into a
    /// binding, rather than only testing it or binding by reference.
    pub fn binds_by_value(&self) -> bool {
        match &self.kind {
            PatKind::Ident { by_ref, sub, .. } => !by_ref || sub.as_ref().is_some_and(|s| s.binds_by_value()),
            PatKind::Tuple(ps) | PatKind::Slice(ps) | PatKind::TupleStruct(_, ps) | PatKind::Or(ps) => ps.iter().any(Pat::binds_by_value),
            PatKind::Struct(_, fs, _) => fs.iter().any(|f| f.pat.binds_by_value()),
            _ => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatKind {
    /// `_`
    Wild,
    /// `..` inside a tuple or slice pattern.
    Rest,
    /// `x`, `mut x`, `ref x`, `x @ sub`.
    Ident { name: Ident, is_mut: bool, by_ref: bool, sub: Option<Box<Pat>> },
    /// `1`, `-1`, `'a'`, `"s"`, `true`.
    Lit(Lit, bool),
    /// `1..=5`, `'a'..='z'`; bounds are literal patterns.
    Range { start: Option<Box<Pat>>, end: Option<Box<Pat>>, inclusive: bool },
    /// `(a, b)`
    Tuple(Vec<Pat>),
    /// `[a, b, rest @ ..]`
    Slice(Vec<Pat>),
    /// `None`, `Msg::Stop`, `CONST`.
    Path(Path),
    /// `Some(x)`, `Msg::Add(n)`, `Err(RecvError::Lagged(n))`.
    TupleStruct(Path, Vec<Pat>),
    /// `Point { x, y: 0, .. }`; the bool says whether `..` was written.
    Struct(Path, Vec<FieldPat>, bool),
    /// `a | b`
    Or(Vec<Pat>),
    /// `&p`, or `&mut p` (`true`).
    Ref(Box<Pat>, bool),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldPat {
    pub name: Ident,
    /// For the shorthand `Point { x }` this is the ident pattern `x`.
    pub pat: Pat,
}
