package dev.stickerplatform.bootstrap.support;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.simulated.TxConfirmation;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** What the long pipeline runs (chaos, key rotation) set up and count: a tip template, jobs by stage, ASAs created. */
public final class LedgerRuns {
    private LedgerRuns() {
    }

    /** Every transaction the ledger confirmed, round by round. */
    public static Stream<TxConfirmation> confirmations(SimulatedLedger ledger) {
        return LongStream.rangeClosed(1, ledger.currentRound().value()).boxed()
                .flatMap(r -> ledger.blockTxIds(Round.of(r)).stream())
                .map(id -> ledger.confirmation(id).orElseThrow());
    }

    /** How many ASAs the ledger created. */
    public static long assetsCreated(SimulatedLedger ledger) {
        return confirmations(ledger).filter(c -> c.createdAsset() != null).count();
    }

    /** Every mint job at {@code stage}, read page by page. */
    public static List<MintJob> jobsAt(Store store, JobStage stage) {
        List<MintJob> all = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            List<MintJob> page = store.mintJobs().list(stage, false, new PageRequest(PageRequest.MAX_LIMIT, offset));
            all.addAll(page);
            if (page.size() < PageRequest.MAX_LIMIT) {
                return all;
            }
        }
    }

    /** A soulbound sticker for every tip of 1 ALGO or more to {@code creator}. */
    public static StickerTemplate tipTemplate(Address creator, String name, Clock clock) {
        var cid = new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "http://x/ipfs/a");
        return new StickerTemplate(0, creator, name, StickerType.SOULBOUND, TemplateCategory.TIP,
                MicroAlgos.ofAlgo(1), cid, "image/png", cid, Hash32.of(new byte[32]), clock.instant());
    }
}
