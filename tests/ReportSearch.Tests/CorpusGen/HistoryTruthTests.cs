namespace ReportSearch.Tests.CorpusGen;

/// <summary>
/// history.json matches the files: problems said to repeat word for word are in both years' files with the same
/// text, reworded ones differ but keep their category, resolved ones are gone, and copied paragraphs are in the
/// source and in every copy.
/// </summary>
[TestFixture]
public sealed class HistoryTruthTests
{
    private GeneratedCorpus _corpus = null!;

    [OneTimeSetUp]
    public void Generate() => _corpus = GeneratedCorpus.Create(townships: 80, seed: 13);

    [OneTimeTearDown]
    public void Remove() => _corpus.Dispose();

    [Test]
    public void Repeated_reworded_and_resolved_problems_match_the_files()
    {
        var byFile = _corpus.Truths.ToDictionary(t => t.File);
        foreach (var change in _corpus.History.Problems)
        {
            var now = byFile[change.File];
            var before = byFile[change.PreviousFile];
            Assert.That(now.Township, Is.EqualTo(before.Township));
            Assert.That(change.Year, Is.GreaterThan(change.PreviousYear));
            var nowText = _corpus.TextOf(change.File);
            var beforeText = _corpus.TextOf(change.PreviousFile);
            foreach (var title in change.Verbatim)
            {
                var a = now.Problems.Single(p => p.Title == title);
                var b = before.Problems.Single(p => p.Title == title);
                Assert.That(a.Text, Is.EqualTo(b.Text));
                Assert.That(nowText, Does.Contain(a.Text));
                Assert.That(beforeText, Does.Contain(a.Text));
            }
            foreach (var r in change.Reworded)
            {
                Assert.That(r.Title, Is.Not.EqualTo(r.PreviousTitle));
                Assert.That(nowText, Does.Contain(r.Text));
                Assert.That(beforeText, Does.Contain(r.PreviousText));
                Assert.That(nowText, Does.Not.Contain(r.PreviousText));
                Assert.That(now.Problems.Single(p => p.Title == r.Title).Categories,
                    Is.EqualTo(before.Problems.Single(p => p.Title == r.PreviousTitle).Categories));
            }
            foreach (var title in change.Resolved)
            {
                Assert.That(before.Problems.Select(p => p.Title), Does.Contain(title));
                Assert.That(now.Problems.Select(p => p.Title), Does.Not.Contain(title));
            }
            Assert.That(change.Verbatim.Count + change.Reworded.Count + change.New.Count, Is.EqualTo(now.Problems.Count), change.File);
            Assert.That(change.Verbatim.Count + change.Reworded.Count + change.Resolved.Count, Is.EqualTo(before.Problems.Count), change.File);
        }
        Assert.That(_corpus.Summary.ProblemsVerbatim, Is.GreaterThan(20));
        Assert.That(_corpus.Summary.ProblemsReworded, Is.GreaterThan(20));
        Assert.That(_corpus.Summary.ProblemsResolved, Is.GreaterThan(20));
    }

    [Test]
    public void Copied_paragraphs_are_in_the_source_and_every_copy_of_the_same_county()
    {
        var byFile = _corpus.Truths.ToDictionary(t => t.File);
        Assert.That(_corpus.History.Copies, Is.Not.Empty);
        foreach (var copy in _corpus.History.Copies)
        {
            Assert.That(copy.Paragraph.Length, Is.GreaterThan(80));
            Assert.That(_corpus.TextOf(copy.Source), Does.Contain(copy.Paragraph));
            foreach (var file in copy.Copies)
            {
                Assert.That(_corpus.TextOf(file), Does.Contain(copy.Paragraph), file);
                Assert.That(byFile[file].Year, Is.EqualTo(copy.Year));
                Assert.That(file, Is.Not.EqualTo(copy.Source));
            }
        }
    }
}
