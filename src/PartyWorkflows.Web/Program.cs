using Hangfire;
using PartyWorkflows.Web;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Administration;
using PartyWorkflows.Web.Features.Attachments;
using PartyWorkflows.Web.Features.Calendar;
using PartyWorkflows.Web.Features.Definitions;
using PartyWorkflows.Web.Features.Drafts;
using PartyWorkflows.Web.Features.Health;
using PartyWorkflows.Web.Features.Inbox;
using PartyWorkflows.Web.Features.Incidents;
using PartyWorkflows.Web.Features.Instances;
using PartyWorkflows.Web.Features.Members;
using PartyWorkflows.Web.Features.Messages;
using PartyWorkflows.Web.Features.Reconciliations;
using PartyWorkflows.Web.Features.Tasks;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPartyWorkflowsService(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
// The browser application (built from ClientApp/ into wwwroot/): its files are public, its data needs a sign-in.
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

// The Hangfire dashboard (jobs, recurring checks, manual triggers) is for administrators only.
app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Administrator, "/hangfire");

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealthEndpoints();
app.MapAuthEndpoints(app.Configuration);
app.MapSessionEndpoints();
app.MapDefinitionEndpoints();
app.MapDraftEndpoints();
app.MapInstanceEndpoints();
app.MapInboxEndpoints();
app.MapTaskEndpoints();
app.MapIncidentEndpoints();
app.MapReconciliationEndpoints();
app.MapMessageEndpoints();
app.MapAdministrationEndpoints();
app.MapCalendarEndpoints();
app.MapMemberEndpoints();
app.MapAttachmentEndpoints();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
