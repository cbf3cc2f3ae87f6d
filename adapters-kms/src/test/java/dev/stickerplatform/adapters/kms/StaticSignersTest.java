package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticSignersTest {
    @Test
    void generateDevGivesEveryRoleItsOwnAddress() {
        StaticSigners signers = StaticSigners.generateDev(new SecureRandom());
        assertThat(Arrays.stream(SignerRole.values()).map(role -> signers.forRole(role).address()))
                .hasSize(SignerRole.values().length).doesNotHaveDuplicates();
    }

    @Test
    void returnsTheSignerConfiguredForTheRole() {
        Map<SignerRole, Signer> map = allRoles();
        StaticSigners signers = new StaticSigners(map);
        assertThat(signers.forRole(SignerRole.MINTER)).isSameAs(map.get(SignerRole.MINTER));
    }

    @Test
    void rejectsAMissingRole() {
        Map<SignerRole, Signer> map = allRoles();
        map.remove(SignerRole.FUNDER);
        assertThatThrownBy(() -> new StaticSigners(map)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FUNDER");
    }

    @Test
    void laterChangesToTheMapAreNotSeen() {
        Map<SignerRole, Signer> map = allRoles();
        Signer admin = map.get(SignerRole.ADMIN);
        StaticSigners signers = new StaticSigners(map);
        map.put(SignerRole.ADMIN, LocalKeySigner.generate(new SecureRandom()));
        assertThat(signers.forRole(SignerRole.ADMIN)).isSameAs(admin);
    }

    @Test
    void allRolesMayShareOneKey() {
        Signer one = LocalKeySigner.generate(new SecureRandom());
        Map<SignerRole, Signer> map = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            map.put(role, one);
        }
        assertThat(new StaticSigners(map).forRole(SignerRole.DEPLOYER)).isSameAs(one);
    }

    private static Map<SignerRole, Signer> allRoles() {
        Map<SignerRole, Signer> map = new EnumMap<>(SignerRole.class);
        SecureRandom random = new SecureRandom();
        for (SignerRole role : SignerRole.values()) {
            map.put(role, LocalKeySigner.generate(random));
        }
        return map;
    }
}
