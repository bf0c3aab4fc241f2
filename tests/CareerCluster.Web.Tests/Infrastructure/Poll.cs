using System.Diagnostics;

namespace CareerCluster.Web.Tests.Infrastructure;

public static class Poll
{
    /// <summary>Checks a condition every 50 ms until it holds; fails after the timeout. Returns how long it took.</summary>
    public static async Task<TimeSpan> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await condition())
            {
                return clock.Elapsed;
            }

            Assert.True(clock.Elapsed < timeout, $"not within {timeout.TotalSeconds:0.#} s: {what}");
            await Task.Delay(50);
        }
    }
}
