//! Types as the checker sees them, and the inference table that solves them.
//!
//! [`Ty::Unknown`] is the checker's escape hatch: whatever the checker does
//! not model yet (a closure, a method the stubs do not declare) has type
//! `Unknown`, which unifies with everything and is never reported. So an
//! incomplete model can only miss errors; it never invents one.

use std::fmt;

/// An index into the checker's table of structs and enums (user ones and
/// the stubs' std/Tokio ones).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AdtId(pub u32);

/// An inference variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VarId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl Int {
    pub const ALL: [Int; 12] = [Int::I8, Int::I16, Int::I32, Int::I64, Int::I128, Int::Isize, Int::U8, Int::U16, Int::U32, Int::U64, Int::U128, Int::Usize];

    pub fn name(self) -> &'static str {
        match self {
            Int::I8 => "i8",
            Int::I16 => "i16",
            Int::I32 => "i32",
            Int::I64 => "i64",
            Int::I128 => "i128",
            Int::Isize => "isize",
            Int::U8 => "u8",
            Int::U16 => "u16",
            Int::U32 => "u32",
            Int::U64 => "u64",
            Int::U128 => "u128",
            Int::Usize => "usize",
        }
    }

    pub fn from_name(name: &str) -> Option<Int> {
        Int::ALL.into_iter().find(|i| i.name() == name)
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Int::I8 | Int::I16 | Int::I32 | Int::I64 | Int::I128 | Int::Isize)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Float {
    F32,
    F64,
}

impl Float {
    pub fn name(self) -> &'static str {
        match self {
            Float::F32 => "f32",
            Float::F64 => "f64",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    /// Not modelled (yet): compatible with everything, never reported.
    Unknown,
    Var(VarId),
    Int(Int),
    Float(Float),
    Bool,
    Char,
    Str,
    /// `!`, the type of `return`, `panic!()`, `loop {}` without `break`.
    Never,
    /// `()` is the empty tuple.
    Tuple(Vec<Ty>),
    Ref {
        is_mut: bool,
        inner: Box<Ty>,
    },
    Array(Box<Ty>),
    Slice(Box<Ty>),
    Adt(AdtId, Vec<Ty>),
    /// A generic parameter, by index into the generics of the item (impl
    /// generics first, then the function's) being instantiated or checked.
    Param(u32, String),
    /// The opaque `impl Future<Output = T>` of an `async fn` or block.
    Future(Box<Ty>),
    /// Something callable with these parameters, returning this: a
    /// closure, `impl Fn(A) -> B`, `dyn FnMut(A) -> B`. Closures are not
    /// told apart (each has its own type in rustc), which can only miss
    /// an error.
    Fn(Vec<Ty>, Box<Ty>),
}

impl Ty {
    pub fn unit() -> Ty {
        Ty::Tuple(Vec::new())
    }

    pub fn is_unit(&self) -> bool {
        matches!(self, Ty::Tuple(v) if v.is_empty())
    }

    /// The type behind any number of references.
    pub fn peel_refs(&self) -> &Ty {
        let mut t = self;
        while let Ty::Ref { inner, .. } = t {
            t = inner;
        }
        t
    }

    pub fn shared_ref(inner: Ty) -> Ty {
        Ty::Ref { is_mut: false, inner: Box::new(inner) }
    }

    /// Whether this type or one inside it is one `f` accepts.
    pub fn any(&self, f: &mut impl FnMut(&Ty) -> bool) -> bool {
        if f(self) {
            return true;
        }
        match self {
            Ty::Ref { inner, .. } | Ty::Slice(inner) | Ty::Array(inner) | Ty::Future(inner) => inner.any(f),
            Ty::Adt(_, args) | Ty::Tuple(args) => args.iter().any(|a| a.any(f)),
            Ty::Fn(ps, r) => ps.iter().any(|a| a.any(f)) || r.any(f),
            _ => false,
        }
    }

