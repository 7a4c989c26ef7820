// #[derive(DmaReadBuffer)]
unsafe impl<'a, T: Copy + 'a, const N: usize> ::dma_buffer::__private::ReadFields
for Ring<'a, T, N>
where
    [T; N]: ::dma_buffer::DmaReadTarget,
    T: Default,
{
    type Word = <[T; N] as ::dma_buffer::DmaReadTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([T; N], ());
    type Phantoms = (PhantomData<&'a T>, ());
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { slots: _, borrowed: _ } = this;
        let _: *const [T; N] = &this.slots;
        let _: *const PhantomData<&'a T> = &this.borrowed;
    };
}
::dma_buffer::__derived_target! {
    read generic impl ['a, T : Copy + 'a, const N : usize] type [Ring < 'a, T, N >] where
    [T : Default,] layout {
    ::dma_buffer::__private::assert_phantom_is_zero_sized(::dma_buffer::__private::core::mem::size_of::
    < PhantomData < & 'a T > > (),); let fields = [::dma_buffer::__private::FieldLayout {
    name : "slots", offset : ::dma_buffer::__private::core::mem::offset_of!(Self, slots),
    size : ::dma_buffer::__private::core::mem::size_of:: < [T; N] > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}

// #[derive(DmaWriteBuffer)]
unsafe impl<'a, T: Copy + 'a, const N: usize> ::dma_buffer::__private::WriteFields
for Ring<'a, T, N>
where
    [T; N]: ::dma_buffer::DmaWriteTarget,
    T: Default,
{
    type Word = <[T; N] as ::dma_buffer::DmaWriteTarget>::Word;
    type Rule = ::dma_buffer::__private::SameWord;
    type Fields = ([T; N], ());
    type Phantoms = (PhantomData<&'a T>, ());
    const FIELDS_EXACT: fn(&Self) = |this| {
        let Self { slots: _, borrowed: _ } = this;
        let _: *const [T; N] = &this.slots;
        let _: *const PhantomData<&'a T> = &this.borrowed;
    };
}
::dma_buffer::__derived_target! {
    write generic impl ['a, T : Copy + 'a, const N : usize] type [Ring < 'a, T, N >]
    where [T : Default,] layout {
    ::dma_buffer::__private::assert_phantom_is_zero_sized(::dma_buffer::__private::core::mem::size_of::
    < PhantomData < & 'a T > > (),); let fields = [::dma_buffer::__private::FieldLayout {
    name : "slots", offset : ::dma_buffer::__private::core::mem::offset_of!(Self, slots),
    size : ::dma_buffer::__private::core::mem::size_of:: < [T; N] > (), }];
    ::dma_buffer::__private::assert_no_end_padding(& fields,
    ::dma_buffer::__private::core::mem::size_of:: < Self > (),); }
}
