using CareerCluster.Data.Loading;
using CareerCluster.Tests;
using CareerCluster.Web.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerCluster.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over a real SQLite file, with a content folder and a data folder of its own (never the
/// repository's). By default the content is a copy of the repository's content/, in Production without
/// live reload; subclasses choose another environment, settings or content. One instance per test class
/// (IClassFixture), so classes never see each other's edits.
/// </summary>
public class CareerClusterFactory : WebApplicationFactory<Program>
{
    private bool _contentWritten;

    public CareerClusterFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "careercluster-tests", "web-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDirectory);
    }

    /// <summary>This factory's content folder.</summary>
    public TempContentTree Content { get; } = new();

    public string DataDirectory { get; }

    public virtual string EnvironmentName => "Production";

    public virtual bool Watch => false;

    /// <summary>Extra configuration, e.g. Site:BaseUrl.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    /// <summary>Fills the content folder before the app starts; default: a copy of the repository's content/.</summary>
    protected virtual void WriteContent(TempContentTree tree) => tree.CopyFrom(RepoPaths.Content);

    public ActiveContent Active => Services.GetRequiredService<ActiveContent>();

    public ContentPublisher Publisher => Services.GetRequiredService<ContentPublisher>();

    public RenderedPageCache PageCache() => Services.GetRequiredService<RenderedPageCache>();

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateNoRedirectClient(string baseAddress = "http://localhost")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (!_contentWritten)
        {
            WriteContent(Content);
            _contentWritten = true;
        }

        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Content:Path", Content.Root);
        builder.UseSetting("ConnectionStrings:Careers", $"Data Source={Path.Combine(DataDirectory, "careers.db")}");
        builder.UseSetting("Content:Watch", Watch ? "true" : "false");
        if (EnvironmentName == "Production")
        {
            // Required in Production; the address the test client uses.
            builder.UseSetting("Site:BaseUrl", "http://localhost");
        }

        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new TestFaultFilter())));
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Content.Dispose();
            TempContentTree.DeleteDirectory(DataDirectory);
            GC.SuppressFinalize(this);
        }
    }
}

/// <summary>Development with live reload on, as an editor previews.</summary>
public class DevelopmentFactory : CareerClusterFactory
{
    public override string EnvironmentName => "Development";
}

public class LiveReloadFactory : DevelopmentFactory
{
    public override bool Watch => true;
}
