//! Sub-buffers: hand the DMA engine part of a buffer and keep ownership of the whole.

use core::fmt;
use core::ops::{Bound, Range, RangeBounds};

use crate::{DmaReadBuffer, DmaWriteBuffer};

/// The words `range` of a buffer `B`, itself a DMA buffer; [`into_inner`](Self::into_inner)
/// gives the whole buffer back.
///
/// ```
/// use dma_buffer::{DmaReadBuffer, DmaSlice};
///
/// static FRAME: [u8; 8] = *b"\x02hello\x03\0";
/// // Send only the five payload bytes.
/// let payload = DmaSlice::for_read(&FRAME, 1..6).unwrap();
/// assert_eq!(payload.dma_read_buffer(), (FRAME[1..].as_ptr(), 5));
/// let whole: &[u8; 8] = payload.into_inner();
/// assert_eq!(whole.len(), 8);
///
/// // A range past the end is refused, and the buffer comes back.
/// let err = DmaSlice::for_read(&FRAME, 4..9).unwrap_err();
/// assert_eq!((err.range(), err.len()), (4..9, 8));
/// ```
#[derive(Debug)]
pub struct DmaSlice<B> {
    buffer: B,
    start: usize,
    end: usize,
}

/// A sub-buffer range that does not fit the buffer; holds the buffer so it is not lost.
///
/// ```
/// use dma_buffer::DmaSlice;
///
/// let mut rx = [0u16; 4];
/// let err = DmaSlice::for_write(&mut rx, 2..6).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "DMA sub-buffer 2..6 does not fit a buffer of 4 words"
/// );
/// let whole: &mut [u16; 4] = err.into_buffer();
/// ```
pub struct OutOfRange<B> {
    buffer: B,
    range: Range<usize>,
    len: usize,
}

impl<B> OutOfRange<B> {
    /// The buffer that was to be sliced.
    ///
    /// ```
    /// use dma_buffer::DmaSlice;
    ///
    /// let mut rx = [0u8; 4];
    /// let start = rx.as_ptr();
    /// let rx = DmaSlice::for_write(&mut rx, 3..8).unwrap_err().into_buffer();
    /// assert_eq!(rx.as_ptr(), start);
    /// ```
    pub fn into_buffer(self) -> B {
        self.buffer
    }

    /// The requested range, in words (`start > end` for an inverted range; a bound past
    /// `usize::MAX`, as in `..=usize::MAX`, reads as `usize::MAX`).
    ///
    /// ```
    /// use dma_buffer::DmaSlice;
    ///
    /// let err = DmaSlice::for_read(b"abc", 2..1).unwrap_err();
    /// assert_eq!(err.range(), 2..1);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.range.clone()
    }

    /// The buffer's length in words.
    ///
    /// ```
    /// use dma_buffer::DmaSlice;
    ///
    /// let err = DmaSlice::for_read(&[0u32; 3], 4..).unwrap_err();
    /// assert_eq!(err.len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the buffer was empty.
    ///
    /// ```
    /// use dma_buffer::DmaSlice;
    ///
    /// let err = DmaSlice::for_read(&[0u8; 0], ..1).unwrap_err();
    /// assert!(err.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl<B> fmt::Debug for OutOfRange<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OutOfRange")
            .field("range", &self.range)
            .field("len", &self.len)
            .finish_non_exhaustive()
    }
}

impl<B> fmt::Display for OutOfRange<B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "DMA sub-buffer {}..{} does not fit a buffer of {} words",
            self.range.start, self.range.end, self.len
        )
    }
}

/// `range` resolved against `len`: `Ok` when it lies within `0..len`.
fn resolve(range: impl RangeBounds<usize>, len: usize) -> Result<Range<usize>, Range<usize>> {
    let start = match range.start_bound() {
        Bound::Included(&s) => Some(s),
        Bound::Excluded(&s) => s.checked_add(1),
        Bound::Unbounded => Some(0),
    };
    let end = match range.end_bound() {
        Bound::Included(&e) => e.checked_add(1),
        Bound::Excluded(&e) => Some(e),
        Bound::Unbounded => Some(len),
    };
    match (start, end) {
        (Some(start), Some(end)) if start <= end && end <= len => Ok(start..end),
        // A bound past `usize::MAX` reads as `usize::MAX`: still out of range, and still true.
        (start, end) => Err(start.unwrap_or(usize::MAX)..end.unwrap_or(usize::MAX)),
    }
}

