using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PartyWorkflows.Web.Hosting.DemoData;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>HTTP helpers: sign in as a demo account through /api/auth/login and call the API with its bearer token.</summary>
public static class Api
{
    public static async Task<HttpClient> SignInAsync<T>(this WebApplicationFactory<T> app, DemoAccount account) where T : class
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = account.Email, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static Task<HttpResponseMessage> PostXmlAsync(this HttpClient client, string url, string xml) =>
        client.PostAsync(url, new StringContent(xml, System.Text.Encoding.UTF8, "application/xml"));
}
