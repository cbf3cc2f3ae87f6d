import assert from "node:assert/strict";
import { test } from "node:test";
import { expectedSticker, tipMemo } from "../src/lib/stickers.js";

const template = (id, threshold, stickerType = "soulbound", category = "tip") =>
  ({ id, name: `t${id}`, tipThresholdMicroAlgos: threshold, stickerType, category });

test("the highest threshold met wins; golden wins a tie, then the older template", () => {
  const templates = [template(1, 1_000_000), template(2, 5_000_000), template(3, 5_000_000, "golden"),
    template(4, 5_000_000, "golden")];
  assert.equal(expectedSticker(templates, 4_999_999n, null).id, 1);
  assert.equal(expectedSticker(templates, 5_000_000n, null).id, 3);
  assert.equal(expectedSticker(templates, 999_999n, null), null);
});

test("a membership memo asks for its tier's template only, from the tier's minimum", () => {
  const templates = [template(1, 1_000_000), template(7, 0, "soulbound", "membership_silver")];
  assert.equal(expectedSticker(templates, 12_000_000n, "silver").id, 7);
  assert.equal(expectedSticker(templates, 11_999_999n, "silver"), null);
  assert.equal(expectedSticker(templates, 50_000_000n, "gold"), null);
});

test("the memo carries the membership prefix and the fan's message", () => {
  assert.equal(tipMemo("gold", " thanks! "), "MEMBERSHIP:GOLD thanks!");
  assert.equal(tipMemo("", "great stream"), "great stream");
  assert.equal(tipMemo("bronze", ""), "MEMBERSHIP:BRONZE");
});

test("the platform fee is the larger of the floor and the basis points, and nothing without a treasury", async () => {
  const { platformFee } = await import("../src/lib/stickers.js");
  const stats = { treasuryAddress: "T", feeBasisPoints: 250, feeFloorMicroAlgos: 100_000 };
  assert.equal(platformFee(stats, 2_000_000n), 100_000n);
  assert.equal(platformFee(stats, 10_000_000n), 250_000n);
  assert.equal(platformFee(stats, 10_000_003n), 250_000n);
  assert.equal(platformFee({ treasuryAddress: null, feeBasisPoints: 0 }, 10_000_000n), 0n);
  assert.equal(platformFee(null, 10_000_000n), 0n);
});
