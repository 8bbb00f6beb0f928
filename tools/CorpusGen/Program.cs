using System.CommandLine;
using System.Globalization;
using ReportSearch.CorpusGen;

// corpusgen generate --out DIR --townships N --years 2019..2024 --seed S [--formats txt,gb18030,docx,html]
var outOption = new Option<string>("--out") { Description = "folder to write the corpus into", Required = true };
var townshipsOption = new Option<int>("--townships") { Description = "number of townships", DefaultValueFactory = _ => 200 };
var yearsOption = new Option<string>("--years") { Description = "years as FIRST..LAST", DefaultValueFactory = _ => "2019..2024" };
var seedOption = new Option<ulong>("--seed") { Description = "seed: the same arguments give the same files", DefaultValueFactory = _ => 1UL };
var formatsOption = new Option<string>("--formats") { Description = "formats with optional weights, e.g. txt:6,gb18030:1,docx:2,html:1" };

var generate = new Command("generate", "write a synthetic corpus of township reports with their ground truth")
{
    outOption, townshipsOption, yearsOption, seedOption, formatsOption,
};
generate.SetAction(parseResult =>
{
    try
    {
        var (first, last) = ParseYears(parseResult.GetValue(yearsOption)!);
        var formats = parseResult.GetValue(formatsOption) is { } f ? FormatMix.Parse(f) : FormatMix.Default;
        var options = new CorpusOptions(parseResult.GetValue(outOption)!, parseResult.GetValue(townshipsOption), first, last, parseResult.GetValue(seedOption))
        {
            Formats = formats,
        };
        var progress = new Progress<int>(n => Console.Error.Write($"\r{n} reports"));
        var summary = CorpusGenerator.ForNationalDivisions().Generate(options, progress);
        Console.Error.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Reports} reports of {summary.Townships} townships in {summary.Seconds:0.0} s ({summary.Reports / Math.Max(summary.Seconds, 1e-9):0} reports/s) → {options.OutputDirectory}"));
        return 0;
    }
    catch (Exception e) when (e is FormatException or ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
    {
        Console.Error.WriteLine("corpusgen: " + e.Message);
        return 1;
    }
});

var root = new RootCommand("synthetic township disclosure reports with ground truth") { generate };
return root.Parse(args).Invoke();

static (int First, int Last) ParseYears(string text)
{
    var parts = text.Split("..");
    if (parts.Length == 1 && int.TryParse(parts[0], out var single)) return (single, single);
    if (parts.Length == 2 && int.TryParse(parts[0], out var first) && int.TryParse(parts[1], out var last) && first <= last) return (first, last);
    throw new FormatException($"--years must be FIRST..LAST, not '{text}'");
}
