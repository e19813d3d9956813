using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyWorkflows.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_gradings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    grade = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    decided_by_instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_gradings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from_status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    to_status = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_status_changes", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_member_gradings_member_key_year",
                table: "member_gradings",
                columns: new[] { "member_key", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_member_status_changes_instance_id_member_key_to_status",
                table: "member_status_changes",
                columns: new[] { "instance_id", "member_key", "to_status" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_member_status_changes_member_key",
                table: "member_status_changes",
                column: "member_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_gradings");

            migrationBuilder.DropTable(
                name: "member_status_changes");
        }
    }
}
