package dev.stickerplatform.adapters.algorand.devnet;

import dev.stickerplatform.domain.model.TxId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated ledger's reasons for refusing a group, worded as algod words them in the {@code message} of its
 * 400 answer to {@code POST /v2/transactions} (go-algorand's transaction pool and evaluator errors), so the chain
 * adapter meets the real strings, Go structure dumps included.
 */
final class AlgodWording {
    private static final String POOL = "TransactionPool.Remember: ";
    private static final String ZERO = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAY5HFKQ";
    private static final Pattern OVERSPEND = Pattern.compile(
            "overspend: account (\\w+) balance (\\d+) µALGO, tried to spend (\\d+) µALGO");
    private static final Pattern BELOW_MIN = Pattern.compile(
            "account (\\w+) balance (\\d+) µALGO below min balance (\\d+) µALGO");
    private static final Pattern EXPIRED = Pattern.compile(
            "transaction expired: round (\\d+) is past last valid (\\d+)");
    private static final Pattern LEASE = Pattern.compile("lease in use: (\\w+) holds lease (\\S+)");
    private static final Pattern APP = Pattern.compile("logic eval rejected: (.*)");
    private static final Pattern NOT_AUTHORIZED = Pattern.compile(
            "not authorized: account \\w+ must be signed by (\\w+) but transaction \\w+ was signed by (\\w+)");

    private AlgodWording() {
    }

    static String rejection(String reason, TxId first) {
        Matcher m;
        if (reason.contains("already in ledger") || reason.contains("already in the pending pool")) {
            return POOL + "transaction already in ledger: " + first;
        }
        if ((m = OVERSPEND.matcher(reason)).find()) {
            return POOL + "transaction " + first + ": overspend (account " + m.group(1)
                    + ", data {AccountBaseData:{Status:Offline MicroAlgos:{Raw:" + m.group(2) + "} RewardsBase:0 "
                    + "RewardedMicroAlgos:{Raw:0} AuthAddr:" + ZERO + " IncentiveEligible:false "
                    + "TotalAppSchema:{_struct:{} NumUint:0 NumByteSlice:0} TotalExtraAppPages:0 TotalAppParams:0 "
                    + "TotalAppLocalStates:0 TotalAssetParams:0 TotalAssets:0 TotalBoxes:0 TotalBoxBytes:0 "
                    + "LastProposed:0 LastHeartbeat:0} VotingData:{VoteID:[0 0 0] SelectionID:[0 0 0] "
                    + "StateProofID:[0 0 0] VoteFirstValid:0 VoteLastValid:0 VoteKeyDilution:0}}, tried to spend {"
                    + m.group(3) + "})";
        }
        if ((m = BELOW_MIN.matcher(reason)).find()) {
            return POOL + "transaction " + first + ": account " + m.group(1) + " balance " + m.group(2)
                    + " below min " + m.group(3) + " (0 assets)";
        }
        if ((m = EXPIRED.matcher(reason)).find()) {
            long lastValid = Long.parseLong(m.group(2));
            return POOL + "txn dead: round " + m.group(1) + " outside of " + (lastValid - 999) + "--" + lastValid;
        }
        if ((m = LEASE.matcher(reason)).find()) {
            return POOL + "transaction " + first + " using an overlapping lease (sender, lease):(" + m.group(1)
                    + ", " + m.group(2) + ")";
        }
        if ((m = NOT_AUTHORIZED.matcher(reason)).find()) {
            return POOL + "transaction " + first + ": should have been authorized by " + m.group(1)
                    + " but was actually authorized by " + m.group(2);
        }
        if ((m = APP.matcher(reason)).find()) {
            return POOL + "transaction " + first + ": logic eval error: assert failed pc=412 (" + m.group(1)
                    + "). Details: app=0, pc=412, opcodes=frame_dig -1; ==; assert";
        }
        return POOL + "transaction " + first + ": " + reason;
    }
}
