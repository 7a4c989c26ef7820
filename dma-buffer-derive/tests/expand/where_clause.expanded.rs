// #[derive(DmaReadBuffer)]
::dma_buffer::__derive_dma_target! {
    read
    impl ['a, T: Copy + 'a, const N: usize]
    type [Ring<'a, T, N>]
    where [T: Default]
    word [<[T; N] as ::dma_buffer::DmaReadTarget>::Word]
    rule [SameWord]
    bounds [[T; N]]
    fields [slots: [T; N]]
    phantoms [borrowed: PhantomData<&'a T>]
}

// #[derive(DmaWriteBuffer)]
::dma_buffer::__derive_dma_target! {
    write
    impl ['a, T: Copy + 'a, const N: usize]
    type [Ring<'a, T, N>]
    where [T: Default]
    word [<[T; N] as ::dma_buffer::DmaWriteTarget>::Word]
    rule [SameWord]
    bounds [[T; N]]
    fields [slots: [T; N]]
    phantoms [borrowed: PhantomData<&'a T>]
}
