//! Support for the code `#[derive(DmaReadBuffer, DmaWriteBuffer)]` emits. Not public API:
//! names and forms change without notice. Everything here is sound for every input; how the
//! design closes each route, whatever the user's crate does, is in `dma_buffer::__private`.

use core::mem::{align_of, size_of};

use crate::{DmaReadTarget, DmaWriteTarget, Word};

/// Word rule of a struct whose fields all share its word.
pub enum SameWord {}
/// Word rule of a struct viewed as words of one type (`#[dma(word = W)]`): any field word.
pub enum AnyWord {}

/// Rule of a `#[dma(zerocopy)]` struct, viewed as bytes: each field proves itself with
/// zerocopy's traits (`IntoBytes` and `Immutable` to be read, `FromBytes` too to be written),
/// instead of being a target of this crate.
pub enum Zerocopy {}

mod sealed {
    pub trait Rule {}
    impl Rule for super::SameWord {}
    impl Rule for super::AnyWord {}
    impl Rule for super::Zerocopy {}
}

/// [`SameWord`], [`AnyWord`] or [`Zerocopy`], and no other type (sealed): a rule type of the
/// user's could otherwise carry list impls of the user's, with sizes of its choosing.
pub trait Rule: sealed::Rule {}
impl<R: sealed::Rule> Rule for R {}

/// A `#[derive(DmaReadBuffer)]` struct: its word and its fields, for this crate's blanket
/// [`DmaReadTarget`] impl, which checks the layout.
///
/// # Safety
///
/// `Fields` lists the types of exactly the struct's non-`PhantomData` fields, in any order, as
/// a [`ReadFieldList`], and `Phantoms` the types of its other fields as a [`PhantomList`]; the
/// struct is not a union. The derive proves this in [`FIELDS`](Self::FIELDS).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not memory a DMA engine may read",
    label = "not known to be made only of DMA words",
    note = "DMA read targets are `u8`..`i64` words, arrays and slices of them, `str`, and \
            `#[repr(C)]` structs with `#[derive(DmaReadBuffer)]` (add it to your own types)",
    note = "floats, `bool`, `char`, `usize`, `NonZero*` and references are not words: send \
            integers of the same width (`f32::to_bits`, ...); `MaybeUninit` memory is write-only",
    note = "a target is the memory itself, not a pointer to it: make a `Vec` or `Box` the buffer, \
            not `&Vec` or `Box<Vec>`"
)]
pub unsafe trait ReadFields {
    /// The word the struct is viewed as.
    type Word: Word;
    /// [`SameWord`] or [`AnyWord`]: no other type, so no list impl of the user's applies.
    type Rule: Rule;
    /// The data fields' types.
    type Fields;
    /// The `PhantomData` fields' types.
    type Phantoms;
    /// The proof of `Fields` and `Phantoms`, with no path: a body that rustc type-checks
    /// and nothing evaluates (an exhaustive pattern of `Self`, and `&raw const this.field`
    /// coerced to a raw pointer of each listed type).
    const FIELDS: ();
    /// The checks that name the field at fault ([`FieldGaps`]), evaluated first by the
    /// target's check, for their messages only: they are written through paths the user may
    /// control, so the checks that follow them are the proof. None for a `repr(transparent)`
    /// struct, which has no gap to name.
    const LAYOUT: () = ();
}

