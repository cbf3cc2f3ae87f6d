package dev.stickerplatform.domain.port;

/**
 * Who may follow the chain: of all processes running a listener, exactly one leads at a time; the others stand
 * by and take over when the leader dies (its claim lapses with its connection or process).
 *
 * <p>Contract: {@link #tryLead()} never blocks for long and returns whether this process leads now; once it
 * returned true, {@link #isLeading()} stays true until {@link #resign()} or until the claim is lost, which
 * {@link #isLeading()} reports. Two processes are never both leading. Failures count as "not leading".
 */
public interface Leadership {
    boolean tryLead();

    boolean isLeading();

    void resign();

    /** The single-process case: this process always leads. */
    static Leadership alone() {
        return new Leadership() {
            @Override
            public boolean tryLead() {
                return true;
            }

            @Override
            public boolean isLeading() {
                return true;
            }

            @Override
            public void resign() {
            }
        };
    }
}
