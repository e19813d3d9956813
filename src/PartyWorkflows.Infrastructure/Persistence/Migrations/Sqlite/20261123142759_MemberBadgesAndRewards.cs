using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MemberBadgesAndRewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_badges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    milestone_years = table.Column<int>(type: "INTEGER", nullable: false),
                    badge_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    awarded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_badges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_rewards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    award_kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    deciding_level = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_rewards", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_member_badges_member_key_milestone_years",
                table: "member_badges",
                columns: new[] { "member_key", "milestone_years" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_member_rewards_instance_id_member_key",
                table: "member_rewards",
                columns: new[] { "instance_id", "member_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_member_rewards_member_key",
                table: "member_rewards",
                column: "member_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "member_badges");

            migrationBuilder.DropTable(
                name: "member_rewards");
        }
    }
}