/// A `#[derive(DmaWriteBuffer)]` struct; see [`ReadFields`].
///
/// # Safety
///
/// As for [`ReadFields`].
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not memory a DMA engine may write",
    label = "not known to hold every bit pattern a DMA write may store",
    note = "DMA write targets are `u8`..`i64` words, arrays and slices of them, `MaybeUninit` of \
            those, and `#[repr(C)]` structs with `#[derive(DmaWriteBuffer)]` (add it to your own \
            types)",
    note = "floats, `bool`, `char`, `usize`, `NonZero*`, references and `str` are not words: \
            receive into integers of the same width (then `f32::from_bits`, `str::from_utf8`, ...)",
    note = "a target is the memory itself, not a pointer to it: make a `Vec` or `Box` the buffer, \
            not `&mut Vec` or `Box<Vec>`"
)]
pub unsafe trait WriteFields {
    /// The word the struct is viewed as.
    type Word: Word;
    /// [`SameWord`] or [`AnyWord`].
    type Rule: Rule;
    /// The data fields' types.
    type Fields;
    /// The `PhantomData` fields' types.
    type Phantoms;
    /// As for [`ReadFields::FIELDS`].
    const FIELDS: ();
    /// As for [`ReadFields::LAYOUT`].
    const LAYOUT: () = ();
}

/// `Self`, a field's DMA word, is `W`, the struct's word. A helper trait instead of `Word = W`
/// equality bounds, which overflow rustc's trait solver (E0275) on structs with many fields,
/// and which would report a bare type mismatch instead of this message.
#[diagnostic::on_unimplemented(
    message = "a field of this DMA target is made of `{Self}` words, but the struct's word is `{W}`",
    label = "a field's DMA word differs from the struct's",
    note = "all fields of a DMA target share one word; to mix word sizes, view the struct as \
            words of one type with `#[dma(word = u8)]`"
)]
pub trait WordIs<W> {}
impl<W> WordIs<W> for W {}

/// A list of read fields whose words are acceptable as `W` under `Rule`: `()`, or a tuple of
/// one to eight field types followed by the rest of the list (`(F0, F1, ())`). Chunks keep the
/// nesting, and so rustc's recursion, shallow for structs with many fields.
pub trait ReadFieldList<W, Rule> {
    /// The fields' sizes, added up, once every field's own check is evaluated (one constant
    /// for both: rustc evaluates one per list, not two).
    const BYTES: usize;
}

/// A list of write fields; see [`ReadFieldList`].
pub trait WriteFieldList<W, Rule> {
    /// As [`ReadFieldList::BYTES`].
    const BYTES: usize;
}

impl<W, Rule> ReadFieldList<W, Rule> for () {
    const BYTES: usize = 0;
}

impl<W, Rule> WriteFieldList<W, Rule> for () {
    const BYTES: usize = 0;
}

/// The list impls for a chunk of the given field type parameters, for both directions.
macro_rules! impl_field_lists {
    ($($F:ident)+) => {
        impl_field_lists!(@one ReadFieldList DmaReadTarget READ_CHECK [$($F)+]);
        impl_field_lists!(@one WriteFieldList DmaWriteTarget WRITE_CHECK [$($F)+]);
    };
    (@one $List:ident $Target:ident $CHECK:ident [$($F:ident)+]) => {
        // Every field's word is the struct's.
        impl<$($F,)+ Rest, W> $List<W, SameWord> for ($($F,)+ Rest)
        where
            $($F: $Target, $F::Word: WordIs<W>,)+
            Rest: $List<W, SameWord>,
        {
            const BYTES: usize = {
                $(let () = $F::$CHECK;)+
                0 $(+ size_of::<$F>())+ + Rest::BYTES
            };
        }

        // Any field words: the struct is viewed as `W`s.
        impl<$($F,)+ Rest, W> $List<W, AnyWord> for ($($F,)+ Rest)
        where
            $($F: $Target,)+
            Rest: $List<W, AnyWord>,
        {
            const BYTES: usize = {
                $(let () = $F::$CHECK;)+
                0 $(+ size_of::<$F>())+ + Rest::BYTES
            };
        }
    };
}

