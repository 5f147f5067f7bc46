using System.Buffers;

namespace NeuronOrleans.Dissection.Counting;

/// <summary>A dataset mask that is either borrowed from a cache or rented for one use.</summary>
internal readonly struct MaskLease(ulong[] words, int length, bool rented) : IDisposable
{
    public ReadOnlySpan<ulong> Span => words.AsSpan(0, length);

    public Span<ulong> Writable => rented
        ? words.AsSpan(0, length)
        : throw new InvalidOperationException("A cached mask is read-only.");

    public static MaskLease Borrow(ulong[] words) => new(words, words.Length, rented: false);

    public static MaskLease Rent(int length) => new(ArrayPool<ulong>.Shared.Rent(length), length, rented: true);

    public void Dispose()
    {
        if (rented) ArrayPool<ulong>.Shared.Return(words);
    }
}
