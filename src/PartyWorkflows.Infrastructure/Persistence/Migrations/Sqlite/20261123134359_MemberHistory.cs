using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyWorkflows.Infrastructure.Persistence.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    grade = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    decided_by_instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_gradings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    from_status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    to_status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
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