/// The list impls of `#[dma(zerocopy)]` structs for a chunk of field type parameters: bytes,
/// each field proved by zerocopy's traits.
#[cfg(feature = "zerocopy")]
macro_rules! impl_zerocopy_field_lists {
    ($($F:ident)+) => {
        impl<$($F,)+ Rest> ReadFieldList<u8, Zerocopy> for ($($F,)+ Rest)
        where
            $($F: ::zerocopy::IntoBytes + ::zerocopy::Immutable,)+
            Rest: ReadFieldList<u8, Zerocopy>,
        {
            const BYTES: usize = 0 $(+ size_of::<$F>())+ + Rest::BYTES;
        }

        impl<$($F,)+ Rest> WriteFieldList<u8, Zerocopy> for ($($F,)+ Rest)
        where
            $($F: ::zerocopy::FromBytes + ::zerocopy::IntoBytes + ::zerocopy::Immutable,)+
            Rest: WriteFieldList<u8, Zerocopy>,
        {
            const BYTES: usize = 0 $(+ size_of::<$F>())+ + Rest::BYTES;
        }
    };
}

/// Every chunk arity the derive writes, for both rules.
macro_rules! impl_all_field_lists {
    ($($F:ident)+) => {
        impl_field_lists!($($F)+);
        #[cfg(feature = "zerocopy")]
        impl_zerocopy_field_lists!($($F)+);
    };
}

impl_all_field_lists!(F0);
impl_all_field_lists!(F0 F1);
impl_all_field_lists!(F0 F1 F2);
impl_all_field_lists!(F0 F1 F2 F3);
impl_all_field_lists!(F0 F1 F2 F3 F4);
impl_all_field_lists!(F0 F1 F2 F3 F4 F5);
impl_all_field_lists!(F0 F1 F2 F3 F4 F5 F6);
impl_all_field_lists!(F0 F1 F2 F3 F4 F5 F6 F7);

/// A list of the fields skipped as `PhantomData` (`(P0, (P1, ()))`; few structs have many):
/// each must be `core::marker::PhantomData`, which is zero-sized and holds no value, whatever
/// type of the user's the derive took for one by its name.
pub trait PhantomList {}

impl PhantomList for () {}

impl<P: IsPhantomData, Rest: PhantomList> PhantomList for (P, Rest) {}

/// Implemented only for `core::marker::PhantomData`.
#[diagnostic::on_unimplemented(
    message = "a field skipped as `PhantomData` is `{Self}`, not `core::marker::PhantomData`",
    label = "not `core::marker::PhantomData`",
    note = "a field whose type is named `PhantomData` is no DMA memory; write \
            `core::marker::PhantomData<..>`, or rename a type of your own"
)]
pub trait IsPhantomData {}

impl<T: ?Sized> IsPhantomData for core::marker::PhantomData<T> {}

/// The layout check that names the field at fault: walks a `#[repr(C)]` struct's data fields
/// in declaration order, placing each as `repr(C)` does (at the end of the one before, rounded
/// up to its `align_of`, or to `N` of `packed(N)` if less), and panics (at compile time) at the
/// first gap or at end padding.
///
/// The derive writes one call per field, at the field, and the end's at the `align(N)` hint
/// that rounds the size up or at the last field; each is `#[track_caller]`, so the error points
/// there. One call per field, with the field's type as the only argument rustc must check,
/// keeps the derive's output cheap to compile. The offsets are `repr(C)`'s, computed from the
/// compiler's `size_of` and `align_of`; a struct that is not `repr(C)` after all (an attribute
/// macro rewrote it) at worst gets a wrong message, as the proof is [`assert_layout`]'s.
///
/// ```
/// use dma_buffer::derived::FieldGaps;
///
/// #[repr(C)]
/// struct Frame {
///     a: [u8; 4],
///     b: u32,
/// }
///
/// const _: () = {
///     let gaps = FieldGaps::first::<[u8; 4]>("a");
///     // With `[u8; 3]` for `a`, this would panic: "1 byte of padding between `a` ...".
///     let gaps = FieldGaps::field::<u32>(gaps, "b");
///     FieldGaps::end::<Frame>(gaps);
/// };
/// ```
#[derive(Clone, Copy)]
pub struct FieldGaps {
    /// The field placed last.
    last: FieldLayout,
    /// The most a field is aligned to: `N` of `repr(C, packed(N))`, else `usize::MAX`.
    pack: usize,
}

