package parley.app;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * `test` is run by the ./parley launcher itself (Maven), and `bench` by the launcher from its own module
 * ({@code bench/}, which depends on this one), not by this program; they are listed here so that `./parley --help`
 * shows every command. Reached directly (java … Main test), each says where to go.
 */
final class LauncherCommands {
    private LauncherCommands() { }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run the test suite: unit tests (the extraction floors included), integration tests on an embedded broker.",
                    "Run by the launcher: ./parley test [MAVEN-OPTIONS], e.g. ./parley test -Dtest=SinkTest. What needs",
                    "PostgreSQL, Chromium, Node.js, Python 3 or Docker is skipped, with its reason, when they are missing (see the README)."})
    static final class Test implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("parley test runs through the launcher: ./parley test");
            return 2;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Measure the pipeline end to end against a bare-shape baseline, plus a dense scenario, latency and extraction.",
                    "Run by the launcher from the bench module (bench/): ./parley bench [--quick] [OPTIONS]; ./parley bench --help",
                    "lists its options. It prints a table with the targets and writes it as JSON (target/bench.json)."})
    static final class Bench implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("parley bench runs through the launcher: ./parley bench (main class parley.bench.BenchMain, module bench/)");
            return 2;
        }
    }
}
