//! DMA buffers: stable pointers to DMA targets.

use core::ops::{Deref, DerefMut};

use stable_deref_trait::StableDeref;

use crate::{DmaReadTarget, DmaWriteTarget, Word};

/// A buffer a DMA engine may read from (memory → peripheral).
///
/// ```
/// use dma_buffer::DmaReadBuffer;
///
/// static TX: [u16; 4] = [1, 2, 3, 4];
/// let buffer: &'static [u16; 4] = &TX;
/// let (ptr, len) = buffer.dma_read_buffer();
/// assert_eq!((ptr, len), (TX.as_ptr(), 4));
/// ```
///
/// Blanket-implemented for every [`StableDeref`] pointer whose target is a
/// [`DmaReadTarget`]: `&[u8]`, `&'static mut [u16; 64]`, `Box<[u32]>`, `Vec<u8>`, `Rc<[u8]>`,
/// `String`, `&Frame` for a derived `Frame`, …
///
/// This trait does not require `'static`: a safe API that lets the DMA run while the program
/// goes on bounds on [`StaticReadBuffer`], as a transfer leaked with `mem::forget` must not
/// outlive its memory.
///
/// # Safety
///
/// `dma_read_buffer` returns a pointer `ptr` and a length `len` in words such that:
/// - `ptr` is aligned for `Self::Word` and valid for reads of `len` words, all initialized;
/// - the memory is not inside the buffer value: moving the value does not move it;
/// - every call returns the same `(ptr, len)`, and the memory stays valid and is not written
///   through any other path, for as long as the value is not dropped and no method taking
///   `&mut self` (other than [`DmaWriteBuffer::dma_write_buffer`]) is called on it, even
///   while the value is moved or leaked.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a buffer a DMA engine may read",
    label = "not a stable pointer to DMA words",
    note = "a DMA buffer is a pointer to memory that never moves: use `&'static [u8; N]`, \
            `&'static mut [u16; N]`, `Box<[u32]>`, `Vec<u8>`, `String`, `Rc<[u8]>`, or a `&`/`Box` \
            to a `#[derive(DmaReadBuffer)]` struct",
    note = "an array by value moves with the buffer: put it in a `static` or a `Box`; \
            pass a `Vec` itself, not `&Vec` or `Box<Vec>`",
    note = "a pointer type of your own must implement `StableDeref`: its target never moves"
)]
pub unsafe trait DmaReadBuffer {
    /// The word the DMA engine reads: a HAL bounds on it to match the peripheral's data width.
    ///
    /// ```
    /// use dma_buffer::StaticReadBuffer;
    ///
    /// /// A 16-bit SPI transmit.
    /// fn spi_send<B: StaticReadBuffer<Word = u16>>(words: B) -> B {
    ///     words
    /// }
    /// spi_send(&[0x8001u16, 0x0203]);
    /// ```
    type Word: Word;

    /// The start and the length in words of the memory the DMA engine may read.
    ///
    /// ```
    /// use dma_buffer::DmaReadBuffer;
    ///
    /// let samples = [1u32, 2, 3, 4];
    /// let first_three: &[u32] = &samples[..3];
    /// // Three words, not twelve bytes.
    /// assert_eq!(first_three.dma_read_buffer(), (samples.as_ptr(), 3));
    /// ```
    fn dma_read_buffer(&self) -> (*const Self::Word, usize);
}

/// A buffer a DMA engine may write into (peripheral → memory).
///
/// ```
/// use dma_buffer::DmaWriteBuffer;
///
/// let mut rx = [0u32; 16];
/// let start = rx.as_mut_ptr();
/// let mut buffer: &mut [u32] = &mut rx;
/// assert_eq!(buffer.dma_write_buffer(), (start, 16));
/// ```
///
/// Blanket-implemented for every [`StableDeref`] + [`DerefMut`] pointer whose target is a
/// [`DmaWriteTarget`]: `&mut [u8]`, `&'static mut MaybeUninit<[u16; 64]>`, `Box<[u32]>`,
/// `Vec<u8>`, `Box<Frame>` for a derived `Frame`, …
///
/// # Safety
///
/// `dma_write_buffer` returns a pointer `ptr` and a length `len` in words such that:
/// - `ptr` is aligned for `Self::Word` and valid for writes of `len` words, and any bit
///   pattern written leaves valid values (the memory need not be initialized before);
/// - the memory is not inside the buffer value: moving the value does not move it;
/// - every call returns the same `(ptr, len)`, and the memory stays valid and is neither read
///   nor written through any other path, for as long as the value is not dropped and no other
///   method taking `&mut self` is called on it, even while the value is moved or leaked.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a buffer a DMA engine may write",
    label = "not a unique, stable pointer to memory valid for every bit pattern",
    note = "a DMA write buffer is a unique pointer to memory that never moves: use \
            `&'static mut [u8; N]`, `&'static mut MaybeUninit<[u16; N]>`, `Box<[u32]>`, `Vec<u8>`, \
            or a `&mut`/`Box` to a `#[derive(DmaWriteBuffer)]` struct",
    note = "shared pointers (`&`, `Rc`, `Arc`) and `str`/`String` are read-only; an array by \
            value moves with the buffer (use `&'static mut` or `Box`); pass a `Vec` itself, not \
            `&mut Vec` or `Box<Vec>`",
    note = "a pointer type of your own must implement `StableDeref`: its target never moves, \
            not even in `deref_mut`"
)]
pub unsafe trait DmaWriteBuffer {
    /// The word the DMA engine writes: a HAL bounds on it to match the peripheral's data width.
    ///
    /// ```
    /// use dma_buffer::StaticWriteBuffer;
    ///
    /// /// A 32-bit ADC's conversions.
    /// fn adc_read<B: StaticWriteBuffer<Word = u32>>(samples: B) -> B {
    ///     samples
    /// }
    /// adc_read(Box::leak(Box::new([0u32; 64])));
    /// ```
    type Word: Word;

