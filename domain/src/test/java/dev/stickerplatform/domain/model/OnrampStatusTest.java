package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnrampStatusTest {
    @Test
    void ordersMoveForwardOnly() {
        assertThat(OnrampStatus.PENDING.canMoveTo(OnrampStatus.PROCESSING)).isTrue();
        assertThat(OnrampStatus.PENDING.canMoveTo(OnrampStatus.PAID)).isTrue();
        assertThat(OnrampStatus.PROCESSING.canMoveTo(OnrampStatus.PAID)).isTrue();
        assertThat(OnrampStatus.PAID.canMoveTo(OnrampStatus.TIP_SUBMITTED)).isTrue();
        assertThat(OnrampStatus.TIP_SUBMITTED.canMoveTo(OnrampStatus.TIP_SENT)).isTrue();
        assertThat(OnrampStatus.PAID.canMoveTo(OnrampStatus.PROCESSING)).isFalse();
        assertThat(OnrampStatus.PROCESSING.canMoveTo(OnrampStatus.PENDING)).isFalse();
    }

    @Test
    void noStatusIsReachedTwiceAndEndsAreFinal() {
        for (OnrampStatus status : OnrampStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
        for (OnrampStatus end : new OnrampStatus[] {OnrampStatus.TIP_SENT, OnrampStatus.TIP_FAILED,
                OnrampStatus.FAILED, OnrampStatus.EXPIRED, OnrampStatus.REFUNDED, OnrampStatus.CANCELLED}) {
            for (OnrampStatus next : OnrampStatus.values()) {
                assertThat(end.canMoveTo(next)).as(end + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void transakFailuresEndOnlyAnUnpaidOrder() {
        assertThat(OnrampStatus.PROCESSING.canMoveTo(OnrampStatus.REFUNDED)).isTrue();
        assertThat(OnrampStatus.PENDING.canMoveTo(OnrampStatus.EXPIRED)).isTrue();
        assertThat(OnrampStatus.PAID.canMoveTo(OnrampStatus.FAILED)).isFalse();
        assertThat(OnrampStatus.TIP_SUBMITTED.canMoveTo(OnrampStatus.CANCELLED)).isFalse();
    }
}
