package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.Signer;
import java.security.SecureRandom;

class LocalKeySignerContractTest extends SignerContractTest {
    private final Signer signer = LocalKeySigner.generate(new SecureRandom());

    @Override
    protected Signer signer() {
        return signer;
    }
}
