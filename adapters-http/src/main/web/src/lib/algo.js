/**
 * ALGO amounts, exactly: 1 ALGO = 1,000,000 microAlgos. Amounts are kept as decimal strings or BigInt
 * microAlgos, never as floating-point numbers, and sent to the API as strings ("2.5"), which it converts
 * without rounding.
 */
const MICRO = 1_000_000n;
const AMOUNT = /^(\d{1,13})(?:\.(\d{1,6}))?$/;

/** Why `text` is not an ALGO amount, or null when it is one (at most 6 decimals, no sign, no exponent). */
export function algoProblem(text) {
  const value = String(text ?? "").trim();
  if (value === "") return "Enter an amount in ALGO.";
  if (/^\d*\.\d{7,}$/.test(value)) return "ALGO has at most 6 decimals (1 microAlgo = 0.000001 ALGO).";
  if (!AMOUNT.test(value)) return "Write the amount as digits with an optional decimal point, e.g. 2.5.";
  return null;
}

/** microAlgos (BigInt) of a valid ALGO amount string; throws on anything algoProblem refuses. */
export function toMicroAlgos(text) {
  const problem = algoProblem(text);
  if (problem) throw new RangeError(problem);
  const [, whole, fraction = ""] = String(text).trim().match(AMOUNT);
  return BigInt(whole) * MICRO + BigInt(fraction.padEnd(6, "0"));
}

/** The canonical string sent to the API: no leading zeros, no trailing fraction zeros ("2.50" → "2.5"). */
export function normalizeAlgo(text) {
  return formatAlgo(toMicroAlgos(text));
}

/** "2.5" for 2500000 (BigInt, integer number or digit string of microAlgos). */
export function formatAlgo(micro) {
  const value = BigInt(micro);
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  const fraction = (abs % MICRO).toString().padStart(6, "0").replace(/0+$/, "");
  return sign + (abs / MICRO).toString() + (fraction ? "." + fraction : "");
}

/** "2.5 ALGO" from the API's exact "2.500000" strings (or microAlgos when given a number/BigInt). */
export function showAlgo(amount) {
  if (amount === null || amount === undefined || amount === "") return "—";
  const micro = typeof amount === "string" ? toMicroAlgos(amount) : BigInt(amount);
  return formatAlgo(micro) + " ALGO";
}
