package parley.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options with their defaults resolved: the full run, --quick, and what is refused. */
class PlanTest {
    @Test
    void theFullRunIsTheIssuesScale() {
        Plan p = TargetsTest.plan();
        assertThat(p.sizes()).containsExactly(100_000L, 1_000_000L);
        assertThat(p.events()).isEqualTo(1_000_000);
        assertThat(p.spanDays()).isEqualTo(730);
        assertThat(p.denseEvents()).isEqualTo(1_000_000);
        assertThat(p.denseSpanDays()).isEqualTo(30);
        assertThat(p.latencySeconds()).isEqualTo(40);
        assertThat(p.articles()).isEqualTo(2000);
        assertThat(p.gdeltReplay()).isTrue();
        assertThat(p.sparseAtFullScale()).isTrue();
        assertThat(p.denseAtFullScale()).isTrue();
        assertThat(Plan.PHASES).allSatisfy(ph -> assertThat(p.runs(ph)).isTrue());
    }

    @Test
    void quickIsSmall() {
        Plan p = TargetsTest.plan("--quick");
        assertThat(p.sizes()).containsExactly(10_000L);
        assertThat(p.spanDays()).isEqualTo(30);
        assertThat(p.denseEvents()).isEqualTo(30_000);
        assertThat(p.denseSpanDays()).isEqualTo(3);
        assertThat(p.gdeltReplay()).isFalse();
        assertThat(p.sparseAtFullScale()).isFalse();
        assertThat(p.denseAtFullScale()).isFalse();
    }

    @Test
    void explicitSizesAndScenarios() {
        Plan p = TargetsTest.plan("--scale", "5000,2000", "--dense-events", "50000", "--dense-span-days", "10", "--out", "docs/bench/x.json");
        assertThat(p.sizes()).containsExactly(2000L, 5000L);
        assertThat(p.events()).isEqualTo(5000);
        assertThat(p.denseEvents()).isEqualTo(50_000);
        assertThat(p.denseSpanDays()).isEqualTo(10);
        assertThat(p.out().toString()).isEqualTo("docs/bench/x.json");
        assertThat(TargetsTest.plan("--events", "300000").sizes()).isEqualTo(List.of(30_000L, 300_000L));
    }

    @Test
    void unknownPhasesAndBadSizesAreRefused() {
        assertThatThrownBy(() -> TargetsTest.plan("--skip", "raw")).hasMessageContaining("no such phase");
        assertThatThrownBy(() -> TargetsTest.plan("--scale", "0,10")).hasMessageContaining("≥ 1");
        assertThatThrownBy(() -> TargetsTest.plan("--scale", "10,20000", "--events", "100")).hasMessageContaining("above --events");
        Plan p = TargetsTest.plan("--skip", "pipeline");
        assertThat(p.runsSparseBaseline()).isFalse();
        assertThat(p.runsDenseBaseline()).isTrue();
    }
}
