using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyWorkflows.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflow_tasks_organisation_id_committee_body_status_due_at",
                table: "workflow_tasks");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_tasks_inbox",
                table: "workflow_tasks",
                columns: new[] { "organisation_id", "committee_body", "due_at", "created_at", "id" },
                filter: "status = 'open'")
                .Annotation("Npgsql:IndexInclude", new[] { "process_id", "business_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_workflow_tasks_inbox",
                table: "workflow_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_tasks_organisation_id_committee_body_status_due_at",
                table: "workflow_tasks",
                columns: new[] { "organisation_id", "committee_body", "status", "due_at" });
        }
    }
}
