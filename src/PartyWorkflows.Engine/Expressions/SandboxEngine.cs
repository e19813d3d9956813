using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace PartyWorkflows.Engine.Expressions;

/// <summary>
/// One locked-down Jint engine. Used by a single thread at a time; after each evaluation its globals are
/// restored to the state captured right after construction, so nothing leaks into the next evaluation.
/// </summary>
internal sealed class SandboxEngine
{
    // setVariable lives in JS so no CLR delegate is reachable from scripts. Values are serialized at call
    // time, which also makes later mutation of the same object irrelevant to what was recorded.
    private const string PreludeSource = """
        (() => {
          const stringify = JSON.stringify;
          let pending = Object.create(null);
          const setVariable = (name, value) => {
            if (typeof name !== 'string' || name === '') {
              throw new TypeError('setVariable(name, value) needs a non-empty string name');
            }
            const json = stringify(value);
            pending[name] = json === undefined ? 'null' : json;
          };
          const drain = () => {
            const taken = pending;
            pending = Object.create(null);
            return taken;
          };
          // Intrinsics not reachable from any global property; returned so they get frozen too.
          const hidden = [function* () {}, async function () {}, async function* () {}, [].values(),
            new Map().values(), new Set().values(), ''[Symbol.iterator](), /a/[Symbol.matchAll]('')];
          return { setVariable, drain, stringify, hidden };
        })()
        """;

    // Globals that add attack surface or nondeterminism (GC observation, fresh unfrozen realms, a second clock).
    private static readonly string[] RemovedGlobals =
        ["ShadowRealm", "WeakRef", "FinalizationRegistry", "SharedArrayBuffer", "Atomics", "Temporal"];

    private static readonly Prepared<Script> Prelude = Jint.Engine.PrepareScript(PreludeSource, "prelude", strict: true);

    private readonly Jint.Engine _engine;
    private readonly JsonParser _jsonParser;
    private readonly JsValue _setVariable;
    private readonly JsValue _drain;
    private readonly JsValue _stringify;
    private readonly GlobalSnapshot _cleanGlobals;
    private bool _setVariableExposed;

    public SandboxEngine(TimeProvider timeProvider, ExpressionLimits limits)
    {
        _engine = new Jint.Engine(options =>
        {
            options.Strict = true;
            options.Host.StringCompilationAllowed = false;
            options.Interop.Enabled = false;
            options.Culture = CultureInfo.InvariantCulture;
            options.TimeZone = timeProvider.LocalTimeZone;
            options.TimeSystem = new TimeProviderTimeSystem(timeProvider);
            options.TimeoutInterval(limits.Timeout);
            options.MaxStatements(limits.MaxStatements);
            options.LimitMemory(limits.MemoryBytes);
            options.Constraints.MaxRecursionDepth = limits.MaxRecursionDepth;
            // Turns a native stack overflow (process death) into a catchable RangeError.
            options.Constraints.StackOverflowGuard = true;
        });
        _jsonParser = new JsonParser(_engine);

        foreach (var name in RemovedGlobals)
        {
            _engine.Global.RemoveOwnProperty(name);
        }

        var prelude = _engine.Evaluate(in Prelude).AsObject();
        _setVariable = prelude.Get("setVariable");
        _drain = prelude.Get("drain");
        _stringify = prelude.Get("stringify");
        Harden(prelude);
        _cleanGlobals = _engine.Advanced.CaptureGlobalSnapshot();
    }

    /// <summary>Installs the referenced variables as read-only globals and runs the prepared source.</summary>
    public JsValue Evaluate(CompiledSource compiled, IReadOnlyDictionary<string, JsonElement> variables)
    {
        foreach (var name in compiled.ReferencedGlobals)
        {
            if (compiled.Kind == ExpressionKind.Script && name == "setVariable")
            {
                Install(name, _setVariable);
                _setVariableExposed = true;
            }
            else if (variables.TryGetValue(name, out var element))
            {
                Install(name, ToJs(element));
            }
        }

        return _engine.Evaluate(in compiled.Script);
    }

