package parley.producer.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** eval/floors.properties: which sets are gated, where they are, and when one is skipped rather than failed. */
class FloorsTest {
    @TempDir Path tmp;

    private Path project(String floors) throws IOException {
        Path root = tmp.resolve("parley");
        Files.createDirectories(root.resolve("eval"));
        Files.writeString(root.resolve(Floors.FILE), floors);
        return root;
    }

    @Test
    void setsResolveToEvalFoldersAndTheSharedDevSet() throws IOException {
        Path root = project("# comment\n\ndev = 0.88\nown=0.83\nholdout=0.8\n");
        Floors f = Floors.read(root, tmp.resolve("shared"));
        assertThat(f.entries()).extracting(Floors.Entry::name).containsExactly("dev", "own", "holdout");
        assertThat(f.entry("dev").floor()).isEqualTo(0.88);
        assertThat(f.entry("dev").gold()).isEqualTo(tmp.resolve("shared/eval/dev/seeds.jsonl"));
        assertThat(f.entry("dev").docs()).isEqualTo(tmp.resolve("shared/seeds"));
        assertThat(f.entry("own").gold()).isEqualTo(root.resolve("eval/own/gold.jsonl"));
        assertThat(f.entry("own").docs()).isEqualTo(root.resolve("eval/own/docs"));
        assertThatThrownBy(() -> f.entry("nope")).hasMessageContaining("no set nope");
    }

    @Test
    void anAbsentFolderIsASkipWithItsReasonButAPresentBrokenSetFails() throws IOException {
        Path root = project("dev=0.88\nown=0.83\n");
        Floors f = Floors.read(root, tmp.resolve("shared"));
        assertThat(f.entry("dev").absent(f)).contains("no shared folder").contains("PARLEY_SHARED");
        assertThat(f.entry("own").absent(f)).isEqualTo("eval/own/ is not in this checkout");
        Files.createDirectories(root.resolve("eval/own/docs"));
        Files.createDirectories(tmp.resolve("shared"));
        assertThat(f.entry("own").absent(f)).isNull();
        assertThat(f.entry("dev").absent(f)).isNull();
        assertThatThrownBy(() -> f.load(f.entry("own"))).isInstanceOf(IOException.class).hasMessageContaining("missing gold");
        assertThatThrownBy(() -> f.load(f.entry("dev"))).isInstanceOf(IOException.class).hasMessageContaining("missing gold");
        Files.writeString(root.resolve("eval/own/gold.jsonl"), "{\"doc\": \"a.txt\", \"kind\": \"VISIT\"}\n{not json\n");
        assertThatThrownBy(() -> f.load(f.entry("own"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":2: not JSON");
    }

    @Test
    void anUnreadableDocumentIsAProblemNotASilentZero() throws IOException {
        Path root = project("own=0.5\n");
        Files.createDirectories(root.resolve("eval/own/docs"));
        Files.writeString(root.resolve("eval/own/gold.jsonl"), "{\"doc\": \"gone.txt\", \"published\": \"2024-01-02\", \"kind\": \"VISIT\"}\n");
        Floors f = Floors.read(root, tmp.resolve("shared"));
        EvalSet.Run run = f.load(f.entry("own")).run(EvalSet.extractor(), 1);
        assertThat(run.problems()).containsOnlyKeys("gone.txt");
        assertThat(run.report().f1()).isZero();
    }

    @Test
    void badLinesAreRefused() throws IOException {
        assertThatThrownBy(() -> Floors.read(project("own=high\n"), tmp)).hasMessageContaining("expected SET=F1");
        assertThatThrownBy(() -> Floors.read(project("own=1.5\n"), tmp)).hasMessageContaining("expected SET=F1");
        assertThatThrownBy(() -> Floors.read(project("own=0.8\nown=0.9\n"), tmp)).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> Floors.read(project("# nothing\n"), tmp)).hasMessageContaining("lists no evaluation set");
    }

    @Test
    void theProjectsFloorsFileListsTheIndependentSets() throws IOException {
        Floors f = Floors.read(Floors.projectRoot());
        assertThat(f.entries()).extracting(Floors.Entry::name).contains("dev", "own", "fresh");
        // a floor means something: a naive keyword baseline scores about 0.08 (shared/eval/README.md)
        assertThat(f.entries()).allSatisfy(e -> assertThat(e.floor()).isGreaterThan(0.3));
    }
}