    /// Whether generic parameter `i` appears in this type.
    pub fn mentions_param(&self, i: u32) -> bool {
        match self {
            Ty::Param(j, _) => *j == i,
            Ty::Ref { inner, .. } | Ty::Slice(inner) | Ty::Array(inner) | Ty::Future(inner) => inner.mentions_param(i),
            Ty::Adt(_, args) | Ty::Tuple(args) => args.iter().any(|a| a.mentions_param(i)),
            Ty::Fn(ps, r) => ps.iter().any(|a| a.mentions_param(i)) || r.mentions_param(i),
            _ => false,
        }
    }

    /// Replaces `Param(i)` with `args[i]` (or `Unknown` when out of range).
    pub fn subst(&self, args: &[Ty]) -> Ty {
        match self {
            Ty::Param(i, _) => args.get(*i as usize).cloned().unwrap_or(Ty::Unknown),
            Ty::Tuple(v) => Ty::Tuple(v.iter().map(|t| t.subst(args)).collect()),
            Ty::Ref { is_mut, inner } => Ty::Ref { is_mut: *is_mut, inner: Box::new(inner.subst(args)) },
            Ty::Array(t) => Ty::Array(Box::new(t.subst(args))),
            Ty::Slice(t) => Ty::Slice(Box::new(t.subst(args))),
            Ty::Adt(id, v) => Ty::Adt(*id, v.iter().map(|t| t.subst(args)).collect()),
            Ty::Future(t) => Ty::Future(Box::new(t.subst(args))),
            Ty::Fn(ps, r) => Ty::Fn(ps.iter().map(|t| t.subst(args)).collect(), Box::new(r.subst(args))),
            other => other.clone(),
        }
    }

    /// Whether a reference appears in it (`&T`, `Option<&T>`).
    pub fn has_ref(&self) -> bool {
        match self {
            Ty::Ref { .. } => true,
            Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(Ty::has_ref),
            Ty::Array(t) | Ty::Slice(t) => t.has_ref(),
            _ => false,
        }
    }