impl<B> DmaSlice<B> {
    fn new(buffer: B, range: impl RangeBounds<usize>, len: usize) -> Result<Self, OutOfRange<B>> {
        match resolve(range, len) {
            Ok(Range { start, end }) => Ok(DmaSlice { buffer, start, end }),
            Err(range) => Err(OutOfRange { buffer, range, len }),
        }
    }

    /// The words of the whole buffer this sub-buffer covers.
    ///
    /// ```
    /// use dma_buffer::DmaSlice;
    ///
    /// let tail = DmaSlice::for_read(&[0u16; 10], 6..).unwrap();
    /// assert_eq!(tail.range(), 6..10);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Gives the whole buffer back.
    ///
    /// ```
    /// use dma_buffer::DmaSlice;
    ///
    /// let message: &'static str = "HEAD body";
    /// let header = DmaSlice::for_read(message, ..4).unwrap();
    /// // ... the DMA sends "HEAD" ...
    /// assert_eq!(header.into_inner(), "HEAD body");
    /// ```
    pub fn into_inner(self) -> B {
        self.buffer
    }
}

impl<B: DmaReadBuffer> DmaSlice<B> {
    /// The words `range` of `buffer`, for the DMA engine to read; `Err` if `range` does not
    /// lie within the buffer.
    ///
    /// ```
    /// use dma_buffer::{DmaReadBuffer, DmaSlice};
    ///
    /// static SAMPLES: [u32; 5] = [1, 2, 3, 4, 5];
    /// let last_two = DmaSlice::for_read(&SAMPLES, 3..=4).unwrap();
    /// assert_eq!(last_two.dma_read_buffer(), (SAMPLES[3..].as_ptr(), 2));
    /// ```
    pub fn for_read(buffer: B, range: impl RangeBounds<usize>) -> Result<Self, OutOfRange<B>> {
        let len = buffer.dma_read_buffer().1;
        Self::new(buffer, range, len)
    }
}

impl<B: DmaWriteBuffer> DmaSlice<B> {
    /// The words `range` of `buffer`, for the DMA engine to write; `Err` if `range` does not
    /// lie within the buffer.
    ///
    /// ```
    /// use dma_buffer::{DmaSlice, DmaWriteBuffer};
    ///
    /// let rx: &'static mut [u16; 64] = Box::leak(Box::new([0; 64]));
    /// let start = rx.as_mut_ptr();
    /// // Receive into the second half; the first half stays the program's.
    /// let mut second_half = DmaSlice::for_write(rx, 32..).unwrap();
    /// assert_eq!(second_half.dma_write_buffer(), (start.wrapping_add(32), 32));
    /// ```
    pub fn for_write(mut buffer: B, range: impl RangeBounds<usize>) -> Result<Self, OutOfRange<B>> {
        let len = buffer.dma_write_buffer().1;
        Self::new(buffer, range, len)
    }
}

/// Panics unless `start..end` lies within a buffer of `len` words. `B`'s contract makes every
/// call return the length checked at construction, so this holds; it guards against a
/// hand-written buffer whose read and write lengths differ.
#[inline]
fn assert_within(end: usize, len: usize) {
    assert!(
        end <= len,
        "DmaSlice range ends at {end}, past the buffer's {len} words"
    );
}

// SAFETY: `start <= end <= len` (checked above), so `ptr + start` and `end - start` words lie
// within the memory `B` promises; `B`'s other promises carry over unchanged.
unsafe impl<B: DmaReadBuffer> DmaReadBuffer for DmaSlice<B> {
    type Word = B::Word;

    #[inline]
    fn dma_read_buffer(&self) -> (*const Self::Word, usize) {
        let (ptr, len) = self.buffer.dma_read_buffer();
        assert_within(self.end, len);
        (ptr.wrapping_add(self.start), self.end - self.start)
    }
}

// SAFETY: as for `DmaReadBuffer`.
unsafe impl<B: DmaWriteBuffer> DmaWriteBuffer for DmaSlice<B> {
    type Word = B::Word;

    #[inline]
    fn dma_write_buffer(&mut self) -> (*mut Self::Word, usize) {
        let (ptr, len) = self.buffer.dma_write_buffer();
        assert_within(self.end, len);
        (ptr.wrapping_add(self.start), self.end - self.start)
    }
}
