using System.Reflection;
using ReportSearch.Divisions;
using ReportSearch.Model;

namespace ReportSearch.Eval;

/// <summary>
/// The extraction under test: <c>ReportSearch.Extraction.ReportLoader</c>, built as <c>new ReportLoader(DivisionTable)</c>
/// and called as <c>Report Load(string path)</c>. It is bound by name so the evaluator builds while the loader is
/// still being written; once it is in the library this can become a direct call.
/// </summary>
public static class ExtractorBinding
{
    private const string LoaderType = "ReportSearch.Extraction.ReportLoader";

    /// <summary>A function reading one report file, or null with the reason when the library has no loader.</summary>
    public static (Func<string, Report>? Load, string? Missing) Bind(DivisionTable divisions)
    {
        var type = typeof(Report).Assembly.GetType(LoaderType);
        if (type is null) return (null, $"{LoaderType} is not in {typeof(Report).Assembly.GetName().Name}");
        var constructor = type.GetConstructor([typeof(DivisionTable)]);
        var load = type.GetMethod("Load", [typeof(string)]);
        if (constructor is null || load is null || load.ReturnType != typeof(Report))
            return (null, $"{LoaderType} lacks new(DivisionTable) or Report Load(string)");
        var loader = constructor.Invoke([divisions]);
        return (path =>
        {
            try
            {
                return (Report)load.Invoke(loader, [path])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                // Let the loader's own exception (UnreadableReportException…) through unwrapped.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }, null);
    }
}
