//! The index arithmetic of rings: positions as `(lap, index)` with a wrapping lap counter, and
//! the two decisions made from them, which `model.rs` checks exhaustively.
//!
//! `.ci/continuous.sh` builds the crate with `--cfg dma_buffer_mutant="…"`, which turns one
//! comparison below into its off-by-one neighbour, and requires the model check to fail.

use super::Position;

impl Position {
    /// The position `words` after this one, in a ring of `capacity` words.
    pub(super) fn advanced(self, words: usize, capacity: usize) -> Position {
        let index = self.index + words % capacity;
        let (index, carry) = if index >= capacity {
            (index - capacity, 1)
        } else {
            (index, 0)
        };
        // Truncating the lap count is taking it modulo 2³², as the counter itself does.
        let laps = (words / capacity) as u32;
        Position {
            lap: self.lap.wrapping_add(laps).wrapping_add(carry),
            index,
        }
    }
}

/// The words from `from` forward to `to`, if fewer than two laps; `None` for two laps or more
/// and for a `to` behind `from`, which over a wrapping lap counter look the same.
fn distance(from: Position, to: Position, capacity: usize) -> Option<usize> {
    match to.lap.wrapping_sub(from.lap) {
        0 => to.index.checked_sub(from.index),
        1 => Some(capacity - from.index + to.index),
        _ => None,
    }
}

/// The words a reader at `reader` may copy with the engine at `engine`: `None` if the engine
/// may already have begun overwriting the reader's word (an overrun).
pub(super) fn unread(reader: Position, engine: Position, capacity: usize) -> Option<usize> {
    distance(reader, engine, capacity).filter(|&lead| keeps_oldest(lead, capacity))
}

/// Whether an engine `lead` words ahead of a reader has left the reader's word alone: the
/// engine's own word (at `lead`) may be in flight, into the slot of the reader's word if
/// `lead == capacity`.
#[cfg(not(dma_buffer_mutant = "unread"))]
fn keeps_oldest(lead: usize, capacity: usize) -> bool {
    lead < capacity
}
#[cfg(dma_buffer_mutant = "unread")]
fn keeps_oldest(lead: usize, capacity: usize) -> bool {
    lead <= capacity
}

/// The slots a writer at `writer` may fill with the engine at `engine`: `None` if the engine
/// may already have begun sending the writer's word (an underrun).
pub(super) fn writable(writer: Position, engine: Position, capacity: usize) -> Option<usize> {
    distance(engine, writer, capacity)
        .filter(|&ahead| not_started(ahead) && ahead <= capacity)
        .map(|ahead| capacity - ahead)
}

/// Whether a writer `ahead` words ahead of the engine is ahead of its word in flight.
#[cfg(not(dma_buffer_mutant = "writable"))]
fn not_started(ahead: usize) -> bool {
    ahead > 0
}
#[cfg(dma_buffer_mutant = "writable")]
#[allow(unused_comparisons)]
fn not_started(ahead: usize) -> bool {
    ahead >= 0
}
