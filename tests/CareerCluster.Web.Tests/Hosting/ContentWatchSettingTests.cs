using CareerCluster.Web.Hosting;
using CareerCluster.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareerCluster.Web.Tests.Hosting;

/// <summary>Content:Watch decides live reload, also over appsettings.Development.json's default of true.</summary>
public sealed class ContentWatchSettingTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public void Watch_false_in_development_starts_no_watcher()
    {
        var hosted = factory.Services.GetServices<IHostedService>().ToList();

        Assert.Contains(hosted, s => s is ContentStartupService);
        Assert.DoesNotContain(hosted, s => s is ContentWatcherService);
    }
}
