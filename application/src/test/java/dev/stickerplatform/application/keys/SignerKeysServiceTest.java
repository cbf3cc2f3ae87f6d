package dev.stickerplatform.application.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.kms.SwitchingKeySigner;
import dev.stickerplatform.application.keys.SignerKeysService.KeyStatus;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.NotAuthorizedException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A role holding its current and next key follows the chain: periodically, and at once when a write is refused. */
class SignerKeysServiceTest {
    private final SimulatedLedger ledger = new SimulatedLedger();
    private final SimulatedChain chain = new SimulatedChain(ledger);
    private final Signer currentKey = TestKeys.newSigner();
    private final Signer nextKey = TestKeys.newSigner();
    private final Address account = currentKey.address();
    private final SwitchingKeySigner minter = new SwitchingKeySigner(currentKey, TestKeys.rekeyed(account, nextKey));
    private final StaticSigners signers = new StaticSigners(roles(minter));
    private final SignerKeysService keys = new SignerKeysService(chain, signers);

    SignerKeysServiceTest() {
        ledger.fund(account, MicroAlgos.ofAlgo(10));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void beforeTheRekeyTheRoleStaysOnItsCurrentKey() {
        assertThat(keys.refresh()).containsExactly(new KeyStatus(SignerRole.MINTER, account,
                List.of(account, nextKey.address()), account, account, false));
        assertThat(minter.authAddress()).isEqualTo(account);
    }

    @Test
    void aRefreshAfterTheRekeyMovesTheRoleToTheNextKey() {
        rekeyTo(nextKey.address());

        KeyStatus minterKeys = keys.refresh().getFirst();

        assertThat(minterKeys.switched()).isTrue();
        assertThat(minterKeys.inUse()).isEqualTo(nextKey.address());
        assertThat(minterKeys.matches()).isTrue();
        assertThat(minter.authAddress()).isEqualTo(nextKey.address());
        assertThat(keys.refresh().getFirst().switched()).isFalse();
    }

    @Test
    void anAccountRekeyedToAKeyTheRoleDoesNotHoldIsReportedAndNothingSwitches() {
        Address stranger = TestKeys.newAddress();
        rekeyTo(stranger);

        KeyStatus minterKeys = keys.refresh().getFirst();

        assertThat(minterKeys.authorized()).isFalse();
        assertThat(minterKeys.onChain()).isEqualTo(stranger);
        assertThat(minter.authAddress()).isEqualTo(account);
    }

    @Test
    void inspectReportsEveryRoleAndSwitchesNothing() {
        rekeyTo(nextKey.address());

        var all = keys.inspect();

        assertThat(all).extracting(KeyStatus::role).containsExactly(SignerRole.values());
        assertThat(all).filteredOn(k -> k.role() == SignerRole.MINTER).singleElement()
                .satisfies(k -> assertThat(k.matches()).isFalse()).satisfies(k -> assertThat(k.authorized()).isTrue());
        assertThat(minter.authAddress()).isEqualTo(account);
    }

    @Test
    void aWriteSignedBeforeTheRekeyIsReSignedUnderItsTxIdAndTheRoleSwitchesAtOnce() {
        var platformChain = new RekeyAwareChain(chain, signers);
        ChainWrite signedBefore = platformChain.sign(payment(), minter);
        rekeyTo(nextKey.address());

        platformChain.submit(signedBefore);
        ledger.produceBlock();

        assertThat(minter.authAddress()).isEqualTo(nextKey.address());
        assertThat(chain.status(signedBefore.txId(), signedBefore.lastValid())).isInstanceOf(TxStatus.Confirmed.class);
    }

    @Test
    void aRefusalNamingAKeyThePlatformDoesNotHoldPassesThrough() {
        var platformChain = new RekeyAwareChain(chain, signers);
        ChainWrite write = platformChain.sign(payment(), minter);
        rekeyTo(TestKeys.newAddress());

        assertThatThrownBy(() -> platformChain.submit(write)).isInstanceOf(NotAuthorizedException.class);
        assertThat(minter.authAddress()).isEqualTo(account);
    }

    private TxnRequest payment() {
        return new TxnRequest.Payment(account, TestKeys.newAddress(), MicroAlgos.ofAlgo(1), null, null);
    }

    private void rekeyTo(Address key) {
        ChainWrite rekey = chain.sign(new TxnRequest.Rekey(account, key, null), currentKey);
        chain.submit(rekey);
        ledger.produceBlock();
        assertThat(chain.status(rekey.txId(), rekey.lastValid())).isInstanceOf(TxStatus.Confirmed.class);
    }

    private static Map<SignerRole, Signer> roles(Signer minter) {
        Map<SignerRole, Signer> roles = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            roles.put(role, role == SignerRole.MINTER ? minter : TestKeys.newSigner());
        }
        return roles;
    }
}
