using System.Buffers;
using ReportSearch.Ingest.Normalization;

namespace ReportSearch.Tests.Ingest.Normalization;

/// <summary>A buffer rented from a pool grows like an allocated one and keeps what was written across each growth.</summary>
public class CharBufferTests
{
    [Test]
    public void A_rented_buffer_grows_and_keeps_its_text()
    {
        var expected = string.Concat(Enumerable.Range(0, 500).Select(i => (char)('一' + i % 50) + "，"));
        using var buffer = CharBuffer.Rent(ArrayPool<char>.Create(), 16);
        foreach (var c in expected[..300]) buffer.Append(c);
        buffer.Append(expected.AsSpan(300));
        Assert.That(buffer.ToString(), Is.EqualTo(expected));
        Assert.That(buffer.Last, Is.EqualTo('，'));
    }

    [Test]
    public void Normalising_a_text_larger_than_the_first_buffers_gives_what_an_unpooled_run_gives()
    {
        // Full-width letters and space runs make steps write more or less than they read; the pool must not leak
        // one call's text into the next.
        var text = string.Concat(Enumerable.Repeat("一、总体情况\r\n\uFEFF本年度　共　ＡＢＣ　公开 信息\u3000\u3000 12 条。\r\n", 400));
        var first = TextNormalizer.Default.Normalize(text);
        var second = TextNormalizer.Default.Normalize(text);
        Assert.That(second, Is.EqualTo(first));
        Assert.That(TextNormalizer.Default.Normalize(first), Is.EqualTo(first));
        Assert.That(TextNormalizer.Default.Normalize("短"), Is.EqualTo("短"));
    }
}
