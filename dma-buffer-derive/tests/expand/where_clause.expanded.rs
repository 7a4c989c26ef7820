// #[derive(DmaReadBuffer)]
unsafe impl<'a, T: Copy + 'a, const N: usize> ::dma_buffer::derived::ReadFields
for Ring<'a, T, N>
where
    [T; N]: ::dma_buffer::DmaReadTarget,
    T: Default,
{
    type Word = <[T; N] as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([T; N], ());
    type Phantoms = (PhantomData<&'a T>, ());
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { slots: _, borrowed: _ } = this;
            let _: *const [T; N] = &raw const this.slots;
            let _: *const PhantomData<&'a T> = &raw const this.borrowed;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[T; N]>("slots");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}

// #[derive(DmaWriteBuffer)]
unsafe impl<'a, T: Copy + 'a, const N: usize> ::dma_buffer::derived::WriteFields
for Ring<'a, T, N>
where
    [T; N]: ::dma_buffer::DmaWriteTarget,
    T: Default,
{
    type Word = <[T; N] as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::derived::SameWord;
    type Fields = ([T; N], ());
    type Phantoms = (PhantomData<&'a T>, ());
    const FIELDS: () = {
        if let Some(this) = None::<&Self> {
            let Self { slots: _, borrowed: _ } = this;
            let _: *const [T; N] = &raw const this.slots;
            let _: *const PhantomData<&'a T> = &raw const this.borrowed;
        }
    };
    const LAYOUT: () = {
        let gaps = ::dma_buffer::derived::FieldGaps::first::<[T; N]>("slots");
        ::dma_buffer::derived::FieldGaps::end::<Self>(gaps);
    };
}
