using System.Buffers;
using System.Runtime.Intrinsics;

namespace ReportSearch.Compare;

/// <summary>
/// MinHash signatures over the character shingles of a normalised text, computed cheaply enough for index time:
/// each shingle gets one well-mixed 64-bit hash x (a polynomial hash rolled along the text, then
/// <see cref="StableHash.Mix"/>), and hash function i is <c>a_i·x + b_i mod 2^64</c> with a random odd
/// <c>a_i</c>, ranked by its value (so by its high bits, which the signature keeps). That is one multiply-add per
/// function and shingle instead of a full 64-bit finaliser, done for 8 (or 4) functions at once with vector
/// instructions; every path gives the same bits on every machine, so signatures stay comparable across indexes
/// built anywhere.
/// </summary>
public sealed class ShingleMinHash
{
    // The base of the rolling polynomial hash: odd, so no character's contribution is ever multiplied away.
    private const ulong RollingBase = 0xC2B2AE3D27D4EB4FUL;

    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;
    private readonly int _shingleChars;
    private readonly ulong _leadingPower;

    /// <param name="hashes">Signature length (the number of hash functions).</param>
    /// <param name="shingleChars">Characters per shingle.</param>
    public ShingleMinHash(int hashes, int shingleChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleChars, 1);
        _shingleChars = shingleChars;
        _multipliers = new ulong[hashes];
        _offsets = new ulong[hashes];
        var x = 0x5EED_C0DE_2019_2024UL;
        for (var i = 0; i < hashes; i++)
        {
            _multipliers[i] = (x = StableHash.Mix(x + 0x9E3779B97F4A7C15UL)) | 1;
            _offsets[i] = x = StableHash.Mix(x + 0x9E3779B97F4A7C15UL);
        }
        _leadingPower = 1;
        for (var i = 1; i < shingleChars; i++) _leadingPower *= RollingBase;
    }

    /// <summary>Per hash function, the high 32 bits of its least value over the shingles; all ones for an empty text.</summary>
    public uint[] Signature(ReadOnlySpan<char> normalized)
    {
        var least = _multipliers.Length <= 256 ? stackalloc ulong[_multipliers.Length] : new ulong[_multipliers.Length];
        least.Fill(ulong.MaxValue);
        if (!normalized.IsEmpty) Fold(normalized, least, SimdWidth(_multipliers.Length));
        return Finish(least);
    }

    /// <summary>The same signature without vector instructions: the reference the vector paths are held to.</summary>
    internal uint[] SignatureWithoutVectors(ReadOnlySpan<char> normalized)
    {
        Span<ulong> least = new ulong[_multipliers.Length];
        least.Fill(ulong.MaxValue);
        if (!normalized.IsEmpty) Fold(normalized, least, 1);
        return Finish(least);
    }

    private static uint[] Finish(ReadOnlySpan<ulong> least)
    {
        var signature = new uint[least.Length];
        for (var i = 0; i < least.Length; i++) signature[i] = (uint)(least[i] >> 32);
        return signature;
    }

    // 8 functions a step where the processor has 512-bit vectors, 4 with 256-bit ones, else one at a time.
    private static int SimdWidth(int hashes) =>
        Vector512.IsHardwareAccelerated && hashes % 8 == 0 ? 8
        : Vector256.IsHardwareAccelerated && hashes % 4 == 0 ? 4
        : 1;

    /// <summary>Lowers <paramref name="least"/> by every shingle of the text (the whole text when shorter than a shingle).</summary>
    private void Fold(ReadOnlySpan<char> text, Span<ulong> least, int width)
    {
        var count = Math.Max(1, text.Length - _shingleChars + 1);
        // The shingles' hashes first, then each group of functions over all of them: the group's multipliers,
        // offsets and minima stay in registers for the whole text.
        ulong[]? rented = null;
        var shingles = count <= 512 ? stackalloc ulong[count] : (rented = ArrayPool<ulong>.Shared.Rent(count)).AsSpan(0, count);
        HashShingles(text, shingles);
        if (width == 8) Lower8(shingles, least);
        else if (width == 4) Lower4(shingles, least);
        else LowerScalar(shingles, least);
        if (rented is not null) ArrayPool<ulong>.Shared.Return(rented);
    }

    private void HashShingles(ReadOnlySpan<char> text, Span<ulong> shingles)
    {
        var k = Math.Min(_shingleChars, text.Length);
        // A text shorter than a shingle is one shorter shingle, hashed with the same polynomial.
        var leading = k == _shingleChars ? _leadingPower : Power(k - 1);
        ulong rolling = 0;
        for (var i = 0; i < k; i++) rolling = rolling * RollingBase + text[i];
        shingles[0] = StableHash.Mix(rolling);
        for (var i = 1; i < shingles.Length; i++)
        {
            rolling = (rolling - text[i - 1] * leading) * RollingBase + text[i - 1 + k];
            shingles[i] = StableHash.Mix(rolling);
        }
    }

    private static ulong Power(int exponent)
    {
        ulong p = 1;
        for (var i = 0; i < exponent; i++) p *= RollingBase;
        return p;
    }

    private void LowerScalar(ReadOnlySpan<ulong> shingles, Span<ulong> least)
    {
        for (var h = 0; h < least.Length; h++)
        {
            var (a, b, min) = (_multipliers[h], _offsets[h], least[h]);
            foreach (var x in shingles) min = Math.Min(min, x * a + b);
            least[h] = min;
        }
    }

    private void Lower8(ReadOnlySpan<ulong> shingles, Span<ulong> least)
    {
        for (var h = 0; h < least.Length; h += 8)
        {
            var (a, b, min) = (Vector512.Create(_multipliers, h), Vector512.Create(_offsets, h), Vector512.Create<ulong>(least[h..]));
            foreach (var x in shingles) min = Vector512.Min(min, Vector512.Create(x) * a + b);
            min.CopyTo(least[h..]);
        }
    }

    private void Lower4(ReadOnlySpan<ulong> shingles, Span<ulong> least)
    {
        for (var h = 0; h < least.Length; h += 4)
        {
            var (a, b, min) = (Vector256.Create(_multipliers, h), Vector256.Create(_offsets, h), Vector256.Create<ulong>(least[h..]));
            foreach (var x in shingles) min = Vector256.Min(min, Vector256.Create(x) * a + b);
            min.CopyTo(least[h..]);
        }
    }
}
