package dev.stickerplatform.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.domain.port.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageParamsTest {
    @Test
    void defaultsToFiftyFromTheStart() {
        assertThat(PageParams.parse(null, null)).isEqualTo(new PageRequest(50, 0));
    }

    @Test
    void readsLimitAndCursor() {
        assertThat(PageParams.parse("100", Cursor.encode(200))).isEqualTo(new PageRequest(100, 200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "abc", "1.5", "99999999999", ""})
    void limitsOutOfRangeAre400(String limit) {
        assertThatThrownBy(() -> PageParams.parse(limit, null)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().getFirst().field()).isEqualTo("limit"));
    }

    @Test
    void everyBadParameterIsReportedAtOnce() {
        assertThatThrownBy(() -> PageParams.parse("0", "junk")).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors()).hasSize(2));
    }

    @Test
    void theNextCursorPointsAfterThePageOrIsAbsent() {
        PageRequest page = new PageRequest(10, 20);
        assertThat(Cursor.decode(PageParams.next(page, 10, true))).isEqualTo(30);
        assertThat(PageParams.next(page, 4, false)).isNull();
    }
}
