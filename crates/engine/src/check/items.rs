//! Items: the structs, enums, functions, impls and constants a program can
//! name, from the std/Tokio stubs and from the user's file, and the
//! resolution of paths to them.

use crate::map::SortedMap;
use std::sync::Arc as Rc;
use std::sync::OnceLock;

use super::stubs;
use super::ty::{AdtId, Float, Int, Ty};
use crate::ast::{self, Attr, Fields, FnDecl, Item, ItemKind, Type, TypeKind, UseTree, UseTreeKind};
use crate::diag::Diagnostic;
use crate::span::Span;

#[derive(Clone, Debug)]
pub enum FieldsDef {
    Unit,
    Tuple(Vec<Ty>),
    Named(Vec<(String, Ty)>),
}

impl FieldsDef {
    pub fn types(&self) -> Vec<&Ty> {
        match self {
            FieldsDef::Unit => Vec::new(),
            FieldsDef::Tuple(v) => v.iter().collect(),
            FieldsDef::Named(v) => v.iter().map(|(_, t)| t).collect(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct VariantDef {
    pub name: String,
    pub fields: FieldsDef,
    /// Marked `#[default]`.
    pub is_default: bool,
}

#[derive(Clone, Debug)]
pub enum AdtKind {
    Struct(FieldsDef),
    Enum(Vec<VariantDef>),
}

/// A struct or enum.
#[derive(Clone, Debug)]
pub struct AdtDef {
    pub name: String,
    /// Its full path (`tokio::sync::mpsc::Sender`, `main::Point`... for a
    /// user type, its module path then its name).
    pub path: String,
    pub generics: Vec<String>,
    pub kind: AdtKind,
    /// Traits from `#[derive(..)]` (and `Display` in the stubs).
    pub derives: Vec<String>,
    /// Stubs: traits from `#[impls(..)]`, implemented whatever the type's
    /// arguments (Tokio's `impl<T> Debug for SendError<T>`), where a
    /// derive needs them to implement it too.
    pub impls: Vec<String>,
    /// `Deref::Target`, with the ADT's generics as `Ty::Param`.
    pub deref: Option<Ty>,
    pub deref_mut: bool,
    /// `Future::Output`.
    pub future_output: Option<Ty>,
    /// `FromStr::Err` of a user `impl FromStr` (`s.parse::<T>()` calls
    /// its `from_str`).
    pub from_str_err: Option<Ty>,
    /// `Stream::Item` of a user type's `impl Stream` (tokio-stream's, or
    /// futures' re-export of it).
    pub stream_item: Option<Ty>,
    /// `Iterator::Item` of a user `impl Iterator`: the type has the
    /// methods of std's iterators (`Iter<Item>`) besides its own.
    pub iter_item: Option<Ty>,
    pub not_send: bool,
    pub not_sync: bool,
    /// `Send` only when the argument is `Send + Sync` (`Arc`).
    pub send_needs_sync: bool,
    /// Every method of the real type is declared (E0599 can be reported),
    /// or named in `not_declared`.
    pub complete: bool,
    /// `#[not_declared(a, b)]`: the real type's methods that are not
    /// declared here (not supported yet); any other name is E0599.
    pub not_declared: Vec<String>,
    pub is_stub: bool,
    /// The user implements a trait for it: the checker does not model
    /// traits yet, so trait-dependent checks stay silent.
    pub has_trait_impls: bool,
    /// Operators: (trait, right-hand side, output).
    pub ops: Vec<(String, Ty, Option<Ty>)>,
}

impl AdtDef {
    pub fn derives(&self, name: &str) -> bool {
        self.derives.iter().any(|d| d == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelfKind {
    Value,
    Ref,
    RefMut,
    /// `self: Arc<Self>`: the method consumes an `Arc` of the type.
    Arc,
    /// `self: &Arc<Self>`: the method borrows an `Arc` of the type.
    RefArc,
    /// `self: _` and the like: not modelled.
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FnId(pub u32);

/// A function's signature. Generics are numbered impl's first, then the
/// function's own.
#[derive(Clone, Debug)]
pub struct FnSig {
    pub name: String,
    pub generics: Vec<String>,
    pub impl_generics: usize,
    pub self_kind: Option<SelfKind>,
    pub params: Vec<Ty>,
    /// What a call evaluates to (`Ty::Future(..)` for an `async fn`).
    pub ret: Ty,
    pub is_async: bool,
    /// `unsafe fn` (E0133 for a call outside an `unsafe` block).
    pub is_unsafe: bool,
    pub is_stub: bool,
    /// The impl's self type, for methods and associated functions.
    pub self_ty: Option<Ty>,
    /// The user's module it is declared in (`a::b`; `""` at the root).
    pub module: String,
    /// `self: Pin<&mut Self>` (`Future::poll`): callable on a `Pin` only.
    pub pin_self: bool,
    /// The trait bounds the checker can decide, per generic parameter (its
    /// index in `generics`): user traits and the derivable std ones.
    pub bounds: Vec<(usize, Vec<String>)>,
    /// Parameters typed `impl Trait` or `&dyn Trait` (`Box<dyn Trait>`):
    /// the parameter's index and its decidable traits.
    pub trait_params: Vec<(usize, Vec<String>)>,
    /// Parameters whose only methods are those of plain user traits (typed
    /// `impl Trait`, `&dyn Trait`, `Box<dyn Trait>`, or a generic `T`
    /// bounded by them): the parameter's index, how rustc names its type,
    /// and those methods.
    pub trait_methods: Vec<(usize, String, Vec<String>)>,
    /// A trait's provided method (checked once, with the first
    /// implementing type as `Self`): the trait.
    pub provided_of: Option<String>,
    /// Parameters that take a closure bound by `Fn` (true) or `FnMut`
    /// (false), not `FnOnce`: a closure passed there may not move out of
    /// what it captures (E0507).
    pub fn_kinds: Vec<(usize, bool)>,
    /// Parameters typed as a function pointer (`fn(i32) -> i32`), with
    /// the written type's span: a closure passed there must capture
    /// nothing (E0308).
    pub fn_ptrs: Vec<(usize, crate::span::Span)>,
    /// Per generic parameter: the traits it surely has (its bounds with
    /// their supertraits), or `None` when a bound is a trait not known.
    pub param_traits: Vec<Option<Vec<String>>>,
    /// Generic parameters bounded by an operator trait that can overflow
    /// on integers (`T: Add<Output = T>`): the VM's integers carry no
    /// width, so such arithmetic is checked against `i64` only.
    pub arith_params: Vec<usize>,
    /// A user function's written return type (where its lifetimes are:
    /// the checker's types have none).
    pub ret_span: Option<crate::span::Span>,
}

#[derive(Clone, Debug)]
pub struct ImplDef {
    pub generics: Vec<String>,
    pub self_ty: Ty,
    pub fns: Vec<FnId>,
    pub consts: Vec<(String, Ty)>,
    /// The user trait (or `Display`, `Debug`, `From`, `Iterator`...) it
    /// implements; `None` for an inherent impl.
    pub trait_: Option<String>,
    /// A trait impl's associated types (`type Key = u32;`).
    pub types: Vec<(String, Ty)>,
}

#[derive(Clone, Debug)]
pub enum ValueDef {
    Fn(FnId),
    Const(Ty),
    /// A unit struct, used as a value.
    UnitStruct(AdtId),
    /// A tuple struct's constructor.
    TupleCtor(AdtId),
    /// An enum variant (unit or tuple) as a value or constructor.
    Variant(AdtId, usize),
}

#[derive(Clone, Debug)]
pub enum TypeDef {
    Adt(AdtId),
    Alias(Ty),
    Prim(Ty),
}

/// What a path names, in one namespace or the other.
#[derive(Clone, Debug)]
pub enum Resolved {
    Value(ValueDef),
    /// Inside std/Tokio but not declared by the stubs: not supported yet,
    /// never an error.
    Unmodelled,
    /// Certainly not a name: the diagnostic to report.
    Error(Diagnostic),
}

#[derive(Clone, Debug, Default)]
pub struct Items {
    /// What the user's `use path as _;` items import (traits, in scope
    /// without a name), and `module::*` for each glob import.
    pub anon_uses: Vec<String>,
    pub adts: Vec<Rc<AdtDef>>,
    pub fns: Vec<Rc<FnSig>>,
    pub impls: Vec<Rc<ImplDef>>,
    /// Full paths (`std::sync::Arc`, `Point`, `m::f`) in the type namespace.
    pub types: SortedMap<String, TypeDef>,
    /// Full paths in the value namespace.
    pub values: SortedMap<String, ValueDef>,
    /// Module paths (`std`, `tokio::sync::mpsc`, user `m`).
    pub modules: SortedMap<String, ()>,
    /// Names visible without a path: the prelude plus the user's `use`s
    /// and top-level items, mapped to full paths.
    pub scope: SortedMap<String, String>,
    /// The `use`s of the user's `mod` blocks, by `module::name`, mapped to
    /// full paths.
    pub mod_scope: SortedMap<String, String>,
    /// Names that only `use`s inside function bodies bring into scope,
    /// with the spans of the top-level items holding those `use`s: a
    /// `use Color::*;` in one function must not turn a plain binding
    /// `Red` in another into the variant.
    pub body_uses: SortedMap<String, Vec<Span>>,
    /// The items of the user's `mod` blocks not marked `pub`, by full path,
    /// with what rustc calls them ("function", "module", ...).
    pub private: SortedMap<String, &'static str>,
    /// Impls per ADT, and per primitive type name.
    pub adt_impls: SortedMap<AdtId, Vec<usize>>,
    pub prim_impls: SortedMap<String, Vec<usize>>,
    /// `[T]`'s impls.
    pub slice_impls: Vec<usize>,
    /// Number of stub ADTs (user ones follow).
    pub std_adts: usize,
    /// The user's traits' associated constants, by trait name: each
    /// constant's name and type (`T::NAME` for a `T: Trait`).
    pub trait_consts: SortedMap<String, Vec<(String, Ty)>>,
    /// The methods of each plain user trait (no supertraits, no generics):
    /// all that a `dyn Trait` of it offers.
    pub plain_trait_methods: SortedMap<String, Vec<String>>,
    /// User struct fields written `Box<dyn T>` or a `Vec` or array of them
    /// (see [`dyn_box_target`]), `Arc<dyn T>`/`Rc<dyn T>`, or an array
    /// with its length: the written type.
    pub written_fields: SortedMap<(AdtId, String), ast::Type>,
    /// The user's traits by name: the names of their functions, constants
    /// and types (`<T as Trait>::item` must name one, E0576).
    pub user_traits: SortedMap<String, Vec<String>>,
    /// User traits with a blanket impl (`impl<T: Debug> Describe for T`),
    /// which is not supported yet: their methods may exist on any type.
    pub blanket_traits: Vec<String>,
    /// The user's `From` impls per type: the source type, its `from`,
    /// and the impl's start (the compiler finds the function by it).
    pub from_impls: SortedMap<AdtId, Vec<(Ty, FnId, u32)>>,
    /// The source type of each user `TryFrom` impl, by the type it is for.
    pub try_from_sources: SortedMap<AdtId, Vec<Ty>>,
    /// The user's `impl From<Src> for T` of a primitive `T` (`impl
    /// From<Celsius> for f64`): `T`, `Src`, its `from` and where the impl
    /// starts.
    pub prim_from_impls: Vec<(Ty, Ty, FnId, u32)>,
    /// The user's traits implemented for std types (`impl Describe for
    /// i32`, `for Vec<T>`): the trait, the type, the methods it gives.
    pub foreign_impls: Vec<(String, Ty, Vec<String>)>,
}

/// The user's function bodies to check.
pub struct UserItems<'a> {
    pub bodies: Vec<(FnId, &'a FnDecl)>,
    /// Unknown type names in item signatures (E0425).
    pub errors: Vec<Diagnostic>,
}

pub fn std_items() -> &'static Items {
    static STD: OnceLock<Items> = OnceLock::new();
    STD.get_or_init(|| {
        // Each primitive declares itself in its own module (`exec/prim/`).
        let mut src = String::from(stubs::STD);
        for (slot, decl) in crate::exec::prim::declarations() {
            src = crate::text::replace_str(&src, slot, decl);
        }
        for int in Int::ALL {
            let unsigned = match int {
                Int::I8 => "u8",
                Int::I16 => "u16",
                Int::I32 => "u32",
                Int::I64 => "u64",
                Int::I128 => "u128",
                Int::Isize => "usize",
                other => other.name(),
            };
            let fill = |t: &str| crate::text::replace_str(&crate::text::replace_str(t, "$T", int.name()), "$U", unsigned);
            src.push_str(&format!("mod {}_impls {{ {} }}\n", int.name(), fill(stubs::INT_METHODS)));
            if int.is_signed() {
                src.push_str(&format!("mod {}_signed {{ {} }}\n", int.name(), fill(stubs::SIGNED_METHODS)));
            }
        }
        for f in ["f32", "f64"] {
            let bits = if f == "f32" { "u32" } else { "u64" };
            src.push_str(&format!("mod {f}_impls {{ {} }}\n", crate::text::replace_str(&crate::text::replace_str(stubs::FLOAT_METHODS, "$T", f), "$B", bits)));
        }
        let (file, _diags) = crate::parser::parse_declarations(&src);
        let mut items = Items::default();
        let mut lowerer = Lowerer {
            items: &mut items,
            is_stub: true,
            bodies: Vec::new(),
            traits: SortedMap::new(),
            plain_traits: Vec::new(),
            supertraits: SortedMap::new(),
            supertrait_impls: Vec::new(),
            trait_impls_seen: Vec::new(),
            checked_defaults: Vec::new(),
            errors: Vec::new(),
        };
        let all: Vec<&Item> = file.items.iter().collect();
        lowerer.collect_module(&all, "");
        lowerer.lower_module(&all, "");
        for (name, path) in PRELUDE {
            items.scope.insert(name.to_string(), path.to_string());
        }
        items.std_adts = items.adts.len();
        items
    })
}

/// Names every program sees without a `use`.
const PRELUDE: &[(&str, &str)] = &[
    ("String", "std::string::String"),
    ("Vec", "std::vec::Vec"),
    ("Option", "std::option::Option"),
    ("Some", "std::option::Option::Some"),
    ("None", "std::option::Option::None"),
    ("Result", "std::result::Result"),
    ("Ok", "std::result::Result::Ok"),
    ("Err", "std::result::Result::Err"),
    ("Box", "std::boxed::Box"),
    ("drop", "std::mem::drop"),
    // In the prelude since Rust 1.80.
    ("size_of", "std::mem::size_of"),
    ("align_of", "std::mem::align_of"),
    ("size_of_val", "std::mem::size_of_val"),
    ("align_of_val", "std::mem::align_of_val"),
    ("Default", "std::default::Default"),
    ("std", "std"),
    ("core", "std"),
    ("alloc", "std"),
    ("tokio", "tokio"),
    ("tokio_util", "tokio_util"),
    ("tokio_stream", "tokio_stream"),
    ("futures", "futures"),
];

/// The prelude's traits: `Clone::clone(&x)`, `Iterator::next(&mut it)`
/// and the like name real items the checker does not model.
pub const PRELUDE_TRAITS: &[&str] = &[
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsyncFn",
    "AsyncFnMut",
    "AsyncFnOnce",
    "AsRef",
    "AsMut",
    "Into",
    "From",
    "TryInto",
    "TryFrom",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "FromIterator",
    "ToString",
    "ToOwned",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Debug",
    "Display",
    "Hash",
    "Future",
    "IntoFuture",
];

/// Paths that name the same item as another (re-exports).
const REEXPORTS: &[(&str, &str)] = &[
    ("tokio::time::Duration", "std::time::Duration"),
    ("tokio::task::spawn", "tokio::spawn"),
    ("std::collections::hash_map::HashMap", "std::collections::HashMap"),
    ("std::collections::btree_map::BTreeMap", "std::collections::BTreeMap"),
    ("std::collections::hash_set::HashSet", "std::collections::HashSet"),
    ("std::collections::vec_deque::VecDeque", "std::collections::VecDeque"),
    ("std::collections::binary_heap::BinaryHeap", "std::collections::BinaryHeap"),
    ("std::prelude::v1::", "std::"),
    ("tokio::task::JoinHandle", "tokio::task::JoinHandle"),
    ("tokio::JoinHandle", "tokio::task::JoinHandle"),
    ("std::string::ToString", "std::string::ToString"),
    ("std::sync::mpsc", "std::sync::mpsc"),
    ("tokio::sync::mpsc::error::SendError", "tokio::sync::mpsc::error::SendError"),
    ("tokio::sync::oneshot::error::RecvError", "tokio::sync::oneshot::error::RecvError"),
    ("std::mem::drop", "std::mem::drop"),
    ("std::ops::Range", "std::ops::Range"),
    ("std::num::ParseIntError", "std::num::ParseIntError"),
    ("std::time::Duration", "std::time::Duration"),
];

struct Lowerer<'x, 'a> {
    items: &'x mut Items,
    is_stub: bool,
    bodies: Vec<(FnId, &'a FnDecl)>,
    /// The user's traits, by name: their methods (provided ones have a body).
    traits: SortedMap<String, &'a [Item]>,
    /// The user traits with no generics, supertraits or `where` clause.
    plain_traits: Vec<String>,
    /// Each user trait's supertraits (the names the checker can decide).
    supertraits: SortedMap<String, Vec<String>>,
    /// User impls of a trait with supertraits: the type, the trait and
    /// the impl's self type, checked once every impl is known (E0277).
    supertrait_impls: Vec<(AdtId, String, Span)>,
    /// The user's non-generic trait impls so far (trait as written, self
    /// type): a second one is E0119.
    trait_impls_seen: Vec<(String, String)>,
    /// Provided methods whose body was given to the checker already (it is
    /// checked once, with the first implementing type as `Self`).
    checked_defaults: Vec<(String, String)>,
    /// Names of types that do not exist (user code only).
    errors: Vec<Diagnostic>,
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() { name.to_string() } else { format!("{prefix}::{name}") }
}

fn attr_args<'a>(attrs: &'a [Attr], name: &str) -> impl Iterator<Item = &'a String> {
    attrs.iter().filter(move |a| a.path.is_single(name)).flat_map(|a| a.args.iter())
}

fn has_attr(attrs: &[Attr], name: &str) -> bool {
    attrs.iter().any(|a| a.path.is_single(name))
}

/// Generic parameter scope while lowering types.
#[derive(Clone, Default)]
struct Generics {
    names: Vec<String>,
    self_ty: Option<Ty>,
    /// An impl's bounds on its parameters (name, trait names).
    bounds: Vec<(String, Vec<String>)>,
}

impl<'a> Lowerer<'_, 'a> {
    /// First pass: registers every struct, enum, module and function name so
    /// that types can refer to each other in any order.
    fn collect_module(&mut self, items: &[&'a Item], prefix: &str) {
        for item in items {
            if !self.is_stub
                && !prefix.is_empty()
                && !item.is_pub
                && let Some((name, kind)) = item_kind_name(item)
            {
                self.items.private.insert(join(prefix, name), kind);
            }
            match &item.kind {
                ItemKind::Struct(s) => {
                    let id = self.new_adt(&s.name.name, &join(prefix, &s.name.name), &s.generics, &item.attrs);
                    self.items.types.insert(join(prefix, &s.name.name), TypeDef::Adt(id));
                    match &s.fields {
                        Fields::Unit => {
                            self.items.values.insert(join(prefix, &s.name.name), ValueDef::UnitStruct(id));
                        }
                        Fields::Tuple(_) => {
                            self.items.values.insert(join(prefix, &s.name.name), ValueDef::TupleCtor(id));
                        }
                        Fields::Named(_) => {}
                    }
                }
                ItemKind::Enum(e) => {
                    let id = self.new_adt(&e.name.name, &join(prefix, &e.name.name), &e.generics, &item.attrs);
                    let path = join(prefix, &e.name.name);
                    self.items.types.insert(path.clone(), TypeDef::Adt(id));
                    for (i, v) in e.variants.iter().enumerate() {
                        if !matches!(v.fields, Fields::Named(_)) {
                            self.items.values.insert(join(&path, &v.name.name), ValueDef::Variant(id, i));
                        }
                    }
                }
                ItemKind::Mod { name, items } => {
                    let path = join(prefix, &name.name);
                    self.items.modules.insert(path.clone(), ());
                    let items: Vec<&'a Item> = items.iter().collect();
                    self.collect_module(&items, &path);
                }
                ItemKind::Trait { name, supertraits, items, plain } if !self.is_stub => {
                    self.traits.insert(name.name.clone(), items);
                    let supers: Vec<String> = supertraits.iter().map(|p| p.last().to_string()).collect();
                    if !supers.is_empty() {
                        self.supertraits.insert(name.name.clone(), supers);
                    }
                    let names: Vec<String> = items
                        .iter()
                        .filter_map(|i| match &i.kind {
                            ItemKind::Fn(f) => Some(f.name.name.clone()),
                            ItemKind::Const { name, .. } | ItemKind::TypeAlias { name, .. } => Some(name.name.clone()),
                            _ => None,
                        })
                        .collect();
                    self.items.user_traits.insert(name.name.clone(), names);
                    // Typed where an impl lowers them (the types are known then).
                    let consts: Vec<(String, Ty)> = items
                        .iter()
                        .filter_map(|i| if let ItemKind::Const { name, .. } = &i.kind { Some((name.name.clone(), Ty::Unknown)) } else { None })
                        .collect();
                    // A trait with supertraits (or generics) has more
                    // constants than it declares: it is not listed.
                    if *plain {
                        self.items.trait_consts.insert(name.name.clone(), consts);
                    }
                    if *plain {
                        self.plain_traits.push(name.name.clone());
                        let methods = items.iter().filter_map(|i| if let ItemKind::Fn(d) = &i.kind { Some(d.name.name.clone()) } else { None }).collect();
                        self.items.plain_trait_methods.insert(name.name.clone(), methods);
                    }
                }
                _ => {}
            }
        }
    }

    fn new_adt(&mut self, name: &str, path: &str, generics: &[ast::Ident], attrs: &[Attr]) -> AdtId {
        let id = AdtId(self.items.adts.len() as u32);
        let derives: Vec<String> = attr_args(attrs, "derive").map(|s| s.trim().rsplit("::").next().unwrap_or("").to_string()).collect();
        self.items.adts.push(Rc::new(AdtDef {
            name: name.to_string(),
            path: path.to_string(),
            generics: generics.iter().map(|g| g.name.clone()).collect(),
            kind: AdtKind::Struct(FieldsDef::Unit),
            derives,
            impls: attr_args(attrs, "impls").map(|s| s.trim().to_string()).collect(),
            deref: None,
            deref_mut: false,
            future_output: None,
            from_str_err: None,
            stream_item: None,
            iter_item: None,
            not_send: false,
            not_sync: false,
            send_needs_sync: has_attr(attrs, "send_needs_sync"),
            complete: has_attr(attrs, "complete") || has_attr(attrs, "not_declared"),
            not_declared: attr_args(attrs, "not_declared").map(|s| s.trim().to_string()).collect(),
            is_stub: self.is_stub,
            has_trait_impls: false,
            ops: Vec::new(),
        }));
        id
    }

    /// The `use`s of the user's `mod` blocks (after `collect_module`, so
    /// that paths relative to a module find its items).
    fn lower_module_uses(&mut self, items: &[&'a Item], prefix: &str) {
        for item in items {
            match &item.kind {
                ItemKind::Use(tree) if !prefix.is_empty() => self.lower_use(tree, &[], prefix),
                ItemKind::Mod { name, items } => {
                    let path = join(prefix, &name.name);
                    let items: Vec<&'a Item> = items.iter().collect();
                    self.lower_module_uses(&items, &path);
                }
                _ => {}
            }
        }
    }

    /// Second pass: fields, functions, impls, constants, uses.
    fn lower_module(&mut self, items: &[&'a Item], prefix: &str) {
        // Type aliases first: a struct's field may name one declared
        // after it (`tasks: VecDeque<Task>` above `type Task = ..;`).
        for item in items {
            if let ItemKind::TypeAlias { name, generics, ty } = &item.kind {
                // `type Responder<T> = Sender<Result<T>>;`: its parameters
                // stay `Param`s, replaced by the arguments where it is named.
                let g = Generics { names: generics.iter().map(|g| g.name.clone()).collect(), self_ty: None, bounds: Vec::new() };
                let t = self.lower_ty(ty, &g, prefix);
                self.items.types.insert(join(prefix, &name.name), TypeDef::Alias(t));
            }
        }
        for item in items {
            match &item.kind {
                ItemKind::Struct(s) => {
                    let Some(TypeDef::Adt(id)) = self.items.types.get(&join(prefix, &s.name.name)).cloned() else { continue };
                    let g = Generics { names: s.generics.iter().map(|g| g.name.clone()).collect(), self_ty: None, bounds: Vec::new() };
                    let fields = self.lower_fields(&s.fields, &g, prefix);
                    if let Fields::Named(fs) = &s.fields
                        && !self.is_stub
                    {
                        let kept = |t: &Type| {
                            dyn_box_target(t).is_some()
                                || dyn_behind(t).is_some_and(|(w, ..)| matches!(w, "Arc" | "Rc"))
                                || matches!(t.kind, TypeKind::Array { len: Some(_), .. })
                        };
                        for (n, t) in fs.iter().filter(|(_, t)| kept(t)) {
                            self.items.written_fields.insert((id, n.name.clone()), t.clone());
                        }
                    }
                    if let Some(adt) = self.items.adts.get_mut(id.0 as usize) {
                        Rc::make_mut(adt).kind = AdtKind::Struct(fields);
                    }
                }
                ItemKind::Enum(e) => {
                    let Some(TypeDef::Adt(id)) = self.items.types.get(&join(prefix, &e.name.name)).cloned() else { continue };
                    let g = Generics { names: e.generics.iter().map(|g| g.name.clone()).collect(), self_ty: None, bounds: Vec::new() };
                    let variants = e
                        .variants
                        .iter()
                        .map(|v| VariantDef { name: v.name.name.clone(), fields: self.lower_fields(&v.fields, &g, prefix), is_default: v.is_default })
                        .collect();
                    if let Some(adt) = self.items.adts.get_mut(id.0 as usize) {
                        Rc::make_mut(adt).kind = AdtKind::Enum(variants);
                    }
                }
                ItemKind::Fn(f) => {
                    let id = self.lower_fn(f, &Generics::default(), 0, None, prefix);
                    self.items.values.insert(join(prefix, &f.name.name), ValueDef::Fn(id));
                }
                ItemKind::Impl(imp) => {
                    if !self.is_stub
                        && let (Some(tr), ast::TypeKind::Path(p)) = (&imp.trait_, &imp.self_ty.kind)
                        && p.segments.len() == 1
                        && imp.generics.iter().any(|g| g.name == p.last())
                    {
                        self.items.blanket_traits.push(tr.last().to_string());
                    }
                    self.lower_impl(imp, prefix, item.span)
                }
                ItemKind::Const { name, ty, .. } => {
                    let t = self.lower_ty(ty, &Generics::default(), prefix);
                    self.items.values.insert(join(prefix, &name.name), ValueDef::Const(t));
                }
                ItemKind::TypeAlias { .. } => {}
                ItemKind::Mod { name, items } => {
                    let path = join(prefix, &name.name);
                    let items: Vec<&'a Item> = items.iter().collect();
                    self.lower_module(&items, &path);
                }
                ItemKind::Use(tree) => {
                    if !self.is_stub && prefix.is_empty() {
                        self.lower_use(tree, &[], "");
                    }
                }
                ItemKind::Trait { .. } => {}
            }
        }
    }

    fn lower_use(&mut self, tree: &UseTree, prefix: &[String], module: &str) {
        let mut path: Vec<String> = prefix.to_vec();
        path.extend(tree.prefix.iter().map(|i| i.name.clone()));
        match &tree.kind {
            UseTreeKind::Simple { rename } => {
                let Some(last) = path.last().cloned() else { return };
                let (name, path) = if last == "self" {
                    let p = path[..path.len() - 1].to_vec();
                    (p.last().cloned().unwrap_or_default(), p)
                } else {
                    (last, path)
                };
                let name = rename.as_ref().map_or(name, |r| r.name.clone());
                if name == "_" && !self.is_stub {
                    let full = self.absolute_in(&path, module);
                    self.items.anon_uses.push(full);
                }
                if name != "_" {
                    let full = self.absolute_in(&path, module);
                    if !self.is_stub
                        && self.errors.len() < 50
                        && let Some(d) =
                            privacy_error(self.items, &full, module, &tree.prefix.iter().map(|i| (i.name.as_str(), i.span)).collect::<Vec<_>>(), tree.span)
                    {
                        self.errors.push(d);
                    }
                    if module.is_empty() {
                        self.items.scope.insert(name, full);
                    } else {
                        self.items.mod_scope.insert(join(module, &name), full);
                    }
                }
            }
            UseTreeKind::Glob => {
                // `use tokio::sync::mpsc::*;`: every item of the module.
                let from = self.absolute_in(&path, module);
                let prefix = format!("{from}::");
                if !self.is_stub {
                    self.items.anon_uses.push(format!("{prefix}*"));
                }
                let names: Vec<(String, String)> = self
                    .items
                    .types
                    .keys()
                    .chain(self.items.values.keys())
                    .chain(self.items.modules.keys())
                    .filter_map(|k| k.strip_prefix(&prefix).filter(|rest| !rest.contains("::")).map(|rest| (rest.to_string(), k.clone())))
                    .collect();
                for (n, full) in names {
                    if module.is_empty() {
                        self.items.scope.insert(n, full);
                    } else {
                        self.items.mod_scope.insert(join(module, &n), full);
                    }
                }
            }
            UseTreeKind::Nested(trees) => {
                for t in trees {
                    self.lower_use(t, &path, module);
                }
            }
        }
    }

    /// The names a root-level `use` brings into scope (after the items are
    /// lowered, so that a glob sees them all).
    fn use_names(&self, tree: &UseTree, prefix: &[String], out: &mut Vec<String>) {
        let mut path: Vec<String> = prefix.to_vec();
        path.extend(tree.prefix.iter().map(|i| i.name.clone()));
        match &tree.kind {
            UseTreeKind::Simple { rename } => {
                let last = match path.as_slice() {
                    [.., parent, last] if last == "self" => parent.clone(),
                    [.., last] => last.clone(),
                    [] => return,
                };
                out.push(rename.as_ref().map_or(last, |r| r.name.clone()));
            }
            UseTreeKind::Glob => {
                let prefix = format!("{}::", self.absolute_in(&path, ""));
                let keys = self.items.types.keys().chain(self.items.values.keys()).chain(self.items.modules.keys());
                out.extend(keys.filter_map(|k| k.strip_prefix(&prefix).filter(|rest| !rest.contains("::")).map(str::to_string)));
            }
            UseTreeKind::Nested(trees) => {
                for t in trees {
                    self.use_names(t, &path, out);
                }
            }
        }
    }

    /// A `use` path of the user's module `module` made absolute: relative
    /// to the module when it starts with `self`/`super` or names one of
    /// the module's items or `use`s, else as at the root.
    fn absolute_in(&self, path: &[String], module: &str) -> String {
        if module.is_empty() || path.first().is_some_and(|f| f == "crate" || f == "::") {
            return self.absolute(&path.join("::"));
        }
        let names: Vec<&str> = path.iter().map(|s| s.as_str()).collect();
        let relative = matches!(names.first(), Some(&"self") | Some(&"super"))
            || names.first().is_some_and(|f| {
                let own = join(module, f);
                self.items.types.contains_key(&own)
                    || self.items.values.contains_key(&own)
                    || self.items.modules.contains_key(&own)
                    || self.items.mod_scope.contains_key(&own)
            });
        if relative {
            // `use super::{self}`-like paths of one segment keep it.
            let mut names = names;
            names.push("_");
            let full = expand_in(self.items, &names, module).unwrap_or_default();
            return full.strip_suffix("::_").map_or(full.clone(), |s| s.to_string());
        }
        self.absolute(&path.join("::"))
    }

    /// A `use` path made absolute: `crate::`/`self::` dropped, a first
    /// segment that is already in scope (an earlier `use`) replaced.
    fn absolute(&self, path: &str) -> String {
        let mut p = path;
        for pre in ["::", "crate::", "self::"] {
            if let Some(rest) = p.strip_prefix(pre) {
                p = rest;
            }
        }
        let (first, rest) = p.split_once("::").unwrap_or((p, ""));
        let base = match first {
            "core" | "alloc" => "std".to_string(),
            "std" | "tokio" | "tokio_util" | "tokio_stream" | "futures" => first.to_string(),
            _ => match self.items.scope.get(first) {
                Some(full) if !self.items.types.contains_key(first) && !self.items.modules.contains_key(first) => full.clone(),
                _ => first.to_string(),
            },
        };
        canonical(&if rest.is_empty() { base } else { format!("{base}::{rest}") })
    }

    fn lower_fields(&mut self, f: &Fields, g: &Generics, prefix: &str) -> FieldsDef {
        match f {
            Fields::Unit => FieldsDef::Unit,
            Fields::Tuple(ts) => FieldsDef::Tuple(ts.iter().map(|t| self.lower_ty(t, g, prefix)).collect()),
            Fields::Named(fs) => FieldsDef::Named(fs.iter().map(|(n, t)| (n.name.clone(), self.lower_ty(t, g, prefix))).collect()),
        }
    }

    /// For a parameter typed `impl Tr`, `&dyn Tr`, `&mut dyn Tr`, `Box<dyn
    /// Tr>`, `T`, `&T` or `&mut T` (with `T: Tr + ..`) where every trait is
    /// a plain user trait: how rustc names the type in E0599, and the
    /// methods the traits declare.
    fn param_trait_methods(&self, ty: &Type, f: &ast::FnDecl) -> Option<(String, Vec<String>)> {
        let methods = |names: &[String]| -> Option<Vec<String>> {
            let mut out = Vec::new();
            for n in names {
                if !self.plain_traits.contains(n) {
                    return None;
                }
                for item in self.traits.get(n)?.iter() {
                    if let ItemKind::Fn(d) = &item.kind {
                        out.push(d.name.name.clone());
                    }
                }
            }
            Some(out)
        };
        let (reference, inner) = match &ty.kind {
            TypeKind::Ref { is_mut, inner } => (Some(*is_mut), &**inner),
            _ => (None, ty),
        };
        let amp = match reference {
            Some(true) => "&mut ",
            Some(false) => "&",
            None => "",
        };
        let kind = |param: bool| match reference {
            Some(true) => "mutable reference",
            Some(false) => "reference",
            None if param => "type parameter",
            None => "struct",
        };
        match &inner.kind {
            TypeKind::Impl(p) if fn_trait_args(p).is_none() => {
                let t = p.last().to_string();
                let m = methods(std::slice::from_ref(&t))?;
                let shown = if reference.is_some() { format!("{amp}dyn {t}") } else { format!("impl {t}") };
                Some((format!("{} `{shown}`", kind(true)), m))
            }
            TypeKind::Path(p) if reference.is_none() && p.last() == "Box" => {
                let g = p.segments.last()?.generics.first()?;
                let TypeKind::Impl(tp) = &g.kind else { return None };
                let t = tp.last().to_string();
                let m = methods(std::slice::from_ref(&t))?;
                Some((format!("struct `Box<dyn {t}>`"), m))
            }
            TypeKind::Path(p) if p.segments.len() == 1 && p.segments[0].generics.is_empty() => {
                let name = &p.segments[0].ident.name;
                if !f.generics.iter().any(|g| g.name == *name) {
                    return None;
                }
                let traits: Vec<String> =
                    f.bounds.iter().filter(|(g, _)| g.name == *name).flat_map(|(_, ts)| ts.iter().map(|t| t.last().to_string())).collect();
                if traits.is_empty() {
                    return None;
                }
                let m = methods(&traits)?;
                Some((format!("{} `{amp}{name}`", kind(true)), m))
            }
            _ => None,
        }
    }

    /// rustc's E0277 for an impl of a trait whose supertrait (a derivable
    /// std trait, or a user trait) the type does not implement:
    /// `impl OutlinePrint for Point {}` with `trait OutlinePrint: Display`.
    fn check_supertraits(&mut self) {
        for (id, tr, at) in std::mem::take(&mut self.supertrait_impls) {
            let Some(adt) = self.items.adts.get(id.0 as usize).cloned() else { continue };
            for sup in self.supertraits.get(&tr).cloned().unwrap_or_default() {
                let decidable = DECIDABLE_STD_TRAITS.contains(&sup.as_str()) && sup != "ArcWake" || self.traits.contains_key(&sup);
                if !decidable || adt.derives(&sup) {
                    continue;
                }
                let name = &adt.name;
                let message = match sup.as_str() {
                    "Display" => format!("`{name}` doesn't implement `std::fmt::Display`"),
                    "Debug" => format!("`{name}` doesn't implement `Debug`"),
                    _ => format!("the trait bound `{name}: {sup}` is not satisfied"),
                };
                let d = Diagnostic::error(at, message)
                    .with_code("E0277")
                    .with_label(at, "unsatisfied trait bound")
                    .with_note(format!("help: the trait `{sup}` is not implemented for `{name}`"))
                    .with_note(format!("note: required by a bound in `{tr}`: every `{tr}` must also be `{sup}`"));
                self.errors.push(d);
            }
        }
    }

    /// rustc's E0407 for a method the trait does not declare, and E0046
    /// for a required method the impl leaves out.
    fn trait_items_match(&mut self, trait_items: &[Item], imp: &ast::ImplBlock, trait_name: &str, span: Span) {
        let declared: Vec<&ast::FnDecl> = trait_items.iter().filter_map(|i| if let ItemKind::Fn(f) = &i.kind { Some(f) } else { None }).collect();
        let is_const = |i: &Item, n: &str| matches!(&i.kind, ItemKind::Const { name, .. } if name.name == n);
        let is_type = |i: &Item, n: &str| matches!(&i.kind, ItemKind::TypeAlias { name, .. } if name.name == n);
        for item in &imp.items {
            if let ItemKind::TypeAlias { name, .. } = &item.kind
                && !trait_items.iter().any(|t| is_type(t, &name.name))
            {
                let d = Diagnostic::error(item.span, format!("type `{}` is not a member of trait `{trait_name}`", name.name))
                    .with_code("E0437")
                    .with_label(item.span, format!("not a member of trait `{trait_name}`"));
                self.errors.push(d);
            }
            if let ItemKind::Const { name, .. } = &item.kind
                && !trait_items.iter().any(|t| is_const(t, &name.name))
            {
                let d = Diagnostic::error(item.span, format!("const `{}` is not a member of trait `{trait_name}`", name.name))
                    .with_code("E0438")
                    .with_label(item.span, format!("not a member of trait `{trait_name}`"));
                self.errors.push(d);
            }
        }
        // E0050 / E0053: a method whose parameter count, or whose written
        // return type (a primitive or `String`, `()` when left out),
        // differs from the trait's.
        let simple = |t: Option<&ast::Type>| -> Option<String> {
            match t {
                None => Some("()".to_string()),
                Some(ast::Type { kind: ast::TypeKind::Tuple(v), .. }) if v.is_empty() => Some("()".to_string()),
                Some(ast::Type { kind: ast::TypeKind::Path(p), .. })
                    if p.segments.len() == 1
                        && p.segments[0].generics.is_empty()
                        && (prim_ty(p.last()).is_some() || p.last() == "String")
                        && !self.items.types.contains_key(p.last()) =>
                {
                    Some(p.last().to_string())
                }
                _ => None,
            }
        };
        for item in &imp.items {
            let ItemKind::Fn(f) = &item.kind else { continue };
            let Some(d) = declared.iter().find(|d| d.name.name == f.name.name) else { continue };
            let (np, nd) = (f.params.len() + usize::from(f.self_param.is_some()), d.params.len() + usize::from(d.self_param.is_some()));
            // (A `self` on one side only is E0185/E0186: not judged here.)
            if np != nd && f.self_param.is_some() == d.self_param.is_some() {
                let plural = |n: usize| if n == 1 { "" } else { "s" };
                // rustc points at the parameters.
                let at = f.self_param.as_ref().map(|p| p.span).or_else(|| f.params.first().map(|p| p.pat.span)).unwrap_or(f.name.span);
                let d = Diagnostic::error(
                    at,
                    format!("method `{}` has {np} parameter{} but the declaration in trait `{trait_name}::{}` has {nd}", f.name.name, plural(np), f.name.name),
                )
                .with_code("E0050")
                .with_label(at, format!("expected {nd} parameter{}, found {np}", plural(nd)));
                self.errors.push(d);
                continue;
            }
            if f.generics.is_empty()
                && d.generics.is_empty()
                && !f.is_async
                && !d.is_async
                && let (Some(want), Some(got)) = (simple(d.ret.as_ref()), simple(f.ret.as_ref()))
                && want != got
            {
                let at = f.ret.as_ref().map_or(f.sig_span, |t| t.span);
                let d = Diagnostic::error(at, format!("method `{}` has an incompatible type for trait", f.name.name))
                    .with_code("E0053")
                    .with_label(at, format!("expected `{want}`, found `{got}`"))
                    .with_note(format!("note: the trait declares `{}` to return `{want}`: an impl must keep the trait's signature", f.name.name));
                self.errors.push(d);
            }
        }
        for item in &imp.items {
            if let ItemKind::Fn(f) = &item.kind
                && !declared.iter().any(|d| d.name.name == f.name.name)
            {
                let d = Diagnostic::error(item.span, format!("method `{}` is not a member of trait `{trait_name}`", f.name.name))
                    .with_code("E0407")
                    .with_label(f.name.span, format!("not a member of trait `{trait_name}`"));
                self.errors.push(d);
            }
        }
        // In the trait's order, constants without a default and required
        // methods.
        let missing: Vec<String> = trait_items
            .iter()
            .filter_map(|t| match &t.kind {
                ItemKind::Fn(d) if !d.has_body && !imp.items.iter().any(|i| matches!(&i.kind, ItemKind::Fn(f) if f.name.name == d.name.name)) => {
                    Some(format!("`{}`", d.name.name))
                }
                ItemKind::Const { name, value: None, .. } if !imp.items.iter().any(|i| is_const(i, &name.name)) => Some(format!("`{}`", name.name)),
                ItemKind::TypeAlias { name, .. } if !imp.items.iter().any(|i| is_type(i, &name.name)) => Some(format!("`{}`", name.name)),
                _ => None,
            })
            .collect();
        if !missing.is_empty() {
            let d = Diagnostic::error(span, format!("not all trait items implemented, missing: {}", missing.join(", ")))
                .with_code("E0046")
                .with_label(span, format!("missing {} in implementation", missing.join(", ")));
            self.errors.push(d);
        }
    }

    fn lower_impl(&mut self, imp: &'a ast::ImplBlock, prefix: &str, span: Span) {
        let mut g = Generics {
            names: imp.generics.iter().map(|i| i.name.clone()).collect(),
            self_ty: None,
            bounds: imp.bounds.iter().map(|(n, ts)| (n.name.clone(), ts.iter().map(|t| t.last().to_string()).collect())).collect(),
        };
        let self_ty = self.lower_ty(&imp.self_ty, &g, prefix);
        g.self_ty = Some(self_ty.clone());
        if !self.is_stub && !self.orphan_rules(imp, &self_ty, &g, prefix, span) {
            return;
        }
        if let Some(tr) = &imp.trait_ {
            let trait_name = tr.last().to_string();
            // rustc's E0119: the same trait (with the same arguments)
            // implemented twice for one type.
            if !self.is_stub
                && imp.generics.is_empty()
                && let Ty::Adt(_, targs) = &self_ty
                && targs.is_empty()
            {
                let written = crate::ast_print::print_type(&ast::Type { kind: ast::TypeKind::Path(tr.clone()), span: tr.span });
                let key = (written.replace(' ', ""), format!("{self_ty:?}"));
                if self.trait_impls_seen.contains(&key) {
                    let shown_trait = match crate::check::items::expand(self.items, &tr.names()) {
                        Some(full) if full.starts_with("std::fmt::") || full.starts_with("std::ops::") => full,
                        _ => written.clone(),
                    };
                    let shown_ty = crate::ast_print::print_type(&imp.self_ty);
                    self.errors.push(
                        Diagnostic::error(span, format!("conflicting implementations of trait `{shown_trait}` for type `{shown_ty}`"))
                            .with_code("E0119")
                            .with_label(span, format!("conflicting implementation for `{shown_ty}`")),
                    );
                    return;
                }
                self.trait_impls_seen.push(key);
            }
            let Ty::Adt(id, _) = &self_ty else {
                // A user trait for a primitive, `str` or a slice (`impl
                // Describe for i32`): its methods are the type's.
                if let Some(user_trait) = self.traits.get(&trait_name).copied().filter(|_| !self.is_stub) {
                    self.trait_items_match(user_trait, imp, &trait_name, span);
                    let def = self.lower_trait_impl(imp, &g, &self_ty, &trait_name, Some(user_trait), prefix);
                    self.record_foreign_impl(&trait_name, &def);
                    self.push_impl(def);
                } else if trait_name == "From" && !self.is_stub {
                    // `impl From<Celsius> for f64`: checked, and a
                    // conversion from `Celsius` into `f64` calls its `from`.
                    let source = tr.segments.last().and_then(|s| s.generics.first()).map_or(Ty::Unknown, |t| self.lower_ty(t, &g, prefix));
                    let def = self.lower_trait_impl(imp, &g, &self_ty, &trait_name, None, prefix);
                    if let Some(&fid) = def.fns.iter().find(|f| self.items.fns[f.0 as usize].name == "from") {
                        self.items.prim_from_impls.push((self_ty.clone(), source, fid, span.start));
                    }
                    self.push_impl(def);
                }
                return;
            };
            let id = *id;
            let rhs = tr.segments.last().and_then(|s| s.generics.first()).map(|t| self.lower_ty(t, &g, prefix));
            let assoc = imp.items.iter().find_map(|i| match &i.kind {
                ItemKind::TypeAlias { ty, .. } => Some(self.lower_ty(ty, &g, prefix)),
                _ => None,
            });
            if !self.is_stub && self.supertraits.contains_key(&trait_name) {
                self.supertrait_impls.push((id, trait_name.clone(), imp.self_ty.span));
            }
            let Some(adt) = self.items.adts.get_mut(id.0 as usize) else { return };
            let adt = Rc::make_mut(adt);
            if !self.is_stub {
                adt.has_trait_impls = true;
                if !adt.derives.contains(&trait_name) {
                    adt.derives.push(trait_name.clone());
                }
                // A user trait's methods, and `Display`'s or `Debug`'s `fmt`,
                // are the type's methods (checked, and called by the
                // compiler); provided methods the impl leaves out too.
                let user_trait = self.traits.get(&trait_name).copied();
                if trait_name == "Future" {
                    // A hand-written future: awaiting it gives `Output`.
                    adt.future_output = assoc;
                } else if trait_name == "Stream" {
                    // A hand-written stream: `next().await` gives `Item`s.
                    adt.stream_item = Some(assoc.unwrap_or(Ty::Unknown));
                } else if trait_name == "Iterator" {
                    adt.iter_item = Some(assoc.clone().unwrap_or(Ty::Unknown));
                    // `Item` and `next` are what `Iterator` requires.
                    let has_item = imp.items.iter().any(|i| matches!(&i.kind, ItemKind::TypeAlias { name, .. } if name.name == "Item"));
                    let has_next = imp.items.iter().any(|i| matches!(&i.kind, ItemKind::Fn(f) if f.name.name == "next"));
                    let missing: Vec<&str> = [(!has_item).then_some("`Item`"), (!has_next).then_some("`next`")].into_iter().flatten().collect();
                    if !missing.is_empty() {
                        let d = Diagnostic::error(span, format!("not all trait items implemented, missing: {}", missing.join(", ")))
                            .with_code("E0046")
                            .with_label(span, format!("missing {} in implementation", missing.join(", ")));
                        self.errors.push(d);
                    }
                } else if trait_name == "ArcWake" && !imp.items.iter().any(|i| matches!(&i.kind, ItemKind::Fn(f) if f.name.name == "wake_by_ref")) {
                    // `wake_by_ref` is what futures' `ArcWake` requires.
                    let d = Diagnostic::error(span, "not all trait items implemented, missing: `wake_by_ref`")
                        .with_code("E0046")
                        .with_label(span, "missing `wake_by_ref` in implementation");
                    self.errors.push(d);
                } else if trait_name == "FromStr" {
                    adt.from_str_err = Some(assoc.clone().unwrap_or(Ty::Unknown));
                } else if trait_name == "Deref" {
                    // A smart pointer of the user's: fields and methods of
                    // `Target` are reached through its `deref`.
                    adt.deref = assoc.clone();
                } else if trait_name == "DerefMut" {
                    adt.deref_mut = true;
                } else if OPERATOR_TRAITS.contains(&trait_name.as_str()) {
                    // `impl Add<Rhs> for T { type Output = O; fn add(..) }`:
                    // the operator's types, and its method.
                    adt.ops.push((trait_name.clone(), rhs.clone().unwrap_or_else(|| self_ty.clone()), assoc.clone()));
                } else if user_trait.is_none()
                    && !matches!(
                        trait_name.as_str(),
                        "Display"
                            | "Debug"
                            | "Sum"
                            | "Product"
                            | "From"
                            | "TryFrom"
                            | "Error"
                            | "ArcWake"
                            | "PartialEq"
                            | "PartialOrd"
                            | "Ord"
                            | "Clone"
                            | "Default"
                            | "Hash"
                            | "Drop"
                    )
                {
                    return;
                }
                if let Some(trait_items) = user_trait {
                    self.trait_items_match(trait_items, imp, &trait_name, span);
                }
                let def = self.lower_trait_impl(imp, &g, &self_ty, &trait_name, user_trait, prefix);
                if user_trait.is_some() && self.items.adts.get(id.0 as usize).is_some_and(|a| a.is_stub) {
                    self.record_foreign_impl(&trait_name, &def);
                }
                // Every `From` impl, by its source type: a conversion picks
                // the one its value's type names (`Type::from` resolves to
                // the first, for a type with one).
                if trait_name == "From"
                    && let Some(&fid) = def.fns.iter().find(|f| self.items.fns[f.0 as usize].name == "from")
                {
                    let source = rhs.clone().unwrap_or(Ty::Unknown);
                    self.items.from_impls.get_or_default(id).push((source, fid, span.start));
                }
                // And every `TryFrom` impl's source type (`x.try_into()`).
                if trait_name == "TryFrom" {
                    self.items.try_from_sources.get_or_default(id).push(rhs.clone().unwrap_or(Ty::Unknown));
                }
                let index = self.items.impls.len();
                self.items.impls.push(Rc::new(def));
                self.items.adt_impls.get_or_default(id).push(index);
                return;
            }
            match (trait_name.as_str(), imp.negative) {
                ("Send", true) => adt.not_send = true,
                ("Sync", true) => adt.not_sync = true,
                ("Deref", _) => adt.deref = assoc,
                ("DerefMut", _) => adt.deref_mut = true,
                ("Future", _) => adt.future_output = assoc,
                ("Stream", _) => adt.stream_item = Some(assoc.unwrap_or(Ty::Unknown)),
                (op, _) => adt.ops.push((op.to_string(), rhs.unwrap_or_else(|| self_ty.clone()), assoc)),
            }
            return;
        }
        let mut def = ImplDef { generics: g.names.clone(), self_ty: self_ty.clone(), fns: Vec::new(), consts: Vec::new(), trait_: None, types: Vec::new() };
        for item in &imp.items {
            match &item.kind {
                ItemKind::Fn(f) => {
                    let id = self.lower_fn(f, &g, g.names.len(), Some(self_ty.clone()), prefix);
                    def.fns.push(id);
                }
                ItemKind::Const { name, ty, .. } => {
                    let t = self.lower_ty(ty, &g, prefix);
                    def.consts.push((name.name.clone(), t));
                }
                _ => {}
            }
        }
        self.push_impl(def);
    }

    /// A user trait's impl for a std type (`Items::foreign_impls`).
    fn record_foreign_impl(&mut self, trait_name: &str, def: &ImplDef) {
        let methods = def.fns.iter().map(|f| self.items.fns[f.0 as usize].name.clone()).collect();
        self.items.foreign_impls.push((trait_name.to_string(), def.self_ty.clone(), methods));
    }

    /// Records an impl under the type it is for.
    fn push_impl(&mut self, def: ImplDef) {
        let index = self.items.impls.len();
        let self_ty = def.self_ty.clone();
        self.items.impls.push(Rc::new(def));
        match &self_ty {
            Ty::Adt(id, _) => self.items.adt_impls.get_or_default(*id).push(index),
            Ty::Slice(_) | Ty::Array(_) => self.items.slice_impls.push(index),
            Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str => {
                let name = prim_name(&self_ty).to_string();
                self.items.prim_impls.get_or_default(name).push(index);
            }
            _ => {}
        }
    }

    /// Rust's orphan rules for the user's impls, for the sure cases: an
    /// inherent impl for a type of another crate (E0390 for a primitive,
    /// E0116 else), and a trait of another crate for a type of another
    /// crate with no local type among the trait's arguments (E0117).
    /// Whether the impl may be lowered.
    fn orphan_rules(&mut self, imp: &ast::ImplBlock, self_ty: &Ty, g: &Generics, prefix: &str, span: Span) -> bool {
        let local = |items: &Items, t: &Ty| t.any(&mut |x| matches!(x, Ty::Adt(id, _) if items.adts.get(id.0 as usize).is_some_and(|a| !a.is_stub)));
        let foreign = |t: &Ty| matches!(t, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str | Ty::Slice(_) | Ty::Array(_) | Ty::Adt(..));
        if local(self.items, self_ty) || !foreign(self_ty) {
            return true;
        }
        let header = Span { start: span.start, end: imp.self_ty.span.end };
        let d = match &imp.trait_ {
            None if matches!(self_ty, Ty::Adt(..)) => {
                Diagnostic::error(header, "cannot define inherent `impl` for a type outside of the crate where the type is defined")
                    .with_code("E0116")
                    .with_label(header, "impl for type defined outside of crate")
                    .with_note("help: define and implement a trait or new type instead")
            }
            None => Diagnostic::error(header, "cannot define inherent `impl` for primitive types")
                .with_code("E0390")
                .with_note("help: consider using an extension trait instead"),
            Some(tr) => {
                if self.traits.contains_key(tr.last()) {
                    return true;
                }
                let args: Vec<Ty> = tr.segments.last().map(|s| s.generics.iter().map(|t| self.lower_ty(t, g, prefix)).collect()).unwrap_or_default();
                if args.iter().any(|t| local(self.items, t)) {
                    return true;
                }
                Diagnostic::error(header, "only traits defined in the current crate can be implemented for types defined outside of the crate")
                    .with_code("E0117")
                    .with_label(imp.self_ty.span, "this is not defined in the current crate")
                    .with_note("note: impl doesn't have any local type before any uncovered type parameters")
                    .with_note("note: define and implement a trait or new type instead")
            }
        };
        self.errors.push(d);
        false
    }

    /// A trait impl's functions (and the trait's provided ones it leaves
    /// out, each checked once per trait) and the trait's constants.
    fn lower_trait_impl(
        &mut self,
        imp: &'a ast::ImplBlock,
        g: &Generics,
        self_ty: &Ty,
        trait_name: &str,
        user_trait: Option<&'a [Item]>,
        prefix: &str,
    ) -> ImplDef {
        let mut def = ImplDef {
            generics: g.names.clone(),
            self_ty: self_ty.clone(),
            fns: Vec::new(),
            consts: Vec::new(),
            trait_: Some(trait_name.to_string()),
            types: Vec::new(),
        };
        // The trait's constants, as the impl's (its type as the
        // trait declares it).
        let mut consts = Vec::new();
        for item in user_trait.unwrap_or(&[]) {
            if let ItemKind::Const { name, ty, .. } = &item.kind {
                let t = self.lower_ty(ty, g, prefix);
                def.consts.push((name.name.clone(), t));
                let t = self.lower_ty(ty, &Generics::default(), prefix);
                consts.push((name.name.clone(), t));
            }
        }
        if self.items.trait_consts.contains_key(trait_name) {
            self.items.trait_consts.insert(trait_name.to_string(), consts);
        }
        for item in &imp.items {
            if let ItemKind::TypeAlias { name, ty, .. } = &item.kind {
                let t = self.lower_ty(ty, g, prefix);
                def.types.push((name.name.clone(), t));
            }
        }
        let mut own: Vec<&str> = Vec::new();
        for item in &imp.items {
            if let ItemKind::Fn(f) = &item.kind {
                own.push(&f.name.name);
                let fid = self.lower_fn(f, g, g.names.len(), Some(self_ty.clone()), prefix);
                def.fns.push(fid);
            }
        }
        for item in user_trait.unwrap_or(&[]) {
            if let ItemKind::Fn(f) = &item.kind
                && f.has_body
                && !own.contains(&f.name.name.as_str())
            {
                let key = (trait_name.to_string(), f.name.name.clone());
                let checked = self.checked_defaults.contains(&key);
                let fid = self.lower_fn(f, g, g.names.len(), Some(self_ty.clone()), prefix);
                if let Some(sig) = self.items.fns.get_mut(fid.0 as usize) {
                    Rc::make_mut(sig).provided_of = Some(trait_name.to_string());
                }
                if checked {
                    self.bodies.pop();
                } else {
                    self.checked_defaults.push(key);
                }
                def.fns.push(fid);
            }
        }
        def
    }

    /// Whether a bound `T: tr` leaves `T` surely not `Copy`: `tr` is a
    /// std trait that does not imply `Copy`, or a user trait none of whose
    /// supertraits does. Any other trait might.
    fn never_copy_bound(&self, tr: &str, depth: u32) -> bool {
        const STD: &[&str] = &[
            "Debug",
            "Display",
            "Clone",
            "PartialEq",
            "Eq",
            "PartialOrd",
            "Ord",
            "Hash",
            "Default",
            "Send",
            "Sync",
            "Sized",
            "Unpin",
            "Fn",
            "FnMut",
            "FnOnce",
            "Iterator",
            "IntoIterator",
            "Future",
            "ToString",
            "Error",
            "AsRef",
            "Into",
            "From",
            "Add",
            "Sub",
            "Mul",
            "Div",
            "Rem",
            "Neg",
            "AddAssign",
            "SubAssign",
            "MulAssign",
            "DivAssign",
            "Sum",
            "Product",
            "FromStr",
            "Stream",
        ];
        if tr.starts_with('\'') || STD.contains(&tr) {
            return true;
        }
        if depth > 8 || !self.traits.contains_key(tr) {
            return false;
        }
        self.supertraits.get(tr).is_none_or(|sups| sups.iter().all(|s| self.never_copy_bound(s, depth + 1)))
    }

    /// `tr` and the traits it implies (std's supertraits, a user trait's).
    fn trait_closure(&self, tr: &str, out: &mut Vec<String>, depth: u32) {
        if depth > 8 || out.iter().any(|t| t == tr) {
            return;
        }
        out.push(tr.to_string());
        let std_supers: &[&str] = match tr {
            "Copy" => &["Clone"],
            "Eq" => &["PartialEq"],
            "PartialOrd" => &["PartialEq"],
            "Ord" => &["Eq", "PartialOrd"],
            "Error" => &["Debug", "Display"],
            _ => &[],
        };
        for s in std_supers {
            self.trait_closure(s, out, depth + 1);
        }
        for s in self.supertraits.get(tr).cloned().unwrap_or_default() {
            self.trait_closure(&s, out, depth + 1);
        }
    }

    fn lower_fn(&mut self, f: &'a FnDecl, outer: &Generics, impl_generics: usize, self_ty: Option<Ty>, prefix: &str) -> FnId {
        let mut g = outer.clone();
        g.names.extend(f.generics.iter().map(|i| i.name.clone()));
        let self_kind = f.self_param.as_ref().map(|s| match (&s.ty, s.is_ref, s.is_mut) {
            // `self: Arc<Self>`; other written types (`Box<Self>`,
            // `Pin<&mut Self>`, `_` in the stubs) are not modelled.
            (Some(t), ..) if matches!(&t.kind, ast::TypeKind::Path(p) if p.last() == "Arc") => SelfKind::Arc,
            (Some(t), ..) if matches!(&t.kind, ast::TypeKind::Ref { is_mut: false, inner } if matches!(&inner.kind, ast::TypeKind::Path(p) if p.last() == "Arc")) => {
                SelfKind::RefArc
            }
            // `self: Pin<&mut Self>` (a hand-written `poll`): the value, by
            // `&mut`, as far as calls and the body are concerned.
            (Some(t), ..) if is_pin_mut_self(t) => SelfKind::RefMut,
            (Some(_), ..) => SelfKind::Other,
            (None, true, true) => SelfKind::RefMut,
            (None, true, false) => SelfKind::Ref,
            (None, false, _) => SelfKind::Value,
        });
        // A typed `self` (`self: Arc<Self>`) is the parser's `self_param`
        // too: `params` are the others.
        // A parameter of a generic type bound by `Fn(A) -> B` (`f: F` with
        // `F: Fn(&Event) -> u32`) is typed as `impl Fn(A) -> B` is, so a
        // closure passed to it gets its parameters' types from the bound.
        let fn_bound = |t: &ast::Type| -> Option<&ast::Path> {
            let ast::TypeKind::Path(p) = &t.kind else { return None };
            if p.segments.len() != 1 || !p.segments[0].generics.is_empty() || !f.generics.iter().any(|g| g.name == p.last()) {
                return None;
            }
            f.bounds.iter().filter(|(n, _)| n.name == p.last()).flat_map(|(_, ts)| ts.iter()).find(|b| fn_trait_args(b).is_some())
        };
        let params: Vec<Ty> = f
            .params
            .iter()
            .map(|p| match fn_bound(&p.ty) {
                Some(b) => self.lower_ty(&ast::Type { kind: ast::TypeKind::Impl(b.clone()), span: p.ty.span }, &g, prefix),
                None => self.lower_ty(&p.ty, &g, prefix),
            })
            .collect();
        let ret = f.ret.as_ref().map_or(Ty::unit(), |t| self.lower_ty(t, &g, prefix));
        let ret = if f.is_async { Ty::Future(Box::new(ret)) } else { ret };
        let bounds: Vec<(usize, Vec<String>)> = f
            .bounds
            .iter()
            .filter_map(|(name, traits)| {
                let i = g.names.iter().rposition(|n| *n == name.name)?;
                let known: Vec<String> =
                    traits.iter().map(|t| t.last().to_string()).filter(|t| self.traits.contains_key(t) || DECIDABLE_STD_TRAITS.contains(&t.as_str())).collect();
                (!known.is_empty()).then_some((i, known))
            })
            .collect();
        let arith_params: Vec<usize> = f
            .bounds
            .iter()
            .filter(|(_, traits)| traits.iter().any(|t| OVERFLOWING_OP_TRAITS.contains(&t.last())))
            .filter_map(|(name, _)| g.names.iter().rposition(|n| *n == name.name))
            .collect();
        let trait_params: Vec<(usize, Vec<String>)> = f
            .params
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let path = trait_object_path(&p.ty)?;
                let t = path.last().to_string();
                (self.traits.contains_key(&t) || DECIDABLE_STD_TRAITS.contains(&t.as_str())).then(|| (i, vec![t]))
            })
            .collect();
        let fn_kinds: Vec<(usize, bool)> = f
            .params
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let path = match (&p.ty.kind, fn_bound(&p.ty)) {
                    (_, Some(b)) => b,
                    (ast::TypeKind::Impl(b), None) if fn_trait_args(b).is_some() => b,
                    _ => return None,
                };
                match path.last() {
                    "Fn" => Some((i, true)),
                    "FnMut" => Some((i, false)),
                    _ => None,
                }
            })
            .collect();
        // Every trait a generic parameter surely has (its bounds and their
        // supertraits), when all of its bounds are known traits.
        let own_bounds: Vec<(String, Vec<String>)> =
            f.bounds.iter().map(|(i, ts)| (i.name.clone(), ts.iter().map(|t| t.last().to_string()).collect())).collect();
        let param_traits: Vec<Option<Vec<String>>> = g
            .names
            .iter()
            .map(|n| {
                let traits: Vec<&String> = g.bounds.iter().chain(&own_bounds).filter(|(x, _)| x == n).flat_map(|(_, ts)| ts).collect();
                if n.as_str() == "Self" {
                    return None;
                }
                let mut all = Vec::new();
                for t in traits {
                    if !self.never_copy_bound(t, 0) && t != "Copy" {
                        return None;
                    }
                    self.trait_closure(t, &mut all, 0);
                }
                Some(all)
            })
            .collect();
        let fn_ptrs: Vec<(usize, crate::span::Span)> =
            f.params.iter().enumerate().filter(|(_, p)| matches!(p.ty.kind, ast::TypeKind::FnPtr)).map(|(i, p)| (i, p.ty.span)).collect();
        let trait_methods: Vec<(usize, String, Vec<String>)> = if self.is_stub {
            Vec::new()
        } else {
            f.params.iter().enumerate().filter_map(|(i, p)| self.param_trait_methods(&p.ty, f).map(|(d, m)| (i, d, m))).collect()
        };
        let id = FnId(self.items.fns.len() as u32);
        if !self.is_stub {
            self.bodies.push((id, f));
        }
        self.items.fns.push(Rc::new(FnSig {
            name: f.name.name.clone(),
            generics: g.names.clone(),
            impl_generics,
            self_kind,
            params,
            ret,
            is_async: f.is_async,
            is_unsafe: f.is_unsafe,
            is_stub: self.is_stub,
            self_ty,
            module: if self.is_stub { String::new() } else { prefix.to_string() },
            pin_self: f.self_param.as_ref().and_then(|s| s.ty.as_ref()).is_some_and(is_pin_mut_self),
            bounds,
            trait_params,
            trait_methods,
            provided_of: None,
            fn_kinds,
            fn_ptrs,
            param_traits,
            arith_params,
            ret_span: if self.is_stub { None } else { f.ret.as_ref().map(|t| t.span) },
        }));
        id
    }

    /// A written type as a checker type. Unknown names give `Ty::Unknown`
    /// here; the body checker reports them where it can be sure.
    fn lower_ty(&mut self, t: &Type, g: &Generics, prefix: &str) -> Ty {
        match &t.kind {
            TypeKind::Ref { is_mut, inner } => Ty::Ref { is_mut: *is_mut, inner: Box::new(self.lower_ty(inner, g, prefix)) },
            TypeKind::Tuple(v) => Ty::Tuple(v.iter().map(|t| self.lower_ty(t, g, prefix)).collect()),
            TypeKind::Array { elem, len } => {
                let e = self.lower_ty(elem, g, prefix);
                if len.is_some() { Ty::Array(Box::new(e)) } else { Ty::Slice(Box::new(e)) }
            }
            TypeKind::Never => Ty::Never,
            TypeKind::Path(p) => {
                let names = p.names();
                if names.len() == 1 {
                    let n = names[0];
                    if let Some(i) = g.names.iter().rposition(|x| x == n) {
                        return Ty::Param(i as u32, n.to_string());
                    }
                    if n == "Self" {
                        return g.self_ty.clone().unwrap_or(Ty::Unknown);
                    }
                    if let Some(prim) = prim_ty(n) {
                        return prim;
                    }
                }
                let args: Vec<Ty> = p.segments.last().map(|s| s.generics.iter().map(|t| self.lower_ty(t, g, prefix)).collect()).unwrap_or_default();
                let found = if self.is_stub { self.stub_type(&names, prefix) } else { resolve_type_path(self.items, &names, prefix) };
                match found {
                    Some(TypeDef::Adt(id)) => {
                        let n = self.items.adts.get(id.0 as usize).map_or(0, |a| a.generics.len());
                        let mut args = args;
                        if args.len() != n {
                            // Elided or unsupported arguments (lifetimes are not
                            // kept): unknown, never an error.
                            args = vec![Ty::Unknown; n];
                        }
                        Ty::Adt(id, args)
                    }
                    Some(TypeDef::Alias(t)) if !args.is_empty() => t.subst(&args),
                    Some(TypeDef::Alias(t)) | Some(TypeDef::Prim(t)) => t,
                    None => {
                        if !self.is_stub
                            && let Some(d) = unknown_type(self.items, p)
                            && self.errors.len() < 50
                        {
                            self.errors.push(d);
                        }
                        Ty::Unknown
                    }
                }
            }
            TypeKind::Impl(p) => match fn_trait_args(p) {
                Some((params, ret, is_async)) => {
                    let ret = ret.map_or(Ty::unit(), |r| self.lower_ty(r, g, prefix));
                    let ret = if is_async { Ty::Future(Box::new(ret)) } else { ret };
                    Ty::Fn(params.iter().map(|t| self.lower_ty(t, g, prefix)).collect(), Box::new(ret))
                }
                None => Ty::Unknown,
            },
            TypeKind::Infer | TypeKind::FnPtr => Ty::Unknown,
        }
    }

    /// A type name inside the stubs: the innermost module (or its `error`
    /// child) that declares it, else the one declaration of that name.
    fn stub_type(&self, names: &[&str], prefix: &str) -> Option<TypeDef> {
        if names.len() != 1 {
            return self.items.types.get(&names.join("::")).cloned();
        }
        let name = names[0];
        let mut module = prefix.to_string();
        loop {
            for candidate in [join(&module, name), join(&join(&module, "error"), name)] {
                if let Some(t) = self.items.types.get(&candidate) {
                    return Some(t.clone());
                }
            }
            match module.rsplit_once("::") {
                Some((parent, _)) => module = parent.to_string(),
                None if !module.is_empty() => module = String::new(),
                None => break,
            }
        }
        let suffix = format!("::{name}");
        let mut found = self.items.types.iter().filter(|(k, _)| k.ends_with(&suffix));
        let first = found.next().map(|(_, t)| t.clone());
        if found.next().is_some() { None } else { first }
    }
}

/// `Fn(A, B) -> C` (also `FnMut`, `FnOnce`), as the parser keeps it
/// (`Fn<(A, B), C>`): the parameter types and the return type, if written.
/// `AsyncFn(A) -> B` (also `AsyncFnMut`, `AsyncFnOnce`) too: the last
/// item says which (its calls return a future of `B`).
pub fn fn_trait_args(p: &ast::Path) -> Option<(&[Type], Option<&Type>, bool)> {
    let last = p.segments.last()?;
    let is_async = match last.ident.name.as_str() {
        "Fn" | "FnMut" | "FnOnce" => false,
        "AsyncFn" | "AsyncFnMut" | "AsyncFnOnce" => true,
        _ => return None,
    };
    match last.generics.as_slice() {
        [Type { kind: TypeKind::Tuple(params), .. }] => Some((params, None, is_async)),
        [Type { kind: TypeKind::Tuple(params), .. }, ret] => Some((params, Some(ret), is_async)),
        _ => None,
    }
}

/// E0425 for a one-segment type name that names nothing: not a type, not
/// imported (an import of something the stubs lack is "not modelled", not
/// an error), not the prelude.
pub fn unknown_type(items: &Items, p: &ast::Path) -> Option<Diagnostic> {
    let names = p.names();
    if names.len() != 1 || !p.segments[0].generics.is_empty() {
        return None;
    }
    let n = names[0];
    // A module's own `use` names it (`mod_scope`, by `module::name`).
    let in_a_module = || items.mod_scope.keys().any(|k| k.rsplit_once("::").is_some_and(|(_, last)| last == n));
    if n == "Self" || prim_ty(n).is_some() || items.scope.contains_key(n) || items.types.contains_key(n) || items.modules.contains_key(n) || in_a_module() {
        return None;
    }
    Some(Diagnostic::error(p.span, format!("cannot find type `{n}` in this scope")).with_code("E0425").with_label(p.span, "not found in this scope"))
}

/// The primitive type a name denotes, if any.
pub fn prim_ty(n: &str) -> Option<Ty> {
    Some(match n {
        "bool" => Ty::Bool,
        "char" => Ty::Char,
        "str" => Ty::Str,
        "f32" => Ty::Float(Float::F32),
        "f64" => Ty::Float(Float::F64),
        _ => Ty::Int(Int::from_name(n)?),
    })
}

pub fn prim_name(t: &Ty) -> &'static str {
    match t {
        Ty::Int(i) => i.name(),
        Ty::Float(f) => f.name(),
        Ty::Bool => "bool",
        Ty::Char => "char",
        Ty::Str => "str",
        _ => "",
    }
}

/// Re-exported spellings to the one path the stubs declare.
pub fn canonical(path: &str) -> String {
    let mut p = path.to_string();
    for pre in ["core::", "alloc::"] {
        if let Some(rest) = p.strip_prefix(pre) {
            p = format!("std::{rest}");
        }
    }
    for (from, to) in REEXPORTS {
        if p == *from {
            return to.to_string();
        }
        if from.ends_with("::")
            && let Some(rest) = p.strip_prefix(from)
        {
            return format!("{to}{rest}");
        }
        if let Some(rest) = p.strip_prefix(&format!("{from}::")) {
            return format!("{to}::{rest}");
        }
    }
    // `std::collections::HashMap` and friends are declared in their module.
    p
}

/// A path in the type namespace, from the user's point of view.
pub fn resolve_type_path(items: &Items, names: &[&str], module: &str) -> Option<TypeDef> {
    let full = expand_in(items, names, module)?;
    if let Some(t) = items.types.get(&full) {
        return Some(t.clone());
    }
    // `fmt::Result`, what `Display::fmt` returns: `Result<(), fmt::Error>`.
    // (Not a stub alias: the stubs' own `Result` would name it.)
    if full == "std::fmt::Result"
        && let (Some(TypeDef::Adt(r)), Some(TypeDef::Adt(e))) = (items.types.get("std::result::Result"), items.types.get("std::fmt::Error"))
    {
        return Some(TypeDef::Alias(Ty::Adt(*r, vec![Ty::unit(), Ty::Adt(*e, Vec::new())])));
    }
    if names.len() == 1
        && let Some(t) = prim_ty(names[0])
    {
        return Some(TypeDef::Prim(t));
    }
    None
}

/// An item's name and what rustc calls its kind in E0603.
fn item_kind_name(item: &Item) -> Option<(&str, &'static str)> {
    Some(match &item.kind {
        ItemKind::Fn(f) => (f.name.name.as_str(), "function"),
        ItemKind::Struct(s) => (s.name.name.as_str(), "struct"),
        ItemKind::Enum(e) => (e.name.name.as_str(), "enum"),
        ItemKind::Mod { name, .. } => (name.name.as_str(), "module"),
        ItemKind::Const { name, .. } => (name.name.as_str(), "constant"),
        ItemKind::TypeAlias { name, .. } => (name.name.as_str(), "type alias"),
        ItemKind::Trait { name, .. } => (name.name.as_str(), "trait"),
        _ => return None,
    })
}

/// E0603 when the path `full`, written in the user's module `from` as
/// `segments`, goes through an item of a module that is neither `pub` nor
/// visible there (private items are visible in their module and its
/// children).
pub fn privacy_error(items: &Items, full: &str, from: &str, segments: &[(&str, Span)], span: Span) -> Option<Diagnostic> {
    if items.private.is_empty() {
        return None;
    }
    let segs = crate::text::split_str(full, "::");
    for k in 1..=segs.len() {
        let Some(kind) = items.private.get(&segs[..k].join("::")) else { continue };
        let parent = segs[..k - 1].join("::");
        let visible = from == parent || from.starts_with(&format!("{parent}::"));
        if !visible {
            let name = segs[k - 1];
            let at = segments.iter().rev().find(|(n, _)| *n == name).map_or(span, |(_, sp)| *sp);
            return Some(Diagnostic::error(at, format!("{kind} `{name}` is private")).with_code("E0603").with_label(at, format!("private {kind}")));
        }
    }
    None
}

/// The module that contains `module` (`a` for `a::b`, the root for `a`).
fn parent_module(module: &str) -> &str {
    module.rsplit_once("::").map_or("", |(p, _)| p)
}

/// A user path written inside the user's module `module` (`""` is the
/// file's root) made absolute: `self::`, `super::` and `crate::` from
/// there, then the module's own items and `use`s, then the root's scope
/// (lenient: a root item named without `super::` resolves too).
pub fn expand_in(items: &Items, names: &[&str], module: &str) -> Option<String> {
    if module.is_empty() {
        return expand(items, names);
    }
    let mut m = module;
    let mut names: Vec<&str> = names.to_vec();
    let mut anchored = false;
    while let Some(first) = names.first().copied() {
        if names.len() < 2 {
            break;
        }
        match first {
            "crate" => m = "",
            "self" => {}
            "super" => m = parent_module(m),
            _ => break,
        }
        anchored = true;
        names.remove(0);
    }
    if m.is_empty() {
        return expand(items, &names);
    }
    let first = *names.first()?;
    let rest = names[1..].join("::");
    let with_rest = |base: String| canonical(&if rest.is_empty() { base } else { format!("{base}::{rest}") });
    let own = join(m, first);
    if items.types.contains_key(&own) || items.values.contains_key(&own) || items.modules.contains_key(&own) {
        return Some(with_rest(own));
    }
    if let Some(full) = items.mod_scope.get(&own) {
        return Some(with_rest(full.clone()));
    }
    if anchored {
        return Some(with_rest(own));
    }
    expand(items, &names)
}

/// A user path made absolute through the scope (`use`s, prelude, items).
pub fn expand(items: &Items, names: &[&str]) -> Option<String> {
    let mut names: Vec<&str> = names.to_vec();
    while let Some(first) = names.first() {
        if matches!(*first, "crate" | "self" | "super") && names.len() > 1 {
            names.remove(0);
        } else {
            break;
        }
    }
    let first = *names.first()?;
    let rest = names[1..].join("::");
    let base = if items.types.contains_key(first) || items.values.contains_key(first) || items.modules.contains_key(first) {
        first.to_string()
    } else if let Some(full) = items.scope.get(first) {
        full.clone()
    } else {
        first.to_string()
    };
    Some(canonical(&if rest.is_empty() { base } else { format!("{base}::{rest}") }))
}

impl Items {
    /// Whether the name in scope is visible at `at`: false for a name that
    /// only a `use` in another function's body brings in.
    pub fn use_visible_at(&self, name: &str, at: Span) -> bool {
        use_visible_at(&self.body_uses, name, at)
    }

    /// Adds the user's file; returns the bodies to check. Reports nothing
    /// itself (unresolved names are reported where they are used).
    pub fn add_user_file<'a>(&mut self, file: &'a File) -> UserItems<'a> {
        let mut lowerer = Lowerer {
            items: self,
            is_stub: false,
            bodies: Vec::new(),
            traits: SortedMap::new(),
            plain_traits: Vec::new(),
            supertraits: SortedMap::new(),
            supertrait_impls: Vec::new(),
            trait_impls_seen: Vec::new(),
            checked_defaults: Vec::new(),
            errors: Vec::new(),
        };
        // Items inside function bodies (nested fns, structs, `use`s) are
        // visible to the whole file here: lenient, never wrong for valid code.
        let mut all: Vec<&'a Item> = file.items.iter().collect();
        collect_nested(&file.items, &mut all);
        // Uses first, so that types named through them resolve.
        for item in &all {
            if let ItemKind::Use(tree) = &item.kind {
                lowerer.lower_use(tree, &[], "");
            }
        }
        lowerer.collect_module(&all, "");
        lowerer.lower_module_uses(&all, "");
        lowerer.lower_module(&all, "");
        lowerer.check_supertraits();
        // The names that only `use`s in function bodies bring in, with the
        // top-level item each is in.
        let mut file_names: Vec<String> = Vec::new();
        for item in &file.items {
            if let ItemKind::Use(tree) = &item.kind {
                lowerer.use_names(tree, &[], &mut file_names);
            }
        }
        for top in &file.items {
            let mut nested = Vec::new();
            collect_nested(std::slice::from_ref(top), &mut nested);
            let mut names = Vec::new();
            for item in nested {
                if let ItemKind::Use(tree) = &item.kind {
                    lowerer.use_names(tree, &[], &mut names);
                }
            }
            for name in names.into_iter().filter(|n| !file_names.contains(n)) {
                lowerer.items.body_uses.get_or_default(name).push(top.span);
            }
        }
        UserItems { bodies: lowerer.bodies, errors: lowerer.errors }
    }
}

use crate::ast::File;

/// Whether `name` is visible at `at`, given the names only `use`s in
/// function bodies bring in, each with the spans of the items it is in.
pub fn use_visible_at(body_uses: &SortedMap<String, Vec<Span>>, name: &str, at: Span) -> bool {
    body_uses.get(name).is_none_or(|spans| spans.iter().any(|s| s.start <= at.start && at.end <= s.end))
}

/// Items declared inside function bodies, in source order after the file's.
fn collect_nested<'a>(items: &'a [Item], out: &mut Vec<&'a Item>) {
    for item in items {
        match &item.kind {
            ItemKind::Fn(f) => collect_block_items(&f.body, out),
            ItemKind::Impl(imp) => {
                for i in &imp.items {
                    if let ItemKind::Fn(f) = &i.kind {
                        collect_block_items(&f.body, out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The items of a block and of the blocks nested in it, each followed by
/// those inside it.
fn collect_block_items<'a>(block: &'a ast::Block, out: &mut Vec<&'a Item>) {
    let mut mine = Vec::new();
    block.items(&mut mine);
    for item in mine {
        out.push(item);
        collect_nested(std::slice::from_ref(item), out);
    }
}

/// Finds the impl item `name` (function or constant) for a type.
pub fn assoc_item(items: &Items, self_ty: &Ty, name: &str) -> Option<(usize, AssocItem)> {
    assoc_item_of(items, self_ty, name, None)
}

/// [`assoc_item`], in the impl of trait `of` when given (`<X as Tr>::f`).
pub fn assoc_item_of(items: &Items, self_ty: &Ty, name: &str, of: Option<&str>) -> Option<(usize, AssocItem)> {
    // Inherent impls first: `Type::name` is the type's own before a trait's.
    let mut impls: Vec<usize> = impls_of(items, self_ty).to_vec();
    impls.sort_by_key(|&i| items.impls[i].trait_.is_some());
    for i in impls {
        let imp = &items.impls[i];
        if of.is_some() && imp.trait_.as_deref() != of {
            continue;
        }
        for f in &imp.fns {
            if items.fns[f.0 as usize].name == name {
                return Some((i, AssocItem::Fn(*f)));
            }
        }
        for (n, t) in &imp.consts {
            if n == name {
                return Some((i, AssocItem::Const(t.clone())));
            }
        }
    }
    None
}

/// The traits whose impls for `self_ty` each have an item `name`, when
/// two or more do and no inherent impl has one: rustc's E0034.
pub fn ambiguous_traits(items: &Items, self_ty: &Ty, name: &str, methods_only: bool) -> Vec<String> {
    let mut traits: Vec<String> = Vec::new();
    for &i in impls_of(items, self_ty) {
        let imp = &items.impls[i];
        let has = imp.fns.iter().any(|f| {
            let sig = &items.fns[f.0 as usize];
            sig.name == name && (!methods_only || sig.self_kind.is_some())
        }) || (!methods_only && imp.consts.iter().any(|(n, _)| n == name));
        if !has {
            continue;
        }
        match &imp.trait_ {
            None => return Vec::new(),
            // The user's traits only (std's, such as `Display` and `Debug`
            // both with `fmt`, count only when imported: not judged).
            Some(t) if !traits.contains(t) && items.user_traits.contains_key(t) => traits.push(t.clone()),
            Some(_) => {}
        }
    }
    if traits.len() >= 2 { traits } else { Vec::new() }
}

#[derive(Clone, Debug)]
pub enum AssocItem {
    Fn(FnId),
    Const(Ty),
}

pub fn impls_of<'i>(items: &'i Items, ty: &Ty) -> &'i [usize] {
    match ty {
        Ty::Adt(id, _) => items.adt_impls.get(id).map_or(&[], |v| v.as_slice()),
        Ty::Slice(_) => &items.slice_impls,
        Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char | Ty::Str => items.prim_impls.get(prim_name(ty)).map_or(&[], |v| v.as_slice()),
        _ => &[],
    }
}

/// The trait of a parameter typed `impl Trait`, `&dyn Trait`, `&mut dyn
/// Trait` or `Box<dyn Trait>` (not the `Fn` traits).
fn trait_object_path(t: &Type) -> Option<&ast::Path> {
    match &t.kind {
        TypeKind::Impl(p) if fn_trait_args(p).is_none() => Some(p),
        TypeKind::Ref { inner, .. } => trait_object_path(inner),
        TypeKind::Path(p) if p.last() == "Box" => p.segments.last().and_then(|s| s.generics.first()).and_then(trait_object_path),
        _ => None,
    }
}

/// The operator traits a user type may implement (`a + b` calls `add`).
pub const OPERATOR_TRAITS: &[&str] = &[
    "Add",
    "Sub",
    "Mul",
    "Div",
    "Rem",
    "BitAnd",
    "BitOr",
    "BitXor",
    "Shl",
    "Shr",
    "Neg",
    "Not",
    "AddAssign",
    "SubAssign",
    "MulAssign",
    "DivAssign",
    "RemAssign",
    "BitAndAssign",
    "BitOrAssign",
    "BitXorAssign",
    "ShlAssign",
    "ShrAssign",
    "Index",
    "IndexMut",
];

/// The std traits whose impls the checker knows for user types (derived
/// or written): a bound on one of them can be decided.
/// A written `&dyn T`, `&mut dyn T`, `Box<dyn T>`, `Rc<dyn T>` or
/// `Arc<dyn T>`: the wrapper (`"&"`, `"&mut "`, `"Box"`, `"Rc"`, `"Arc"`),
/// the `dyn T` type and `T`'s path. (`TypeKind::Impl` also holds `impl T`,
/// which those places cannot hold except behind `&`.)
pub fn dyn_behind(t: &Type) -> Option<(&str, &Type, &ast::Path)> {
    let (wrapper, inner) = match &t.kind {
        TypeKind::Ref { is_mut, inner } => (if *is_mut { "&mut " } else { "&" }, &**inner),
        TypeKind::Path(p) if matches!(p.last(), "Box" | "Rc" | "Arc") && p.segments.last()?.generics.len() == 1 => {
            (p.last(), p.segments.last()?.generics.first()?)
        }
        _ => return None,
    };
    let TypeKind::Impl(tp) = &inner.kind else { return None };
    Some((wrapper, inner, tp))
}

/// A written `Box<dyn T>` (false), or a `Vec` or array of them (true):
/// `T`'s name.
pub fn dyn_box_target(t: &Type) -> Option<(String, bool)> {
    let box_dyn = |t: &Type| dyn_behind(t).filter(|(w, ..)| *w == "Box").map(|(_, _, tp)| tp.last().to_string());
    if let Some(tr) = box_dyn(t) {
        return Some((tr, false));
    }
    let elem = match &t.kind {
        TypeKind::Array { elem, .. } => &**elem,
        TypeKind::Path(p) if p.last() == "Vec" => p.segments.last()?.generics.first()?,
        _ => return None,
    };
    Some((box_dyn(elem)?, true))
}

/// The operator traits whose integer impls panic on overflow.
const OVERFLOWING_OP_TRAITS: &[&str] = &["Add", "Sub", "Mul", "Neg", "AddAssign", "SubAssign", "MulAssign", "Sum", "Product"];

pub const DECIDABLE_STD_TRAITS: &[&str] = &["Debug", "Display", "Clone", "Copy", "PartialEq", "Eq", "Hash", "PartialOrd", "Ord", "Default", "ArcWake"];

/// `Pin<&mut Self>`, the receiver of `Future::poll`.
pub fn is_pin_mut_self(t: &ast::Type) -> bool {
    match &t.kind {
        ast::TypeKind::Path(p) if p.last() == "Pin" => p.segments.last().and_then(|s| s.generics.first()).is_some_and(
            |g| matches!(&g.kind, ast::TypeKind::Ref { is_mut: true, inner } if matches!(&inner.kind, ast::TypeKind::Path(q) if q.last() == "Self")),
        ),
        _ => false,
    }
}