    pub fn has_unknown(&self) -> bool {
        match self {
            Ty::Unknown => true,
            Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(Ty::has_unknown),
            Ty::Ref { inner, .. } => inner.has_unknown(),
            Ty::Array(t) | Ty::Slice(t) | Ty::Future(t) => t.has_unknown(),
            Ty::Fn(ps, r) => ps.iter().any(Ty::has_unknown) || r.has_unknown(),
            _ => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    General,
    /// An integer literal's type: some integer type, `i32` by default.
    Int,
    /// A float literal's type: `f32` or `f64`, `f64` by default.
    Float,
}

#[derive(Clone, Debug)]
enum VarState {
    Unbound(VarKind),
    Bound(Ty),
}

/// Union-find over inference variables (bound variables point at types,
/// which may be other variables).
#[derive(Default, Clone, Debug)]
pub struct Table {
    vars: Vec<VarState>,
}

impl Table {
    pub fn fresh(&mut self, kind: VarKind) -> Ty {
        self.vars.push(VarState::Unbound(kind));
        Ty::Var(VarId(self.vars.len() as u32 - 1))
    }

    pub fn kind(&self, v: VarId) -> VarKind {
        match self.vars.get(v.0 as usize) {
            Some(VarState::Unbound(k)) => *k,
            _ => VarKind::General,
        }
    }

    /// Follows bound variables until a type that is not a bound variable.
    /// `Int` or `Float` when `ty` is a literal's type not yet known
    /// (`{integer}`, `{float}`).
    pub fn literal_kind(&self, ty: &Ty) -> Option<VarKind> {
        match self.shallow(ty) {
            Ty::Var(v) => match self.vars.get(v.0 as usize) {
                Some(VarState::Unbound(k)) if *k != VarKind::General => Some(*k),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn shallow(&self, ty: &Ty) -> Ty {
        let mut t = ty.clone();
        let mut guard = 0;
        while let Ty::Var(v) = t {
            match self.vars.get(v.0 as usize) {
                Some(VarState::Bound(b)) if guard < 10_000 => {
                    t = b.clone();
                    guard += 1;
                }
                _ => return t,
            }
        }
        t
    }

    /// The type with every bound variable replaced, recursively.
    pub fn resolve(&self, ty: &Ty) -> Ty {
        self.resolve_depth(ty, 0)
    }

    fn resolve_depth(&self, ty: &Ty, depth: u32) -> Ty {
        if depth > 64 {
            return Ty::Unknown;
        }
        let d = depth + 1;
        match self.shallow(ty) {
            Ty::Tuple(v) => Ty::Tuple(v.iter().map(|t| self.resolve_depth(t, d)).collect()),
            Ty::Ref { is_mut, inner } => Ty::Ref { is_mut, inner: Box::new(self.resolve_depth(&inner, d)) },
            Ty::Array(t) => Ty::Array(Box::new(self.resolve_depth(&t, d))),
            Ty::Slice(t) => Ty::Slice(Box::new(self.resolve_depth(&t, d))),
            Ty::Adt(id, v) => Ty::Adt(id, v.iter().map(|t| self.resolve_depth(t, d)).collect()),
            Ty::Future(t) => Ty::Future(Box::new(self.resolve_depth(&t, d))),
            Ty::Fn(ps, r) => Ty::Fn(ps.iter().map(|t| self.resolve_depth(t, d)).collect(), Box::new(self.resolve_depth(&r, d))),
            other => other,
        }
    }

    fn occurs(&self, v: VarId, ty: &Ty, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        match self.shallow(ty) {
            Ty::Var(w) => w == v,
            Ty::Tuple(xs) | Ty::Adt(_, xs) => xs.iter().any(|t| self.occurs(v, t, depth + 1)),
            Ty::Ref { inner, .. } => self.occurs(v, &inner, depth + 1),
            Ty::Array(t) | Ty::Slice(t) | Ty::Future(t) => self.occurs(v, &t, depth + 1),
            Ty::Fn(ps, r) => ps.iter().any(|t| self.occurs(v, t, depth + 1)) || self.occurs(v, &r, depth + 1),
            _ => false,
        }
    }

    fn bind(&mut self, v: VarId, ty: Ty) -> Result<(), ()> {
        let kind = self.kind(v);
        match (&ty, kind) {
            (Ty::Var(w), _) => {
                let wk = self.kind(*w);
                // Keep the more specific kind on the surviving variable.
                let merged = match (kind, wk) {
                    (VarKind::General, k) | (k, VarKind::General) => k,
                    (a, b) if a == b => a,
                    _ => return Err(()),
                };
                if let Some(slot) = self.vars.get_mut(w.0 as usize) {
                    *slot = VarState::Unbound(merged);
                }
            }
            (Ty::Int(_), VarKind::Int) | (Ty::Float(_), VarKind::Float) | (_, VarKind::General) | (Ty::Unknown, _) => {}
            (Ty::Never, _) => return Ok(()),
            _ => return Err(()),
        }
        if self.occurs(v, &ty, 0) {
            return Ok(());
        }
        if let Some(slot) = self.vars.get_mut(v.0 as usize) {
            *slot = VarState::Bound(ty);
        }
        Ok(())
    }

    /// Makes `a` and `b` the same type; `Err` when they certainly differ.
    /// `Unknown` and `!` unify with anything (without binding variables to
    /// `!`).
    pub fn unify(&mut self, a: &Ty, b: &Ty) -> Result<(), ()> {
        self.unify_depth(a, b, 0)
    }

    fn unify_depth(&mut self, a: &Ty, b: &Ty, depth: u32) -> Result<(), ()> {
        if depth > 64 {
            return Ok(());
        }
        let (a, b) = (self.shallow(a), self.shallow(b));
        let d = depth + 1;
        match (&a, &b) {
            // A variable unified with something unmodelled is unmodelled too:
            // it must not default to `i32` where rustc would infer another type.
            (Ty::Var(x), Ty::Unknown) | (Ty::Unknown, Ty::Var(x)) => {
                let x = *x;
                if let Some(slot) = self.vars.get_mut(x.0 as usize) {
                    *slot = VarState::Bound(Ty::Unknown);
                }
                Ok(())
            }
            (Ty::Unknown, _) | (_, Ty::Unknown) | (Ty::Never, _) | (_, Ty::Never) => Ok(()),
            (Ty::Var(x), Ty::Var(y)) if x == y => Ok(()),
            (Ty::Var(x), _) => self.bind(*x, b.clone()),
            (_, Ty::Var(y)) => self.bind(*y, a.clone()),
            (Ty::Int(x), Ty::Int(y)) if x == y => Ok(()),
            (Ty::Float(x), Ty::Float(y)) if x == y => Ok(()),
            (Ty::Bool, Ty::Bool) | (Ty::Char, Ty::Char) | (Ty::Str, Ty::Str) => Ok(()),
            (Ty::Param(x, _), Ty::Param(y, _)) if x == y => Ok(()),
            (Ty::Tuple(xs), Ty::Tuple(ys)) if xs.len() == ys.len() => {
                for (x, y) in xs.iter().zip(ys) {
                    self.unify_depth(x, y, d)?;
                }
                Ok(())
            }
            (Ty::Ref { is_mut: m1, inner: i1 }, Ty::Ref { is_mut: m2, inner: i2 }) if m1 == m2 => self.unify_depth(i1, i2, d),
            (Ty::Array(x), Ty::Array(y)) | (Ty::Slice(x), Ty::Slice(y)) | (Ty::Future(x), Ty::Future(y)) => self.unify_depth(x, y, d),
            (Ty::Adt(i1, xs), Ty::Adt(i2, ys)) if i1 == i2 && xs.len() == ys.len() => {
                for (x, y) in xs.iter().zip(ys) {
                    self.unify_depth(x, y, d)?;
                }
                Ok(())
            }
            (Ty::Fn(p1, r1), Ty::Fn(p2, r2)) => {
                // A closure with the wrong number of parameters is rustc's
                // E0593, not a mismatch: not judged here.
                if p1.len() == p2.len() {
                    for (x, y) in p1.iter().zip(p2) {
                        self.unify_depth(x, y, d)?;
                    }
                    self.unify_depth(r1, r2, d)?;
                }
                Ok(())
            }
            _ => Err(()),
        }
    }

    /// Gives every integer and float variable still unbound its default
    /// (`i32`, `f64`).
    pub fn default_literals(&mut self) {
        for slot in &mut self.vars {
            match slot {
                VarState::Unbound(VarKind::Int) => *slot = VarState::Bound(Ty::Int(Int::I32)),
                VarState::Unbound(VarKind::Float) => *slot = VarState::Bound(Ty::Float(Float::F64)),
                _ => {}
            }
        }
    }
}

/// Writes a type as rustc does in messages: `i32`, `&str`, `Vec<{integer}>`,
/// `Arc<Mutex<u64>>`, `()`. Needs the names of structs and enums.
pub struct Display<'a> {
    pub ty: &'a Ty,
    pub table: &'a Table,
    pub names: &'a dyn Fn(AdtId) -> String,
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_ty(f, &self.table.shallow(self.ty), self.table, self.names, 0)
    }
}

fn write_ty(f: &mut fmt::Formatter<'_>, ty: &Ty, table: &Table, names: &dyn Fn(AdtId) -> String, depth: u32) -> fmt::Result {
    if depth > 32 {
        return f.write_str("_");
    }
    let d = depth + 1;
    let list = |f: &mut fmt::Formatter<'_>, items: &[Ty]| -> fmt::Result {
        for (i, t) in items.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write_ty(f, &table.shallow(t), table, names, d)?;
        }
        Ok(())
    };
    match ty {
        Ty::Unknown => f.write_str("_"),
        Ty::Var(v) => match table.kind(*v) {
            VarKind::Int => f.write_str("{integer}"),
            VarKind::Float => f.write_str("{float}"),
            VarKind::General => f.write_str("_"),
        },
        Ty::Int(i) => f.write_str(i.name()),
        Ty::Float(x) => f.write_str(x.name()),
        Ty::Bool => f.write_str("bool"),
        Ty::Char => f.write_str("char"),
        Ty::Str => f.write_str("str"),
        Ty::Never => f.write_str("!"),
        Ty::Tuple(v) => {
            f.write_str("(")?;
            list(f, v)?;
            if v.len() == 1 {
                f.write_str(",")?;
            }
            f.write_str(")")
        }
        Ty::Ref { is_mut, inner } => {
            f.write_str(if *is_mut { "&mut " } else { "&" })?;
            write_ty(f, &table.shallow(inner), table, names, d)
        }
        Ty::Array(t) => {
            f.write_str("[")?;
            write_ty(f, &table.shallow(t), table, names, d)?;
            f.write_str("; _]")
        }
        Ty::Slice(t) => {
            f.write_str("[")?;
            write_ty(f, &table.shallow(t), table, names, d)?;
            f.write_str("]")
        }
        Ty::Adt(id, args) => {
            f.write_str(&names(*id))?;
            if !args.is_empty() {
                f.write_str("<")?;
                list(f, args)?;
                f.write_str(">")?;
            }
            Ok(())
        }
        Ty::Param(_, name) => f.write_str(name),
        Ty::Future(out) => {
            f.write_str("impl Future<Output = ")?;
            write_ty(f, &table.shallow(out), table, names, d)?;
            f.write_str(">")
        }
        Ty::Fn(ps, r) => {
            f.write_str("impl Fn(")?;
            list(f, ps)?;
            f.write_str(")")?;
            let r = table.shallow(r);
            if !r.is_unit() {
                f.write_str(" -> ")?;
                write_ty(f, &r, table, names, d)?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_unify_only_with_their_kind_and_default() {
        let mut t = Table::default();
        let i = t.fresh(VarKind::Int);
        assert!(t.unify(&i, &Ty::Bool).is_err());
        assert!(t.unify(&i, &Ty::Float(Float::F64)).is_err());
        assert!(t.unify(&i, &Ty::Int(Int::U8)).is_ok());
        assert_eq!(t.resolve(&i), Ty::Int(Int::U8));
        let j = t.fresh(VarKind::Int);
        let g = t.fresh(VarKind::General);
        assert!(t.unify(&g, &j).is_ok());
        t.default_literals();
        assert_eq!(t.resolve(&g), Ty::Int(Int::I32));
    }

    #[test]
    fn unknown_and_never_unify_with_anything() {
        let mut t = Table::default();
        assert!(t.unify(&Ty::Unknown, &Ty::Bool).is_ok());
        assert!(t.unify(&Ty::Str, &Ty::Never).is_ok());
        let v = t.fresh(VarKind::General);
        assert!(t.unify(&v, &Ty::Never).is_ok());
        assert!(t.unify(&v, &Ty::Char).is_ok());
        assert_eq!(t.resolve(&v), Ty::Char);
    }

    #[test]
    fn structural_mismatch_is_an_error() {
        let mut t = Table::default();
        let a = Ty::Tuple(vec![Ty::Int(Int::I32), Ty::Bool]);
        let b = Ty::Tuple(vec![Ty::Int(Int::I32), Ty::Char]);
        assert!(t.unify(&a, &b).is_err());
        let r1 = Ty::shared_ref(Ty::Str);
        let r2 = Ty::Ref { is_mut: true, inner: Box::new(Ty::Str) };
        assert!(t.unify(&r1, &r2).is_err());
    }
}
