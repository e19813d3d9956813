using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyWorkflows.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdminCalendarAndDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    days_off = table.Column<string>(type: "jsonb", nullable: false),
                    worked_weekends = table.Column<string>(type: "jsonb", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "definition_drafts",
                columns: table => new
                {
                    process_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bpmn_xml = table.Column<string>(type: "text", nullable: false),
                    saved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definition_drafts", x => x.process_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_years");

            migrationBuilder.DropTable(
                name: "definition_drafts");
        }
    }
}
