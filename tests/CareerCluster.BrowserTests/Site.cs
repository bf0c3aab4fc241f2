using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Serilog.Core;

namespace CareerCluster.BrowserTests;

/// <summary>
/// One app on a real Kestrel port and one Debian Chromium. The app reads a temporary copy of the
/// repository's content and builds its SQLite file in the same temporary folder.
/// </summary>
public sealed class Site : IAsyncDisposable
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private readonly string _work = Path.Combine(Path.GetTempPath(), "careercluster-browser-" + Guid.NewGuid().ToString("N"));
    private KestrelFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private Site()
    {
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ArtifactsDirectory { get; } = Path.Combine(RepositoryRoot, "artifacts");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromiumPath;

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public static async Task<Site> StartAsync()
    {
        var site = new Site();
        try
        {
            await site.InitializeAsync();
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    public async Task<IBrowserContext> NewContextAsync(int width, int height, bool javaScript, ColorScheme colorScheme)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
            BaseURL = BaseUrl.ToString(),
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Generous: a loaded 2-core CI machine once took over 15 s for one navigation; a real hang still fails.
        context.SetDefaultTimeout(45_000);
        return context;
    }

    /// <summary>A path under the git-ignored artifacts/ folder at the repository root, its folder created.</summary>
    public static string Artifact(params string[] parts)
    {
        var path = Path.Combine([ArtifactsDirectory, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task InitializeAsync()
    {
        // Start the browser first: without it nothing here can run, and the message must say why.
        var chromium = ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{chromium}'. Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH. "
                + "The browser tests never download a browser and never skip.");
        }

        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = [.. ChromiumArgs, .. NetLogArgs()],
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException ex)
        {
            throw new InvalidOperationException($"Chromium at '{chromium}' could not be started (CI={Environment.GetEnvironmentVariable("CI") ?? "unset"}): {ex.Message}", ex);
        }

        var content = Path.Combine(_work, "content");
        CopyDirectory(Path.Combine(RepositoryRoot, "content"), content);
        // Production needs Site:BaseUrl before it starts, so the port is chosen first.
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _factory = new KestrelFactory(content, Path.Combine(_work, "careers.db"), BaseUrl.ToString().TrimEnd('/'));
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        _factory.StartServer();

        // Start-up loads the content in the background; wait until the site is ready.
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The app at {BaseUrl} was not ready within 60 s.");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// With CHROMIUM_NET_LOG=1, Chromium records every request, socket and byte count in artifacts/chromium-netlog.json
    /// (its NetLog), so a navigation that never completes shows what the browser sent and received.
    /// </summary>
    private static string[] NetLogArgs() =>
        Environment.GetEnvironmentVariable("CHROMIUM_NET_LOG") == "1" ? [$"--log-net-log={Artifact("chromium-netlog.json")}"] : [];

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CareerCluster.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CareerCluster.sln not found above {AppContext.BaseDirectory}.");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class KestrelFactory(string contentPath, string databasePath, string baseUrl) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            // Outside Development the build's static web assets (wwwroot) are only mapped when asked for.
            builder.UseStaticWebAssets();
            builder.UseSetting("Site:BaseUrl", baseUrl);
            builder.UseSetting("Content:Path", contentPath);
            builder.UseSetting("Content:Watch", "false");
            builder.UseSetting("ConnectionStrings:Careers", $"Data Source={databasePath}");
            builder.UseSetting("RateLimiting:SearchPermitsPerMinute", "100000");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Warning");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");

            // Every request's start and end (the host closes the file when it stops), so a browser wait that times out shows whether the app got the request and finished it.
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(_ => new LogFileSink(Artifact("browser-site.log"))));
        }
    }
}
