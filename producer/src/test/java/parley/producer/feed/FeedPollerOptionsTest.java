package parley.producer.feed;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedPollerOptionsTest {
    private final FeedPoller.Options d = FeedPoller.Options.defaults();

    @Test
    void eachWitherChangesOnlyTheSettingsItNames() {
        assertThat(d.withInterval(Duration.ofMinutes(3)))
                .isEqualTo(new FeedPoller.Options(Duration.ofMinutes(3), d.minHostDelay(), d.initialBackoff(), d.maxBackoff(),
                        d.requestTimeout(), d.userAgent(), d.robotsToken(), d.maxFeedBytes(), d.maxPageBytes(),
                        d.maxItemsPerPoll(), d.maxPageAttempts(), d.robotsTtl()));
        assertThat(d.withMinHostDelay(Duration.ZERO))
                .isEqualTo(new FeedPoller.Options(d.interval(), Duration.ZERO, d.initialBackoff(), d.maxBackoff(),
                        d.requestTimeout(), d.userAgent(), d.robotsToken(), d.maxFeedBytes(), d.maxPageBytes(),
                        d.maxItemsPerPoll(), d.maxPageAttempts(), d.robotsTtl()));
        assertThat(d.withBackoff(Duration.ofSeconds(5), Duration.ofMinutes(7)))
                .isEqualTo(new FeedPoller.Options(d.interval(), d.minHostDelay(), Duration.ofSeconds(5), Duration.ofMinutes(7),
                        d.requestTimeout(), d.userAgent(), d.robotsToken(), d.maxFeedBytes(), d.maxPageBytes(),
                        d.maxItemsPerPoll(), d.maxPageAttempts(), d.robotsTtl()));
        assertThat(d.withRequestTimeout(Duration.ofSeconds(9)))
                .isEqualTo(new FeedPoller.Options(d.interval(), d.minHostDelay(), d.initialBackoff(), d.maxBackoff(),
                        Duration.ofSeconds(9), d.userAgent(), d.robotsToken(), d.maxFeedBytes(), d.maxPageBytes(),
                        d.maxItemsPerPoll(), d.maxPageAttempts(), d.robotsTtl()));
        assertThat(d.withUserAgent("ua/1", "ua"))
                .isEqualTo(new FeedPoller.Options(d.interval(), d.minHostDelay(), d.initialBackoff(), d.maxBackoff(),
                        d.requestTimeout(), "ua/1", "ua", d.maxFeedBytes(), d.maxPageBytes(),
                        d.maxItemsPerPoll(), d.maxPageAttempts(), d.robotsTtl()));
        assertThat(d.withMaxItemsPerPoll(4))
                .isEqualTo(new FeedPoller.Options(d.interval(), d.minHostDelay(), d.initialBackoff(), d.maxBackoff(),
                        d.requestTimeout(), d.userAgent(), d.robotsToken(), d.maxFeedBytes(), d.maxPageBytes(),
                        4, d.maxPageAttempts(), d.robotsTtl()));
    }

    @Test
    void withersChainAndLeaveTheOriginalAlone() {
        FeedPoller.Options o = d.withMinHostDelay(Duration.ZERO).withMaxItemsPerPoll(2);
        assertThat(o.minHostDelay()).isZero();
        assertThat(o.maxItemsPerPoll()).isEqualTo(2);
        assertThat(d).isEqualTo(FeedPoller.Options.defaults());
    }

    @Test
    void atLeastOneItemPerPoll() {
        assertThatThrownBy(() -> d.withMaxItemsPerPoll(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxItemsPerPoll must be at least 1");
    }
}