    /// The start and the length in words of the memory the DMA engine may write.
    ///
    /// ```
    /// use core::mem::MaybeUninit;
    /// use dma_buffer::DmaWriteBuffer;
    ///
    /// let mut rx: &'static mut MaybeUninit<[u16; 8]> =
    ///     Box::leak(Box::new(MaybeUninit::uninit()));
    /// let start = rx.as_mut_ptr().cast::<u16>();
    /// // Eight words, not sixteen bytes; the memory need not be initialized.
    /// assert_eq!(rx.dma_write_buffer(), (start, 8));
    /// ```
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize);
}

/// A [`DmaReadBuffer`] that stays valid if it is leaked: the bound for safe transfer APIs.
///
/// ```
/// use dma_buffer::StaticReadBuffer;
///
/// fn start_tx<B: StaticReadBuffer<Word = u8>>(buffer: B) -> B {
///     buffer // a HAL would hand `buffer.dma_read_buffer()` to the hardware here
/// }
/// start_tx(b"hello");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `'static` DMA read buffer",
    note = "a safe transfer may be leaked with `mem::forget`, so its buffer must stay valid \
            forever: use `&'static` memory or an owning pointer (`Box`, `Vec`), or a scoped \
            transfer"
)]
pub trait StaticReadBuffer: DmaReadBuffer + 'static {}
impl<B: DmaReadBuffer + 'static> StaticReadBuffer for B {}

/// A [`DmaWriteBuffer`] that stays valid if it is leaked: the bound for safe transfer APIs.
///
/// ```
/// use dma_buffer::StaticWriteBuffer;
///
/// fn start_rx<B: StaticWriteBuffer<Word = u16>>(buffer: B) -> B {
///     buffer
/// }
/// static mut RX: [u16; 32] = [0; 32];
/// // SAFETY: the only reference ever made to `RX`.
/// start_rx(unsafe { &mut *core::ptr::addr_of_mut!(RX) });
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `'static` DMA write buffer",
    note = "a safe transfer may be leaked with `mem::forget`, so its buffer must stay valid \
            forever: use `&'static mut` memory (`static_cell`, `singleton!`) or an owning \
            pointer (`Box`, `Vec`), or a scoped transfer for stack buffers"
)]
pub trait StaticWriteBuffer: DmaWriteBuffer + 'static {}
impl<B: DmaWriteBuffer + 'static> StaticWriteBuffer for B {}

// SAFETY: `StableDeref` promises that the target lives outside `B` and does not change while
// `B` is moved or dereferenced (requirements 1 and 2); `DmaReadTarget` promises the pointer and
// length cover a padding-free run of initialized words (requirement 4).
unsafe impl<B> DmaReadBuffer for B
where
    B: Deref + StableDeref,
    B::Target: DmaReadTarget,
{
    type Word = <B::Target as DmaReadTarget>::Word;

    #[inline]
    fn dma_read_buffer(&self) -> (*const Self::Word, usize) {
        let target: *const B::Target = &**self;
        <B::Target as DmaReadTarget>::dma_read_target(target)
    }
}

// SAFETY: as for `DmaReadBuffer`, with `DerefMut` giving unique access, and `DmaWriteTarget`
// promising every bit pattern written is valid. `&mut MaybeUninit<_>` is a valid reference to
// possibly-uninitialized memory, and only a raw pointer leaves this function.
unsafe impl<B> DmaWriteBuffer for B
where
    B: DerefMut + StableDeref,
    B::Target: DmaWriteTarget,
{
    type Word = <B::Target as DmaWriteTarget>::Word;

    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
        let target: *mut B::Target = &mut **self;
        <B::Target as DmaWriteTarget>::dma_write_target(target)
    }
}