/// A data field as a layout message names it.
#[derive(Clone, Copy)]
struct FieldLayout {
    /// The field's name, or its index in a tuple struct.
    name: &'static str,
    /// Where `repr(C)` places the field.
    offset: usize,
    /// `size_of` the field's type.
    size: usize,
}

impl FieldGaps {
    /// Places the first field, of type `F`, named `name`, at offset 0.
    pub const fn first<F>(name: &'static str) -> Self {
        Self::first_packed::<F>(name, usize::MAX)
    }

    /// As [`first`](Self::first), for a `repr(C, packed(pack))` struct (`pack` 1 for
    /// `packed`), whose fields are aligned to at most `pack`.
    pub const fn first_packed<F>(name: &'static str, pack: usize) -> Self {
        Self::placed::<F>(name, 0, pack)
    }

    /// The walk after the field of type `F` named `name`, at `offset`.
    const fn placed<F>(name: &'static str, offset: usize, pack: usize) -> Self {
        FieldGaps {
            last: FieldLayout {
                name,
                offset,
                size: size_of::<F>(),
            },
            pack,
        }
    }

    /// Places the next field, of type `F`, named `name`; panics if bytes of padding come
    /// before it, naming the gap and its neighbours.
    #[track_caller]
    pub const fn field<F>(self, name: &'static str) -> Self {
        let end = self.last.offset + self.last.size;
        let align = if align_of::<F>() < self.pack {
            align_of::<F>()
        } else {
            self.pack
        };
        let offset = end.next_multiple_of(align);
        if offset > end {
            let mut message = Message::new();
            message.bytes(offset - end);
            message.push(" of padding between `");
            message.field(&self.last);
            message.push(" and `");
            message.push(name);
            message.push("` (offset ");
            message.number(offset);
            message.push("): the DMA would read and write them; ");
            message.fix(offset - end);
            panic!("{}", message.as_str());
        }
        Self::placed::<F>(name, offset, self.pack)
    }

    /// After the last field of `S`: panics if bytes of padding end `S`.
    #[track_caller]
    pub const fn end<S>(self) {
        let (size, end) = (size_of::<S>(), self.last.offset + self.last.size);
        if size > end {
            let mut message = Message::new();
            message.bytes(size - end);
            message.push(" of padding at the end, after `");
            message.field(&self.last);
            message.push(", up to the struct's size of ");
            message.number(size);
            message.push(
                ": the DMA would read and write them; add a last field for them, such as \
                 `_pad: [u8; ",
            );
            message.number(size - end);
            message.push(
                "]`, or remove what rounds the size up (`align(N)`, a field of a larger \
                 alignment)",
            );
            panic!("{}", message.as_str());
        }
    }
}

/// A `#[dma(cache_line = N)]` struct: it starts on and fills whole cache lines of `LINE` bytes,
/// which `CHECK` proves (for each instantiation of a generic struct). A safe trait: what relies
/// on it (`cache::CacheMaintained::receive`) also checks each buffer's address at run time.
pub trait CacheLines {
    /// The line size in bytes.
    const LINE: usize;
    /// Panics (at compile time) unless the struct is aligned to the line and a nonzero multiple
    /// of it in size.
    const CHECK: ();
}

/// Panics (at compile time) unless `S` starts on and fills whole lines of `line` bytes.
/// `#[track_caller]`: the derive writes the call at the `cache_line` attribute.
#[track_caller]
pub const fn assert_cache_lines<S>(line: usize) {
    let mut message = Message::new();
    if align_of::<S>() < line {
        message.push("this struct is aligned to ");
        message.bytes(align_of::<S>());
        message.push(", not to its cache line of ");
        message.bytes(line);
        message.push(": add `#[repr(C, align(");
        message.number(line);
        message.push("))]`, so that it starts on a line");
        panic!("{}", message.as_str());
    }
    if size_of::<S>() == 0 || size_of::<S>() % line != 0 {
        message.push("this struct is ");
        message.bytes(size_of::<S>());
        message.push(", not a whole number of its ");
        message.bytes(line);
        message.push(
            " cache lines: invalidating its last line would discard the data of whatever \
             shares that line; resize its fields to fill the line",
        );
        panic!("{}", message.as_str());
    }
}

