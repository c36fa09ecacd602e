/**
 * What the readers of deployment files produce: one environment per container (or
 * compose service), the entries whose value is certain, and the entries that are set
 * but whose value cannot be known from the input (never guessed).
 */

/** An entry that is (or may be) set, but whose value the input does not determine. */
export interface UncheckedEntry {
  /** The variable's name. */
  name: string;
  /** Why its value is unknown (`fieldRef status.podIP`, compose interpolation, …). */
  reason: string;
  /** True when the variable is certainly set (only its value is unknown). */
  present: boolean;
  /** Its value for each stand-in of what is unknown (a service link's cluster IP): checked only when all agree. */
  standIns?: string[];
  /** True when the API server rejects the object for this entry (`value: 8000`): an error, `reason` says why. */
  rejected?: boolean;
}

/** One environment to validate, with where it came from. */
export interface EnvSource {
  /** `FILE: document 1.spec.template.spec.containers[vllm]`, `FILE: services.vllm`, … */
  label: string;
  /** The entries whose values are certain. */
  env: Record<string, string>;
  /** Entries set with a value this input does not determine: reported, never checked. */
  unchecked: UncheckedEntry[];
  /** Remarks about the environment as a whole (an envFrom source not in the input, a missing env_file). */
  notes: string[];
}

/** An empty environment named `label`. */
export function createEnvSource(label: string): EnvSource {
  return { label, env: Object.create(null) as Record<string, string>, unchecked: [], notes: [] };
}

/** Set `name` to a known value (a later entry replaces an earlier one, known or not). */
export function setKnown(source: EnvSource, name: string, value: string): void {
  source.unchecked = source.unchecked.filter((u) => u.name !== name);
  source.env[name] = value;
}

/** Mark `name` as set to a value this input does not determine. */
export function setUnknown(source: EnvSource, name: string, reason: string, present = true, standIns?: string[]): void {
  delete source.env[name];
  source.unchecked = source.unchecked.filter((u) => u.name !== name);
  source.unchecked.push({ name, reason, present, ...(standIns ? { standIns } : {}) });
}

/** Mark `name` as an entry the API server rejects (`- {name: VLLM_PORT, value: 8000}`): an error, not a value. */
export function setRejected(source: EnvSource, name: string, reason: string): void {
  setUnknown(source, name, reason);
  source.unchecked[source.unchecked.length - 1].rejected = true;
}
