using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyWorkflows.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CardNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "card_number_sequences",
                columns: table => new
                {
                    province_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    scheme = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    next_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_number_sequences", x => new { x.province_code, x.scheme });
                });

            migrationBuilder.CreateTable(
                name: "card_numbers",
                columns: table => new
                {
                    value = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    scheme = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    member_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    instance_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    allocated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_card_numbers", x => x.value);
                });

            migrationBuilder.CreateIndex(
                name: "IX_card_numbers_member_key",
                table: "card_numbers",
                column: "member_key");

            migrationBuilder.CreateIndex(
                name: "IX_card_numbers_province_code_scheme_sequence",
                table: "card_numbers",
                columns: new[] { "province_code", "scheme", "sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "card_number_sequences");

            migrationBuilder.DropTable(
                name: "card_numbers");
        }
    }
}
