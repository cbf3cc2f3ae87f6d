/**
 * What a tip earns, as the platform decides it (StickerSelection), for display before the fan tips:
 * a membership memo asks for that tier's template (amount ≥ the tier's minimum); any other tip gets the tip
 * template with the highest threshold met, golden winning a tie, then the older one.
 */
export const TIERS = {
  bronze: { memo: "MEMBERSHIP:BRONZE", minimum: 5_000_000n, days: 30, category: "membership_bronze" },
  silver: { memo: "MEMBERSHIP:SILVER", minimum: 12_000_000n, days: 90, category: "membership_silver" },
  gold: { memo: "MEMBERSHIP:GOLD", minimum: 40_000_000n, days: 365, category: "membership_gold" },
};

export function expectedSticker(templates, microAlgos, tier) {
  if (tier) {
    const wanted = TIERS[tier];
    if (microAlgos < wanted.minimum) return null;
    return templates.filter((t) => t.category === wanted.category).sort((a, b) => a.id - b.id)[0] ?? null;
  }
  return templates
    .filter((t) => t.category === "tip" && BigInt(t.tipThresholdMicroAlgos) <= microAlgos)
    .sort((a, b) => {
      const byThreshold = BigInt(b.tipThresholdMicroAlgos) - BigInt(a.tipThresholdMicroAlgos);
      if (byThreshold !== 0n) return byThreshold > 0n ? 1 : -1;
      if (a.stickerType !== b.stickerType) return a.stickerType === "golden" ? -1 : 1;
      return a.id - b.id;
    })[0] ?? null;
}

/** The memo sent with the tip: the membership prefix (when asked for) and the fan's message. */
export function tipMemo(tier, message) {
  const text = message.trim();
  return tier ? `${TIERS[tier].memo}${text ? ` ${text}` : ""}` : text;
}

/** The platform fee a tip pays (TipProxy version 2): max(floor, amount × bps / 10000, rounded down); 0 without. */
export function platformFee(stats, microAlgos) {
  if (!stats?.treasuryAddress) return 0n;
  const proportional = (microAlgos * BigInt(stats.feeBasisPoints ?? 0)) / 10_000n;
  const floor = BigInt(stats.feeFloorMicroAlgos ?? 0);
  return proportional > floor ? proportional : floor;
}