    /// <summary>Returns what the script recorded with setVariable.</summary>
    public IReadOnlyDictionary<string, JsonElement> TakeSetVariables()
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!_setVariableExposed)
        {
            return result;
        }

        _setVariableExposed = false;
        foreach (var (key, descriptor) in _engine.Call(_drain).AsObject().GetOwnProperties())
        {
            result[key.AsString()] = JsonElement.Parse(descriptor.Value.AsString());
        }

        return result;
    }

    /// <summary>Converts a script value to JSON; undefined, functions and symbols become null.</summary>
    public JsonElement ToJson(JsValue value) => value.Type switch
    {
        Types.Undefined or Types.Null => JsonPrimitives.Null,
        Types.Boolean => value.AsBoolean() ? JsonPrimitives.True : JsonPrimitives.False,
        Types.Number => JsonPrimitives.Number(value.AsNumber()),
        Types.String => JsonPrimitives.String(value.AsString()),
        _ => Serialize(value),
    };

    /// <summary>Returns the engine to its pristine state; false when it cannot be reused.</summary>
    public bool TryReset()
    {
        try
        {
            if (_setVariableExposed)
            {
                // A failed script may have recorded variables that must not reach the next script.
                _engine.Call(_drain);
                _setVariableExposed = false;
            }

            _engine.Advanced.RestoreGlobalSnapshot(_cleanGlobals);
            return true;
        }
        catch (Exception exception) when (exception is JintException or InvalidOperationException)
        {
            return false;
        }
    }

    private void Install(string name, JsValue value)
    {
        var global = _engine.Global;
        var existing = global.GetOwnProperty(name);
        // undefined, NaN and Infinity are non-configurable; a process variable must not redefine them.
        if (existing != PropertyDescriptor.Undefined && !existing.Configurable)
        {
            return;
        }

        global.FastSetProperty(name, new PropertyDescriptor(value, writable: false, enumerable: true, configurable: true));
    }

    private JsValue ToJs(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => JsString.Create(element.GetString()!),
        JsonValueKind.Number => element.TryGetInt32(out var integer) ? JsNumber.Create(integer) : JsNumber.Create(element.GetDouble()),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Object or JsonValueKind.Array => _jsonParser.Parse(JsonMarshal.GetRawUtf8Value(element)),
        JsonValueKind.Null => JsValue.Null,
        _ => JsValue.Undefined,
    };

    private JsonElement Serialize(JsValue value)
    {
        // The captured JSON.stringify handles Dates (toISOString), nesting and toJSON under the engine's limits.
        var json = _engine.Call(_stringify, value);
        return json.IsUndefined() ? JsonPrimitives.Null : JsonElement.Parse(json.AsString());
    }

    /// <summary>
    /// Deep-freezes every intrinsic reachable from the globals and the prelude. The global snapshot only
    /// reverts global bindings, so without this a script could poison e.g. Array.prototype for later callers.
    /// Done from C# so the work is not charged against the evaluation limits.
    /// </summary>
    private void Harden(ObjectInstance prelude)
    {
        var freeze = _engine.Intrinsics.Object.Get("freeze");
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance) { _engine.Global };
        var pending = new Stack<ObjectInstance>();

        void Visit(JsValue? value)
        {
            if (value is ObjectInstance instance && seen.Add(instance))
            {
                pending.Push(instance);
            }
        }

        Visit(_engine.Global.Prototype);
        foreach (var (_, descriptor) in _engine.Global.GetOwnProperties())
        {
            VisitDescriptor(descriptor);
        }

        Visit(prelude);
        while (pending.TryPop(out var instance))
        {
            _engine.Call(freeze, instance);
            foreach (var (_, descriptor) in instance.GetOwnProperties())
            {
                VisitDescriptor(descriptor);
            }

            Visit(instance.Prototype);
        }

        void VisitDescriptor(PropertyDescriptor descriptor)
        {
            if (descriptor.IsAccessorDescriptor())
            {
                Visit(descriptor.Get);
                Visit(descriptor.Set);
            }
            else
            {
                Visit(descriptor.Value);
            }
        }
    }
}
