using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyWorkflows.Tests.Shared;
using PartyWorkflows.Web.Hosting.DemoData;

namespace PartyWorkflows.Browser.Tests.Fixtures;

/// <summary>
/// The real service on a loopback Kestrel port over a fresh PostgreSQL database (one per test class: it migrates,
/// seeds the demo organisation and deploys workflows/*.bpmn as at a real start), and one headless Chromium.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly ScratchPostgresDatabase _database = new("pw_browser_test");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running service's container, for checks on what it stored (dossier_reads…).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The service is not started.");

    public async Task InitializeAsync()
    {
        // The whole suite shares two cores with the other test projects: generous waits, never a fixed sleep.
        Assertions.SetDefaultExpectTimeout(20_000);
        await _database.CreateAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("PartyWorkflows:Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Workflows", _database.ConnectionString);
            builder.UseSetting("PartyWorkflows:SeedDemoData", "true");
            // Timers are not what these tests look at; a couple of workers keep the server's connections few.
            builder.UseSetting("PartyWorkflows:Scheduling:WorkerCount", "2");
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    /// <summary>A new browser session signed in through the sign-in page, on the inbox.</summary>
    public async Task<IPage> SignInAsync(DemoAccount account, int width = 1366, int height = 900)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("input[name=email]", account.Email);
        await page.FillAsync("input[name=password]", DemoAccounts.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=user-name]");
        return page;
    }

    /// <summary>Calls the API with the page's sign-in cookie (test set-up and checks the UI does not show).</summary>
    public static async Task<JsonElement> ApiAsync(IPage page, string method, string path, object? body = null, int expectedStatus = 200)
    {
        var response = await page.APIRequest.FetchAsync(path, new APIRequestContextOptions
        {
            Method = method,
            DataObject = body,
        });
        var text = await response.TextAsync();
        Assert.True(response.Status == expectedStatus, $"{method} {path}: expected {expectedStatus}, got {response.Status}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Starts a card-issuance case about Chi bộ Giáo viên; its first task is the cell meeting's vote.</summary>
    public static async Task<(Guid InstanceId, Guid TaskId)> StartCardIssuanceAsync(IPage page, string businessKey)
    {
        var started = await ApiAsync(page, "POST", "/api/instances", new
        {
            processId = "card-issuance",
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey,
            variables = new { provinceCode = "30", memberKeys = new[] { businessKey } },
        }, expectedStatus: 201);
        return (started.GetProperty("instanceId").GetGuid(), started.GetProperty("openTasks")[0].GetProperty("taskId").GetGuid());
    }

    public async Task DisposeAsync()
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

        await _database.DropAsync();
    }
}
