import assert from "node:assert/strict";
import { test } from "node:test";
import { algoProblem, formatAlgo, normalizeAlgo, showAlgo, toMicroAlgos } from "../src/lib/algo.js";

test("ALGO strings convert to microAlgos exactly, with no floating point", () => {
  assert.equal(toMicroAlgos("0.1"), 100_000n);
  assert.equal(toMicroAlgos("2.5"), 2_500_000n);
  assert.equal(toMicroAlgos("0.000001"), 1n);
  assert.equal(toMicroAlgos("9999999999999.999999"), 9_999_999_999_999_999_999n);
});

test("amounts are sent as canonical strings", () => {
  assert.equal(normalizeAlgo("02.500"), "2.5");
  assert.equal(normalizeAlgo("1"), "1");
  assert.equal(normalizeAlgo(" 0.30 "), "0.3");
});

test("microAlgos display in ALGO, whatever form the API sends", () => {
  assert.equal(formatAlgo(1_000_001n), "1.000001");
  assert.equal(formatAlgo("18446744073709551615"), "18446744073709.551615");
  assert.equal(showAlgo("2.500000"), "2.5 ALGO");
  assert.equal(showAlgo(0), "0 ALGO");
  assert.equal(showAlgo(null), "—");
});

test("bad amounts are explained in words", () => {
  assert.match(algoProblem(""), /Enter an amount/);
  assert.match(algoProblem("1.0000001"), /at most 6 decimals/);
  for (const bad of ["-1", "1e3", "1,5", "abc", ".", "1."]) assert.ok(algoProblem(bad), bad);
  assert.throws(() => toMicroAlgos("1e3"), RangeError);
});
