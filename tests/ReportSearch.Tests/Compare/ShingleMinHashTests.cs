using ReportSearch.Analysis;
using ReportSearch.Analysis.Folding;
using ReportSearch.Compare;
using static ReportSearch.Tests.Compare.Reports;

namespace ReportSearch.Tests.Compare;

public class ShingleMinHashTests
{
    private const string Passage = "一年来，全年共开展政务公开专项督查7次，发现并整改问题31个。年初召开专题会议研究部署政务公开工作，将政务公开工作与中心工作同部署、同推进、同考核。建立政府信息公开工作台账，对公开信息实行动态管理。";

    [TestCase(64, 5)]
    [TestCase(64, 3)]
    [TestCase(12, 5)]
    [TestCase(7, 2)]
    public void Vector_paths_give_the_scalar_signature(int hashes, int shingleChars)
    {
        var minHash = new ShingleMinHash(hashes, shingleChars);
        var text = ComparableText.Normalize(Passage);
        foreach (var length in new[] { 0, 1, 2, 4, 5, 6, 40, text.Length })
        {
            var part = text[..length];
            Assert.That(minHash.Signature(part), Is.EqualTo(minHash.SignatureWithoutVectors(part)), $"length {length}");
        }
        var longText = string.Concat(Enumerable.Repeat(text, 12));   // past the stack buffer of 512 shingles
        Assert.That(minHash.Signature(longText), Is.EqualTo(minHash.SignatureWithoutVectors(longText)));
    }

    [Test]
    public void Signatures_are_fixed_values()
    {
        // Stored fingerprints are compared with signatures computed later: the values must never drift.
        var signature = new ShingleMinHash(64, 5).Signature(ComparableText.Normalize(Passage));
        Assert.That(signature[..4], Is.EqualTo(new uint[] { 12217862u, 39207744u, 124065795u, 79958295u }));
        Assert.That(new ShingleMinHash(64, 5).Signature(""), Is.All.EqualTo(uint.MaxValue));
    }

    [Test]
    public void Signatures_estimate_the_shingle_overlap()
    {
        var minHash = new ShingleMinHash(64, 5);
        var text = ComparableText.Normalize(Passage);
        var errors = new List<double>();
        for (var cut = 10; cut < text.Length - 10; cut += 7)
        {
            // The passage against itself with a different stretch replaced: known Jaccard overlap of the shingle sets.
            var other = text[..cut] + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰" + text[(cut + 15)..];
            var estimate = PassageFingerprints.Similarity(minHash.Signature(text), minHash.Signature(other));
            errors.Add(Math.Abs(estimate - Jaccard(text, other)));
        }
        Assert.That(errors.Average(), Is.LessThan(0.1));
        Assert.That(errors.Max(), Is.LessThan(0.25));
    }

    [Test]
    public void Stored_signatures_estimate_the_shingle_overlap_with_chance_agreement_taken_out()
    {
        var text = ComparableText.Normalize(Passage);
        var stored = StoredSignature(text);
        Assert.That(stored, Has.All.LessThan(1u << PassageFingerprints.SignatureBits));
        var errors = new List<double>();
        for (var cut = 10; cut < text.Length - 10; cut += 7)
        {
            var other = text[..cut] + "甲乙丙丁戊己庚辛壬癸子丑寅卯辰" + text[(cut + 15)..];
            errors.Add(Math.Abs(PassageFingerprints.EstimatedOverlap(stored, StoredSignature(other), PassageFingerprints.SignatureBits) - Jaccard(text, other)));
        }
        Assert.That(errors.Average(), Is.LessThan(0.1));
        Assert.That(errors.Max(), Is.LessThan(0.25));

        // Texts with no shingle in common (every character moved to another ideograph): the values still agree by
        // chance about once in 2^bits, which the estimate takes out, so it centres on 0, the true overlap.
        var unrelated = Enumerable.Range(1, 60).Select(k => StoredSignature(new string(text.Select(c => (char)(0x4E00 + (c * 7 + k * 131) % 0x5000)).ToArray()))).ToList();
        var shares = new List<double>();
        var estimates = new List<double>();
        for (var i = 0; i + 1 < unrelated.Count; i++)
        {
            shares.Add(PassageFingerprints.Similarity(unrelated[i], unrelated[i + 1]));
            estimates.Add(PassageFingerprints.EstimatedOverlap(unrelated[i], unrelated[i + 1], PassageFingerprints.SignatureBits));
        }
        Assert.That(shares.Average(), Is.EqualTo(1.0 / (1 << PassageFingerprints.SignatureBits)).Within(0.01));
        Assert.That(estimates.Average(), Is.EqualTo(0).Within(0.01));
    }

    /// <summary>The signature the index stores for a one-line report holding <paramref name="normalized"/>.</summary>
    private static uint[] StoredSignature(string normalized) =>
        new PassageFingerprints().Of(Make("完冒镇", 2021, text: normalized)).Passages.Single().MinHash;

    [Test]
    public void Normalising_by_table_equals_folding_then_filtering()
    {
        var folding = TextFolding.Shared;
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = folding.Fold((char)i);
            var expected = char.IsLetterOrDigit(c) || CjkCharacters.IsCjk(c) ? char.ToLowerInvariant(c).ToString() : "";
            if (ComparableText.Normalize(((char)i).ToString()) != expected) Assert.Fail($"U+{i:X4}");
        }
    }

    [Test]
    public void Sentences_are_hashed_as_normalised_slices_of_their_paragraph()
    {
        var paragraphs = new[] { Passage, "（一）完冒镇政务公开！ＡＢＣ全角？我镇2021年；半角;句子!问号?", "短。句。" };
        var report = Make("完冒镇", 2021, text: string.Join("\n", paragraphs));
        var masking = new OwnNameMasking(report);
        var expected = paragraphs.SelectMany(p => masking.Mask(p).Split(['。', '！', '？', '；', '!', '?', ';']))
            .Select(ComparableText.Normalize).Where(s => s.Length >= 6).Select(s => (uint)(StableHash.Of(s) >> 32)).Distinct().ToList();
        var fingerprint = new PassageFingerprints().Of(report);
        Assert.That(fingerprint.Sentences, Is.EquivalentTo(expected));
        Assert.That(fingerprint.Passages.SelectMany(p => p.Sentences).Select(s => s.Hash), Is.SubsetOf(expected));
        Assert.That(fingerprint.Passages[0].Length, Is.EqualTo(ComparableText.Normalize(masking.Mask(Passage)).Length));
    }

    private static double Jaccard(string a, string b)
    {
        var x = Enumerable.Range(0, a.Length - 4).Select(i => a.Substring(i, 5)).ToHashSet();
        var y = Enumerable.Range(0, b.Length - 4).Select(i => b.Substring(i, 5)).ToHashSet();
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }
}
