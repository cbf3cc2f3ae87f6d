package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.kms.FakeAwsKms;
import dev.stickerplatform.adapters.kms.FakeGcpKms;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.AuditCheck;
import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.SignerRole;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tip → sticker flow with the cloud KMS signers: MINTER on AWS KMS ({@link FakeAwsKms}, SigV4-signed JSON 1.1
 * requests with the SDK's default credentials chain), DEPLOYER on Google Cloud KMS ({@link FakeGcpKms}, an access
 * token from Application Default Credentials); ADMIN and FUNDER stay local. The chain objects must carry those keys,
 * and every signature must be in the audit trail.
 */
class CloudKmsSignersEndToEndTest {
    private FakeAwsKms aws;
    private FakeGcpKms gcp;
    private Platform platform;
    private Address awsKey;
    private Address gcpKey;

    @BeforeEach
    void start() throws IOException {
        aws = new FakeAwsKms();
        String minterKey = aws.createEd25519Key();
        awsKey = Address.fromPublicKey(aws.publicKey(minterKey));
        gcp = new FakeGcpKms();
        String deployerVersion = gcp.createEd25519Version("sticker-deployer");
        gcpKey = Address.fromPublicKey(gcp.publicKey(deployerVersion));

        Map<String, String> signers = Map.of(
                "MINTER_SIGNER", "aws-kms", "MINTER_AWS_KMS_KEY_ID", aws.arn(minterKey),
                "MINTER_AWS_KMS_ENDPOINT", aws.endpoint().toString(),
                "DEPLOYER_SIGNER", "gcp-kms", "DEPLOYER_GCP_KMS_KEY_VERSION", deployerVersion,
                "DEPLOYER_GCP_KMS_ENDPOINT", gcp.endpoint().toString());
        platform = TipToStickerFlow.startWithSigners(signers);
    }

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
        if (aws != null) {
            aws.close();
        }
        if (gcp != null) {
            gcp.close();
        }
    }

    @Test
    void theTipProxyIsDeployedByTheGoogleKeyAndTheStickersAreMintedByTheAwsKey() {
        assertThat(signer(SignerRole.MINTER)).as("MINTER signs with the AWS KMS key").isEqualTo(awsKey);
        assertThat(signer(SignerRole.DEPLOYER)).as("DEPLOYER signs with the Cloud KMS key").isEqualTo(gcpKey);

        new TipToStickerFlow(platform).runSignedBy(gcpKey, awsKey);

        assertThat(aws.count("Sign")).as("AWS KMS Sign calls").isGreaterThanOrEqualTo(2);
        assertThat(gcp.count("asymmetricSign")).as("Cloud KMS asymmetricSign calls").isGreaterThanOrEqualTo(2);
    }

    @Test
    void everySignatureOfTheFlowIsInTheAuditTrailWithItsKeyAndTransactionType() {
        new TipToStickerFlow(platform).run();

        var audit = platform.services().ports().audit();
        List<AuditRecord> records = audit.newestFirst(null, 100);
        assertThat(records).extracting(r -> r.event().role()).contains(SignerRole.MINTER, SignerRole.DEPLOYER);
        assertThat(records).filteredOn(r -> r.event().role() == SignerRole.MINTER)
                .allSatisfy(r -> assertThat(r.event().keyId()).startsWith("aws-kms:"))
                .extracting(r -> r.event().kind()).contains("acfg");
        assertThat(records).filteredOn(r -> r.event().role() == SignerRole.DEPLOYER)
                .allSatisfy(r -> assertThat(r.event().keyId()).startsWith("gcp-kms:"))
                .extracting(r -> r.event().kind()).contains("appl");
        assertThat(audit.verify()).isInstanceOf(AuditCheck.Intact.class);
    }

    private Address signer(SignerRole role) {
        return TipToStickerFlow.signer(platform, role);
    }
}