/// A compile-time error message, built in a buffer: `panic!` in a constant takes a `&str`, not
/// formatting arguments.
struct Message {
    text: [u8; 512],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Message {
            text: [0; 512],
            len: 0,
        }
    }

    /// Appends `text` if it fits; a name too long to quote is left out, and the text stays
    /// UTF-8.
    const fn push(&mut self, text: &str) {
        let bytes = text.as_bytes();
        if self.len + bytes.len() > self.text.len() {
            return;
        }
        let mut index = 0;
        while index < bytes.len() {
            self.text[self.len + index] = bytes[index];
            index += 1;
        }
        self.len += bytes.len();
    }

    const fn number(&mut self, mut value: usize) {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        match core::str::from_utf8(digits.split_at(start).1) {
            Ok(text) => self.push(text),
            Err(_) => self.push("?"),
        }
    }

    /// `3 bytes` or `1 byte`.
    const fn bytes(&mut self, count: usize) {
        self.number(count);
        self.push(if count == 1 { " byte" } else { " bytes" });
    }

    /// `` a` (offset 0, 1 byte)``: the name's closing quote, the offset and the size.
    const fn field(&mut self, field: &FieldLayout) {
        self.push(field.name);
        self.push("` (offset ");
        self.number(field.offset);
        self.push(", ");
        self.bytes(field.size);
        self.push(")");
    }

    /// What to do about a gap of `count` bytes between two fields.
    const fn fix(&mut self, count: usize) {
        self.push(
            "reorder the fields (largest alignment first), or fill the gap with a field of \
                   its own, such as `_pad: [u8; ",
        );
        self.number(count);
        self.push("]`");
    }

    const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.text.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "this DMA target has padding",
        }
    }
}

/// Panics (at compile time, in a check constant) unless `S`, whose non-phantom fields take
/// `field_bytes` bytes in all, is a padding-free run of aligned `W`s.
pub const fn assert_layout<S, W>(field_bytes: usize) {
    assert!(
        size_of::<S>() == field_bytes,
        "this DMA target has padding: its size is not the sum of its fields' sizes; \
         reorder or resize the fields, or add explicit padding fields"
    );
    assert!(
        size_of::<S>() % size_of::<W>() == 0,
        "this DMA target's size is not a multiple of its word's size"
    );
    assert!(
        align_of::<S>() >= align_of::<W>(),
        "this DMA target is less aligned than its word; add `#[repr(C, align(N))]`"
    );
}

/// Panics (at compile time) unless the derived read target `S` is a padding-free run of its
/// words: its gap messages first, then its fields' own checks and its layout.
pub const fn check_read_fields<S>()
where
    S: ReadFields,
    S::Fields: ReadFieldList<S::Word, S::Rule>,
    S::Phantoms: PhantomList,
{
    let () = S::LAYOUT;
    assert_layout::<S, S::Word>(<S::Fields as ReadFieldList<S::Word, S::Rule>>::BYTES);
}

/// Panics (at compile time) unless the derived write target `S` is a padding-free run of its
/// words; see [`check_read_fields`].
pub const fn check_write_fields<S>()
where
    S: WriteFields,
    S::Fields: WriteFieldList<S::Word, S::Rule>,
    S::Phantoms: PhantomList,
{
    let () = S::LAYOUT;
    assert_layout::<S, S::Word>(<S::Fields as WriteFieldList<S::Word, S::Rule>>::BYTES);
}
