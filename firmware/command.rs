//! The command frame that every firmware here receives, included by each with `#[path]`.

use dma_buffer::DmaWriteBuffer;

/// A command from the host: start byte, command, big-endian length, payload, checksum.
#[derive(DmaWriteBuffer)]
#[repr(C)]
pub struct Command {
    pub start: u8,
    pub command: u8,
    pub length: [u8; 2],
    pub payload: [u8; 26],
    pub checksum: [u8; 2],
}
