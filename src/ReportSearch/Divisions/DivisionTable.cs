namespace ReportSearch.Divisions;

/// <summary>
/// The national division list (provinces, cities, counties, townships) with lookups by code, by name and by
/// the short forms text uses. Immutable after loading; <see cref="Load"/> reads the table embedded in the
/// library once per process and hands every caller the same instance.
/// </summary>
public sealed class DivisionTable
{
    private const string ResourceName = "ReportSearch.Divisions.divisions.tsv";

    private static readonly Lazy<DivisionTable> Embedded = new(ReadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Division[] _all;
    private readonly Dictionary<string, Division> _byCode;
    private readonly Dictionary<string, Division[]> _byName;
    private readonly Dictionary<string, Division[]> _children;
    private readonly Dictionary<string, string> _shortNameOf;
    private readonly Dictionary<string, Division[]> _byShortName;

    private DivisionTable(List<Division> divisions)
    {
        divisions.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        _byCode = new Dictionary<string, Division>(divisions.Count, StringComparer.Ordinal);
        var unique = new List<Division>(divisions.Count);
        foreach (var division in divisions)
            if (_byCode.TryAdd(division.Code, division)) unique.Add(division);
        _all = unique.ToArray();

        _byName = Group(_all, d => d.Name);
        _children = Group(_all.Where(d => d.ParentCode is not null && _byCode.ContainsKey(d.ParentCode)), d => d.ParentCode!);
        _shortNameOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var division in _all)
            if (DivisionShortNames.Of(division) is { } shortName) _shortNameOf[division.Code] = shortName;
        _byShortName = Group(_all.Where(d => _shortNameOf.ContainsKey(d.Code)), d => _shortNameOf[d.Code]);
    }

    /// <summary>The table built into the library; loaded on first use, then shared.</summary>
    public static DivisionTable Load() => Embedded.Value;

    /// <summary>A table read from text in the <c>divisions.tsv</c> format (for tests and tools); bad lines are skipped.</summary>
    public static DivisionTable FromTsv(TextReader reader) => new(DivisionTsv.Read(reader));

    /// <summary>Every division, in code order (each one right after its parent).</summary>
    public IReadOnlyList<Division> All => _all;

    public Division? ByCode(string code) => code is not null && _byCode.TryGetValue(code, out var d) ? d : null;

    /// <summary>Every division with exactly this name, at any level, in code order (城关镇 has 88).</summary>
    public IReadOnlyList<Division> ByName(string name) =>
        name is not null && _byName.TryGetValue(name, out var found) ? found : [];

    public Division? Parent(Division division) => division.ParentCode is { } code ? ByCode(code) : null;

    /// <summary>The divisions directly under this one, in code order.</summary>
    public IReadOnlyList<Division> Children(Division division) =>
        _children.TryGetValue(division.Code, out var found) ? found : [];

    /// <summary>The divisions above this one, nearest first (county, city, province for a township).</summary>
    public IReadOnlyList<Division> Ancestors(Division division)
    {
        var result = new List<Division>(3);
        for (var parent = Parent(division); parent is not null && result.Count < 4; parent = Parent(parent))
            result.Add(parent);
        return result;
    }

    /// <summary>The ancestor (or the division itself) at the given level; null when there is none (济源市 has no city).</summary>
    public Division? AncestorAt(Division division, DivisionLevel level)
    {
        for (Division? d = division; d is not null; d = Parent(d))
        {
            if (d.Level == level) return d;
            if (d.Level < level) return null;
        }
        return null;
    }

    /// <summary>
    /// The short form text uses for a province, city or county (河南, 开封, 尉氏, 广西); null for townships and
    /// for names with nothing to shorten. Many short forms are also ordinary words (鼓楼, 城关, 新华) or shared
    /// (吉林 is a province and a city): use them only where the context already says a place is meant.
    /// </summary>
    public string? ShortNameOf(Division division) => _shortNameOf.GetValueOrDefault(division.Code);

    /// <summary>The divisions whose short form is exactly this, in code order.</summary>
    public IReadOnlyList<Division> ByShortName(string shortName) =>
        shortName is not null && _byShortName.TryGetValue(shortName, out var found) ? found : [];

    private static Dictionary<string, Division[]> Group(IEnumerable<Division> divisions, Func<Division, string> key)
    {
        var lists = new Dictionary<string, List<Division>>(StringComparer.Ordinal);
        foreach (var division in divisions)
        {
            var k = key(division);
            if (!lists.TryGetValue(k, out var list)) lists[k] = list = new List<Division>(1);
            list.Add(division);
        }
        var result = new Dictionary<string, Division[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (k, list) in lists) result[k] = list.ToArray();
        return result;
    }

    private static DivisionTable ReadEmbedded()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the library was built without its division table ({ResourceName})");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return FromTsv(reader);
    }
}
