using ReportSearch.Analysis;

namespace ReportSearch.Tests.Analysis;

/// <summary>The domain lexicon and the user dictionary it is built from.</summary>
public class LexiconTests
{
    [Test]
    public void The_embedded_user_dictionary_holds_the_fields_terms()
    {
        var terms = UserDictionary.LoadEmbedded();
        Assert.That(terms, Has.Count.InRange(100, 300));
        Assert.That(terms, Is.Unique);
        Assert.That(terms, Is.SupersetOf(new[]
        {
            "政务公开", "依申请公开", "行政复议", "行政诉讼", "政务新媒体", "微信公众号", "政府信息公开", "主动公开", "不予公开",
            "村务公开", "政策解读", "回应关切", "便民服务中心",
        }));
        Assert.That(terms.All(t => !t.StartsWith('#') && t == t.Trim()));
    }

    [Test]
    public void The_embedded_copy_is_the_file_in_index_data()
    {
        var repoFile = FindRepoFile("index-data/userdict.txt");
        Assert.That(UserDictionary.LoadEmbedded(), Is.EqualTo(UserDictionary.Load(repoFile)));
    }

    [Test]
    public void Parsing_skips_comments_and_blanks()
    {
        var terms = UserDictionary.Parse(new StringReader("# heading\n\n 政务公开 \n依申请公开 # inline\n#政策解读\n"));
        Assert.That(terms, Is.EqualTo(new[] { "政务公开", "依申请公开" }));
    }

    [Test]
    public void Terms_are_folded_and_split_at_anything_but_ideographs()
    {
        var lexicon = DomainLexicon.Build(["政務公開", "天津经济技术开发区（其他片区）", "镇", "互联网+政务服务", "八五〇农场", ""]);
        Assert.That(lexicon.Terms, Is.EquivalentTo(new[] { "政务公开", "天津经济技术开发区", "其他片区", "互联网", "政务服务", "八五〇农场" }));
        Assert.That(lexicon.Contains("政务公开") && lexicon.Contains("政務公開"));
    }

    [Test]
    public void The_longest_term_at_a_position_wins()
    {
        var lexicon = DomainLexicon.Build(["政务", "政务公开", "政务公开专区"]);
        Assert.That(lexicon.LongestMatchAt("政务公开专区建设"), Is.EqualTo(6));
        Assert.That(lexicon.LongestMatchAt("政务公开工作"), Is.EqualTo(4));
        Assert.That(lexicon.LongestMatchAt("政府"), Is.EqualTo(0));
        Assert.That(lexicon.LongestMatchAt("政"), Is.EqualTo(0));
    }

    [Test]
    public void The_division_names_make_the_lexicon_of_the_index()
    {
        Assert.That(SharedAnalyzer.Value.Lexicon.Count, Is.GreaterThan(30_000));
        Assert.That(SharedAnalyzer.Value.Lexicon.Contains("小孟镇") && SharedAnalyzer.Value.Lexicon.Contains("兖州区"));
    }

    private static string FindRepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(relative + " was not found above " + AppContext.BaseDirectory);
    }
}
