using ReportSearch.Divisions;
using ReportSearch.Extraction.Metadata;

namespace ReportSearch.Tests.Extraction.Metadata;

/// <summary>
/// Pieces of real reports cut at arbitrary places, and odd characters, never make the readers throw, and what
/// the resolver answers always hangs together: names are the list's, a code only with a settled township.
/// </summary>
public class MetadataRobustnessTests
{
    private static IEnumerable<string> Pieces()
    {
        var random = new Random(20220120);
        foreach (var file in SeedFiles.Reports)
        {
            var text = File.ReadAllText(file);
            for (var i = 0; i < 40; i++)
            {
                var start = random.Next(text.Length);
                yield return text.Substring(start, random.Next(text.Length - start + 1));
            }
            yield return text[..(text.Length / 2)].Replace('\n', '\t');
            yield return new string(text.Reverse().ToArray());
        }
        yield return "\uD800镇人民政府\n2022年13月45日\n二〇二二年十三月四十日\n2021年度";
        yield return new string('镇', 5000);
        yield return "发布日期：";
        yield return "日期";
    }

    [Test]
    public void Readers_answer_every_piece_without_throwing_and_the_region_hangs_together()
    {
        var table = DivisionTable.Load();
        var resolver = SharedResolver.Value;
        var years = new ReportYearReader();
        var dates = new PublicationDateReader();
        var pieces = 0;
        foreach (var piece in Pieces())
        {
            pieces++;
            var r = resolver.Resolve(piece);
            var year = years.Read(piece);
            var date = dates.Read(piece);
            Assert.That(year, Is.Null.Or.InRange(1990, 2099));
            if (date is not null) Assert.That(DateOnly.TryParseExact(date, "yyyy-MM-dd", out _), date);

            foreach (var (name, level) in new[] { (r.Township, DivisionLevel.Township), (r.County, DivisionLevel.County), (r.City, DivisionLevel.City), (r.Province, DivisionLevel.Province) })
                if (name is not null) Assert.That(table.ByName(name).Any(d => d.Level == level), $"{name} is a {level} of the list");
            if (r.County is not null) Assert.That(r.CountyCandidates, Is.Empty);
            if (r.DivisionCode is not null)
            {
                var township = table.ByCode(r.DivisionCode)!;
                Assert.That(township.Name, Is.EqualTo(r.Township));
                Assert.That(table.AncestorAt(township, DivisionLevel.County)!.Name, Is.EqualTo(r.County));
                Assert.That(table.AncestorAt(township, DivisionLevel.Province)!.Name, Is.EqualTo(r.Province));
            }
        }
        Assert.That(pieces, Is.GreaterThan(200));
    }
}
