using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartyWorkflows.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MemberStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "member_dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_by_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    received_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_dossiers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    business_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    full_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    standing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    admitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    full_member_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_members_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "periodic_duty_runs",
                columns: table => new
                {
                    duty_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    last_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_periodic_duty_runs", x => x.duty_id);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    listed_count = table.Column<int>(type: "integer", nullable: false),
                    dossier_count = table.Column<int>(type: "integer", nullable: false),
                    discrepancies = table.Column<string>(type: "jsonb", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_off_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reconciliation_reports", x => x.id);
                    table.ForeignKey(
                        name: "FK_reconciliation_reports_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "transfer_slips",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slip_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    member_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    dossier_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_check_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transfer_slips", x => x.id);
                    table.ForeignKey(
                        name: "FK_transfer_slips_organisations_to_organisation_id",
                        column: x => x.to_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossier_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    damaged = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_documents", x => x.id);
                    table.ForeignKey(
                        name: "FK_dossier_documents_member_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "member_dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_documents_damaged",
                table: "dossier_documents",
                column: "dossier_id",
                filter: "damaged");

            migrationBuilder.CreateIndex(
                name: "IX_member_dossiers_held_by_organisation_id_status",
                table: "member_dossiers",
                columns: new[] { "held_by_organisation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_member_dossiers_member_key",
                table: "member_dossiers",
                column: "member_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_admitted_on",
                table: "members",
                column: "admitted_on");

            migrationBuilder.CreateIndex(
                name: "IX_members_business_key",
                table: "members",
                column: "business_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_members_organisation_id_status",
                table: "members",
                columns: new[] { "organisation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_reconciliation_reports_instance_id",
                table: "reconciliation_reports",
                column: "instance_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reconciliation_reports_organisation_id",
                table: "reconciliation_reports",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "IX_reconciliation_reports_period_organisation_id",
                table: "reconciliation_reports",
                columns: new[] { "period", "organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_transfer_slips_awaiting_dossier",
                table: "transfer_slips",
                column: "issued_on",
                filter: "dossier_received_on IS NULL AND overdue_check_instance_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_slips_member_key",
                table: "transfer_slips",
                column: "member_key");

            migrationBuilder.CreateIndex(
                name: "IX_transfer_slips_slip_number",
                table: "transfer_slips",
                column: "slip_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_transfer_slips_to_organisation_id",
                table: "transfer_slips",
                column: "to_organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_documents");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "periodic_duty_runs");

            migrationBuilder.DropTable(
                name: "reconciliation_reports");

            migrationBuilder.DropTable(
                name: "transfer_slips");

            migrationBuilder.DropTable(
                name: "member_dossiers");
        }
    }
}
