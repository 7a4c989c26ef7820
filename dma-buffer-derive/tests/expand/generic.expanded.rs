// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_dma_target! {
    read
    impl [T]
    type [G<T>]
    where []
    word [<T as ::dma_buffer::DmaReadTarget>::Word]
    rule [SameWord]
    bounds [T]
    fields [0: T]
    phantoms []
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl [T]
    type [G<T>]
    where []
    word [<T as ::dma_buffer::DmaWriteTarget>::Word]
    rule [SameWord]
    bounds [T]
    fields [0: T]
    phantoms []
}
