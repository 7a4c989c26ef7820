// #[derive(DmaReadBuffer)]
unsafe impl<W: dma_buffer::Word + Copy, const N: usize> ::dma_buffer::derived::ReadFields
for Samples<W, N>
where
    [W; N]: ::dma_buffer::DmaReadTarget,
{
    type Word = <[W; N] as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([W; N], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const [W; N] = &raw const this.0;
        }
    };
}
::dma_buffer::__derived_pointer_routes! {
    read
    lifetimes []
    types [W [dma_buffer::Word, Copy]]
    consts [N: usize]
    type [Samples<W, N>]
}

// #[derive(DmaWriteBuffer)]
unsafe impl<
    W: dma_buffer::Word + Copy,
    const N: usize,
> ::dma_buffer::derived::WriteFields for Samples<W, N>
where
    [W; N]: ::dma_buffer::DmaWriteTarget,
{
    type Word = <[W; N] as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([W; N], ());
    type Phantoms = ();
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { 0: _ } = this;
            let Self { .. } = this;
            let _: *const [W; N] = &raw const this.0;
        }
    };
}
::dma_buffer::__derived_pointer_routes! {
    write
    lifetimes []
    types [W [dma_buffer::Word, Copy]]
    consts [N: usize]
    type [Samples<W, N>]
}
