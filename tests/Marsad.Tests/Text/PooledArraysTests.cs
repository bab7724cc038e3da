using Marsad.Text;

namespace Marsad.Tests.Text;

/// <summary>What <see cref="PooledArrays"/> gives and what it keeps.</summary>
public sealed class PooledArraysTests
{
    [Fact]
    public void A_cleared_rent_is_cleared_even_when_the_pool_gave_it_back_dirty()
    {
        var first = PooledArrays.Rent<int>(1000);
        first.AsSpan().Fill(7);
        PooledArrays.Return(first);

        var second = PooledArrays.RentCleared<int>(1000);

        Assert.All(second.AsSpan(0, 1000).ToArray(), value => Assert.Equal(0, value));
        PooledArrays.Return(second);
    }

    [Fact]
    public void An_array_too_long_to_pool_is_new_each_time_and_not_kept()
    {
        const int length = PooledArrays.MaxPooledLength + 1;
        var first = PooledArrays.Rent<long>(length);
        PooledArrays.Return(first);
        var second = PooledArrays.Rent<long>(length);

        Assert.Equal(length, first.Length);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void An_array_of_references_goes_back_cleared_so_the_pool_keeps_no_object_alive()
    {
        var array = PooledArrays.RentCleared<string?>(16);
        array[0] = "كازاخستان";
        PooledArrays.Return(array);

        Assert.Null(array[0]);
    }
}
