using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Validation;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Workflows.Definitions;

/// <summary>Deploys BPMN files as numbered versions per process and reads them back parsed.</summary>
public sealed class DefinitionStore(
    WorkflowDbContext db,
    DefinitionCache cache,
    IExpressionEvaluator expressions,
    IServiceTaskHandlerRegistry handlers,
    TimeProvider time)
{
    /// <summary>Parses and validates a file exactly as a deployment would, writing nothing (the designer's check).</summary>
    public ParseResult Validate(string bpmnXml) => new BpmnValidator(expressions, handlers.Names).ParseAndValidate(bpmnXml);

    /// <summary>
    /// Validates the file (service-task handler names against the registered handlers) and, without errors, stores it as
    /// the next version of its main process. Content equal to the latest version returns that version: redeploying an
    /// older content on purpose (a rollback) does make a new version, so it becomes the latest.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Another deployment of the same process took the version number.</exception>
    public async Task<DeploymentResult> DeployAsync(string bpmnXml, string deployedBy, CancellationToken cancellationToken = default)
    {
        var parsed = Validate(bpmnXml);
        if (parsed.HasErrors || parsed.Definitions?.MainProcess is not { } process)
        {
            return new DeploymentResult(null, parsed.Diagnostics, IsNewVersion: false);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(bpmnXml)));
        var latest = await db.Definitions.AsNoTracking()
            .Where(d => d.ProcessId == process.Id)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest?.ContentHash == hash)
        {
            return new DeploymentResult(Cached(latest), parsed.Diagnostics, IsNewVersion: false);
        }

        var record = new DefinitionRecord
        {
            Id = Guid.NewGuid(),
            ProcessId = process.Id,
            Version = (latest?.Version ?? 0) + 1,
            Name = process.Name,
            BpmnXml = bpmnXml,
            ContentHash = hash,
            DeployedBy = deployedBy,
            DeployedAt = time.GetUtcNow(),
        };
        db.Definitions.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            if (await VersionTakenAsync(record, cancellationToken))
            {
                throw new ConcurrencyConflictException($"Version {record.Version} of '{process.Id}' was deployed concurrently.", e);
            }

            throw;
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }

        var deployed = ToDeployed(record, process);
        cache.Add(deployed);
        return new DeploymentResult(deployed, parsed.Diagnostics, IsNewVersion: true);
    }

    /// <summary>The newest version of a process, which new instances (and called instances) start on.</summary>
    public async Task<DeployedDefinition?> LatestAsync(string processId, CancellationToken cancellationToken = default)
    {
        var versions = db.Definitions.Where(d => d.ProcessId == processId).Select(d => (int?)d.Version);
        return await versions.MaxAsync(cancellationToken) is { } version
            ? await GetAsync(processId, version, cancellationToken)
            : null;
    }

    public async Task<DeployedDefinition?> GetAsync(string processId, int version, CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(processId, version, out var cached))
        {
            return cached;
        }

        var record = await db.Definitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.ProcessId == processId && d.Version == version, cancellationToken);
        return record is null ? null : Cached(record);
    }

    private DeployedDefinition Cached(DefinitionRecord record)
    {
        if (cache.TryGet(record.ProcessId, record.Version, out var cached))
        {
            return cached;
        }

        // Stored files were validated at deployment, so parsing them again cannot fail short of a corrupted row.
        var process = BpmnParser.Parse(record.BpmnXml).Definitions?.Processes.SingleOrDefault(p => p.Id == record.ProcessId)
            ?? throw new InvalidOperationException($"Stored version {record.Version} of '{record.ProcessId}' no longer parses.");
        var deployed = ToDeployed(record, process);
        cache.Add(deployed);
        return deployed;
    }

    private async Task<bool> VersionTakenAsync(DefinitionRecord record, CancellationToken cancellationToken) =>
        await db.Definitions.AsNoTracking().AnyAsync(
            d => d.ProcessId == record.ProcessId && d.Version == record.Version && d.Id != record.Id, cancellationToken);

    private static DeployedDefinition ToDeployed(DefinitionRecord record, Engine.Model.ProcessDefinition process) =>
        new(record.ProcessId, record.Version, record.Name, record.ContentHash, record.DeployedBy, record.DeployedAt, process);
}
