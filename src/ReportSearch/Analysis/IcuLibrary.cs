namespace ReportSearch.Analysis;

/// <summary>
/// Loads the machine's ICU (libicu72 on Debian 12) through icu.net once per process. icu.net finds the newest
/// libicuuc/libicui18n it can load by probing versioned file names, so nothing needs configuring here; calling
/// <c>Icu.Wrapper.Init()</c> first makes ICU load its data before several threads start using it.
/// </summary>
public static class IcuLibrary
{
    private static readonly Lazy<string> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Initialises ICU if that has not happened yet; returns the ICU version in use (for logs).</summary>
    public static string EnsureLoaded() => Loaded.Value;

    private static string Load()
    {
        Icu.Wrapper.Init();
        return Icu.Wrapper.IcuVersion;
    }
}
