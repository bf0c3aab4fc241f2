using Microsoft.Playwright;

namespace CareerCluster.BrowserTests;

/// <summary>
/// The fixture of every browser test collection. They all share one <see cref="Site"/> (one app, one
/// Chromium), started by the first collection and stopped by the last, so collections can run in
/// parallel without a second server. If the site cannot start, every test fails with the reason.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Task<Site>? _shared;
    private static int _users;
    private Site? _site;

    public Uri BaseUrl => Current.BaseUrl;

    private Site Current => _site ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        Task<Site> shared;
        await Gate.WaitAsync();
        try
        {
            _users++;
            shared = _shared ??= Site.StartAsync();
        }
        finally
        {
            Gate.Release();
        }

        _site = await shared;
    }

    public async Task DisposeAsync()
    {
        Task<Site>? last = null;
        await Gate.WaitAsync();
        try
        {
            if (--_users == 0)
            {
                last = _shared;
                _shared = null;
            }
        }
        finally
        {
            Gate.Release();
        }

        if (last is { IsCompletedSuccessfully: true })
        {
            await (await last).DisposeAsync();
        }
    }

    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light)
        => Current.NewContextAsync(width, height, javaScript, colorScheme);

    public string Artifact(params string[] parts) => Site.Artifact(parts);
}

/// <summary>Browser tests other than the axe scans.</summary>
[CollectionDefinition(Name)]
public sealed class SiteTests : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}

/// <summary>The axe scans: a collection of their own, so they run in parallel with the rest.</summary>
[CollectionDefinition(Name)]
public sealed class AxeTests : ICollectionFixture<SiteFixture>
{
    public const string Name = "axe";
}
