namespace ReportSearch.Tests.Web;

/// <summary>
/// A real index of the seeds (and one hostile report) behind the in-memory test server, shared by a fixture's tests;
/// <see cref="Settings"/> adds host settings.
/// </summary>
public abstract class ApiFixture
{
    protected WebIndex Index { get; private set; } = null!;
    protected WebHost Host { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    protected virtual (string Key, string? Value)[] Settings => [];

    [OneTimeSetUp]
    public void Start()
    {
        Index = new WebIndex();
        Host = WebHost.On(Index, Settings);
        Client = Host.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        Client.Dispose();
        Host.Dispose();
        Index.Dispose();
    }
}
