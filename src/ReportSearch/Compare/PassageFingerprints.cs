using ReportSearch.Model;

namespace ReportSearch.Compare;

/// <summary>
/// How passages are fingerprinted. Fixed for an index: signatures made with other settings do not compare.
/// <see cref="MinChars"/> here is the shortest passage fingerprinted at all (a search may ask for longer ones);
/// lengths count normalised characters (<see cref="ComparableText"/>). <see cref="Hashes"/> = <see cref="Bands"/> ×
/// rows; 16 bands of 4 make two passages with shingle overlap 0.7 collide in some band with probability ≈ 0.98,
/// and passages with overlap 0.3 only ≈ 0.12.
/// </summary>
public sealed record FingerprintOptions(int MinChars = 30, int ShingleChars = 5, int Hashes = 64, int Bands = 16, int MinSentenceChars = 6)
{
    public static readonly FingerprintOptions Default = new();

    public int Rows => Hashes / Bands;
}

/// <summary>A sentence of a passage as a stable hash, with its normalised length.</summary>
public readonly record struct SentenceHash(ulong Hash, int Length);

/// <summary>
/// One paragraph of a report as the copy finder needs it: where it is (<see cref="Start"/>..<see cref="End"/> in the
/// report's text), its normalised length, its MinHash signature over character shingles, and its sentences' hashes.
/// This is what the index stores per paragraph at index time.
/// </summary>
public sealed record PassageSignature(int Start, int End, int Length, uint[] MinHash, IReadOnlyList<SentenceHash> Sentences);

/// <summary>
/// A report's fingerprint: its long paragraphs' signatures, and the hashes of all its sentences (short paragraphs
/// included), from which the copy finder tells stock phrasing that many townships use from text only a few share.
/// </summary>
public sealed record ReportFingerprint(ReportRef Report, IReadOnlyList<PassageSignature> Passages, IReadOnlyList<ulong> Sentences);

/// <summary>
/// Computes <see cref="ReportFingerprint"/>s: per report, no corpus needed, so it runs at index time. Paragraphs are
/// the report's lines; each is compared with its own names masked out (<see cref="OwnNameMasking"/>).
/// </summary>
public sealed class PassageFingerprints(FingerprintOptions? options = null)
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';'];
    private readonly FingerprintOptions _options = options ?? FingerprintOptions.Default;
    private readonly ulong[] _seeds = Seeds((options ?? FingerprintOptions.Default).Hashes);

    public FingerprintOptions Options => _options;

    public ReportFingerprint Of(Report report)
    {
        var passages = new List<PassageSignature>();
        var sentences = new HashSet<ulong>();
        var text = report.Text;
        var masking = new OwnNameMasking(report);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var masked = masking.Mask(text[start..end]);
            var sentenceHashes = SentencesOf(masked);
            foreach (var s in sentenceHashes) sentences.Add(s.Hash);
            var normalized = ComparableText.Normalize(masked);
            if (normalized.Length >= _options.MinChars)
                passages.Add(new PassageSignature(start, end, normalized.Length, Signature(normalized), sentenceHashes));
            start = end + 1;
        }
        return new ReportFingerprint(ReportRef.Of(report), passages, sentences.ToList());
    }

    /// <summary>The MinHash signature: per hash function, the least hash of any shingle of the normalised text.</summary>
    public uint[] Signature(string normalized)
    {
        var signature = new uint[_seeds.Length];
        Array.Fill(signature, uint.MaxValue);
        var k = Math.Min(_options.ShingleChars, normalized.Length);
        for (var i = 0; i + k <= normalized.Length; i++)
        {
            var shingle = StableHash.Of(normalized.AsSpan(i, k));
            for (var h = 0; h < _seeds.Length; h++)
            {
                var v = (uint)(StableHash.Mix(shingle ^ _seeds[h]) >> 32);
                if (v < signature[h]) signature[h] = v;
            }
        }
        return signature;
    }

    /// <summary>The share of equal positions: an unbiased estimate of the shingle sets' Jaccard overlap.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }

    private List<SentenceHash> SentencesOf(string paragraph)
    {
        var result = new List<SentenceHash>();
        foreach (var sentence in paragraph.Split(SentenceEnds))
        {
            var normalized = ComparableText.Normalize(sentence);
            if (normalized.Length >= _options.MinSentenceChars) result.Add(new SentenceHash(StableHash.Of(normalized), normalized.Length));
        }
        return result;
    }

    private static ulong[] Seeds(int count)
    {
        var seeds = new ulong[count];
        var x = 0x5EED_C0DE_2019_2021UL;
        for (var i = 0; i < count; i++) seeds[i] = x = StableHash.Mix(x + 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
