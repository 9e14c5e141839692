package parley.app;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * `test` and `score` are run by the ./parley launcher itself (Maven, Python), not by this program; they are listed
 * here so that `./parley --help` shows every command. Reached directly (java … Main test), they say where to go.
 */
final class LauncherCommands {
    private LauncherCommands() { }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run the test suite: unit tests, integration tests on an embedded broker, then the extraction floor.",
                    "Run by the launcher: ./parley test [MAVEN-OPTIONS], e.g. ./parley test -Dtest=SinkTest. What needs",
                    "PostgreSQL, Chromium, Python 3 or Docker is skipped, with its reason, when they are missing (see the README)."})
    static final class Test implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("parley test runs through the launcher: ./parley test");
            return 2;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Score the extractor on the dev set (../shared/eval) and on eval/own (needs Python 3).",
                    "Run by the launcher: ./parley score [--check] [--verbose]; --check fails below the floors in .ci/."})
    static final class Score implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("parley score runs through the launcher: ./parley score");
            return 2;
        }
    }
}
