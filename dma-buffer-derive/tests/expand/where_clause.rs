/// Defaults, bounds and a `where` clause, all kept on the impl but the defaults.
#[repr(C)]
pub struct Ring<'a, T: Copy + 'a = u8, const N: usize = 4>
where
    T: Default,
{
    slots: [T; N],
    borrowed: PhantomData<&'a T>,
}
