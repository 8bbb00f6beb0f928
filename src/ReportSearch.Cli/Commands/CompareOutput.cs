using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using ReportSearch.Compare;
using ReportSearch.Compare.Service;
using ReportSearch.Index;

namespace ReportSearch.Cli.Commands;

/// <summary>
/// What the comparison commands share: the <c>--db/--json/--csv</c> options, JSON and CSV writing (CSV through
/// CsvHelper, every row, never truncated), region options, and the one-line errors and exit codes: 1 for an index
/// that cannot be used or a township that is unknown or ambiguous, 2 for arguments that cannot be read.
/// </summary>
public static class CompareOutput
{
    /// <summary>snake_case, enums by name, Chinese as itself.</summary>
    public static readonly JsonSerializerOptions Json = new(SearchCommand.Json)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The options every comparison command has.</summary>
    public sealed record Common(Option<string> Db, Option<bool> Json, Option<bool> Csv)
    {
        public static Common Create() => new(
            new Option<string>("--db") { Description = "Index file", DefaultValueFactory = _ => ReportIndex.DefaultPath },
            new Option<bool>("--json") { Description = "Print JSON" },
            new Option<bool>("--csv") { Description = "Print CSV (every row)" });

        public void AddTo(Command command)
        {
            command.Options.Add(Db);
            command.Options.Add(Json);
            command.Options.Add(Csv);
        }
    }

    /// <summary>How a command's answer is printed.</summary>
    public enum Format
    {
        Text,
        Json,
        Csv,
    }

    /// <summary>Opens the index, runs <paramref name="body"/> and turns known failures into one line and an exit code.</summary>
    public static int Run(string db, bool json, bool csv, TextWriter stderr, Func<ReportComparisons, Format, int> body)
    {
        if (json && csv)
        {
            stderr.WriteLine("reportsearch: choose one of --json and --csv");
            return 2;
        }
        try
        {
            using var index = ReportIndex.OpenExisting(db);
            return body(new ReportComparisons(index), json ? Format.Json : csv ? Format.Csv : Format.Text);
        }
        catch (IndexUnavailableException e)
        {
            stderr.WriteLine($"reportsearch: {e.Message}");
            return 1;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"reportsearch: {e.Message}");
            return 2;
        }
    }

    /// <summary>An argument that cannot be used (exit 2).</summary>
    public sealed class UsageException(string message) : Exception(message);

    public static void WriteJson<T>(TextWriter stdout, T value) => stdout.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>A header and rows as CSV (RFC 4180 quoting by CsvHelper).</summary>
    public static void WriteCsv(TextWriter stdout, IReadOnlyList<string> header, IEnumerable<IEnumerable<object?>> rows)
    {
        using var csv = new CsvWriter(stdout, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in header) csv.WriteField(name);
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var field in row) csv.WriteField(Field(field));
            csv.NextRecord();
        }
        csv.Flush();
    }

    private static string Field(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A scope level by name.</summary>
    public static RegionScope Level(string name) => name.ToLowerInvariant() switch
    {
        "county" => RegionScope.County,
        "city" => RegionScope.City,
        "province" => RegionScope.Province,
        _ => throw new UsageException($"unknown scope '{name}' (county, city or province)"),
    };

    /// <summary><c>--scope LEVEL NAME</c> as a filter (null when absent).</summary>
    public static RegionFilter? Scope(string[]? scope) => scope switch
    {
        null or [] => null,
        [var level, var name] => new RegionFilter(Level(level), name),
        _ => throw new UsageException("--scope takes a level and a name, e.g. --scope county 尉氏县"),
    };

    /// <summary>
    /// Says so when a named region holds no report (exit 1), with near names that exist; returns false then.
    /// </summary>
    public static bool RegionExists(ReportComparisons service, RegionFilter? region, TextWriter stderr)
    {
        if (region is null || service.ReportsIn(region) > 0) return true;
        var near = service.NearRegionNames(region.Level, region.Name);
        stderr.WriteLine($"reportsearch: no reports in {region.Level.ToString().ToLowerInvariant()} '{region.Name}'"
                         + (near.Count > 0 ? "; did you mean " + string.Join(", ", near) + "?" : ""));
        return false;
    }

    /// <summary>One line for a township the index does not settle; returns the exit code (1).</summary>
    public static int Unresolved<T>(TownshipAnswer<T> answer, string name, TextWriter stderr) where T : class
    {
        if (answer.Match == TownshipMatch.Ambiguous)
            stderr.WriteLine($"reportsearch: '{name}' names {answer.Candidates.Count} townships; add --county or --code: "
                             + string.Join("; ", answer.Candidates.Select(Describe)));
        else
            stderr.WriteLine($"reportsearch: no township '{name}' in the index"
                             + (answer.NearNames.Count > 0 ? "; did you mean " + string.Join(", ", answer.NearNames) + "?" : ""));
        return 1;
    }

    /// <summary>A township for people: its place, and its code when known.</summary>
    public static string Describe(TownshipIdentity t) => t.Label + (t.DivisionCode is null ? "" : $" (code {t.DivisionCode})");

    /// <summary>The index id of a report for display (#42), or the file when it has none.</summary>
    public static string Link(IReadOnlyDictionary<string, long> ids, ReportRef report) =>
        ids.TryGetValue(report.File, out var id) ? "#" + id : report.File;

    public static object? Id(IReadOnlyDictionary<string, long> ids, ReportRef report) =>
        ids.TryGetValue(report.File, out var id) ? id : null;

    /// <summary>A number as people read it: whole numbers without decimals.</summary>
    public static string Number(double? value) =>
        value is not { } v ? "–" : v == Math.Floor(v) && Math.Abs(v) < 1e15 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.##", CultureInfo.InvariantCulture);
}
