package dev.stickerplatform.adapters.algorand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.NotAuthorizedException;
import org.junit.jupiter.api.Test;

/** algod's refusals, as its transaction pool words them, made plain. */
class AlgodErrorsTest {
    private static final String ADDRESS = "GBFKIKHL55YJRTB4PSWXWQJDPHG6IHOLESWSWPPPR6HQ2N7H76RBI5JIT4";
    private static final String TXID = "X4CQTNNARMMELORLYBJY27776Z2453LLREFIZKJYVE3B5FJSL7HA";

    @Test
    void anOverspendLosesItsAccountDump() {
        String message = "TransactionPool.Remember: transaction " + TXID + ": overspend (account " + ADDRESS
                + ", data {AccountBaseData:{Status:Offline MicroAlgos:{Raw:199000} RewardsBase:0 "
                + "TotalAppSchema:{_struct:{} NumUint:0 NumByteSlice:0}} VotingData:{VoteID:[0 0]}}, "
                + "tried to spend {201000})";

        assertThat(AlgodErrors.plainReason(message))
                .isEqualTo("overspend: account " + ADDRESS + " cannot pay 201000 µALGO from its balance");
    }

    @Test
    void aBalanceBelowTheMinimumSaysBothAmounts() {
        String message = "TransactionPool.Remember: transaction " + TXID + ": account " + ADDRESS
                + " balance 148000 below min 200000 (1 assets)";

        assertThat(AlgodErrors.plainReason(message)).isEqualTo("overspend: account " + ADDRESS
                + " would keep 148000 µALGO, below its minimum balance of 200000 µALGO");
    }

    @Test
    void anExpiredTransactionNamesItsWindow() {
        assertThat(AlgodErrors.plainReason("TransactionPool.Remember: txn dead: round 30001 outside of 29000--30000"))
                .isEqualTo("transaction outside its validity window: round 30001 is not within rounds 29000 to 30000");
    }

    @Test
    void anApplicationRejectionKeepsTheFailureButNotTheDetails() {
        String message = "TransactionPool.Remember: transaction " + TXID + ": logic eval error: assert failed "
                + "pc=412. Details: app=1001, pc=412, opcodes=frame_dig -1; ==; assert";

        assertThat(AlgodErrors.plainReason(message)).isEqualTo("rejected by the application: assert failed pc=412");
    }

    @Test
    void anOverlappingLeaseIsNamed() {
        String message = "TransactionPool.Remember: transaction " + TXID + " using an overlapping lease "
                + "(sender, lease):(" + ADDRESS + ", [1 2 3])";

        assertThat(AlgodErrors.plainReason(message)).startsWith("lease in use");
    }

    @Test
    void anUnknownRefusalKeepsItsFirstLineWithoutPrefixes() {
        assertThat(AlgodErrors.plainReason("TransactionPool.Remember: transaction " + TXID
                + ": asset 1234 missing from " + ADDRESS + "\nmore")).isEqualTo("asset 1234 missing from " + ADDRESS);
    }

    @Test
    void aTransactionSignedByAKeyTheAccountNoLongerAuthorizesNamesBothKeys() {
        String authorized = "25NJQAMCWEFLPVKL73J4SZAHHIHOC4XT3KTCGJNPAINGR5YHKENMEF5QTE";
        String message = "TransactionPool.Remember: transaction " + TXID + ": should have been authorized by "
                + authorized + " but was actually authorized by " + ADDRESS;

        assertThat(AlgodErrors.rejection(message)).isInstanceOfSatisfying(NotAuthorizedException.class, e -> {
            assertThat(e.reason()).isEqualTo("not authorized: the account must be signed by " + authorized
                    + " but the transaction was signed by " + ADDRESS);
            assertThat(e.authorized()).isEqualTo(new Address(authorized));
            assertThat(e.signedBy()).isEqualTo(new Address(ADDRESS));
        });
    }

    @Test
    void anyOtherRefusalIsAPlainRejection() {
        assertThat(AlgodErrors.rejection("TransactionPool.Remember: txn dead: round 30001 outside of 29000--30000"))
                .isExactlyInstanceOf(ChainRejectedException.class);
    }

    @Test
    void aTransactionTheNodeAlreadyHoldsIsADuplicate() {
        assertThat(AlgodErrors.isDuplicate("TransactionPool.Remember: transaction already in ledger: " + TXID))
                .isTrue();
        assertThat(AlgodErrors.isDuplicate("TransactionPool.Remember: transaction " + TXID + ": overspend")).isFalse();
    }

    @Test
    void theMessageComesFromAlgodsJsonErrorBody() {
        assertThat(AlgodErrors.message("{\"data\":{\"x\":1},\"message\":\"Invalid API Token\"}"))
                .isEqualTo("Invalid API Token");
        assertThat(AlgodErrors.message("<html>502 Bad Gateway</html>\n")).isEqualTo("<html>502 Bad Gateway</html>");
        assertThat(AlgodErrors.message(null)).isEqualTo("(no message)");
    }
}
