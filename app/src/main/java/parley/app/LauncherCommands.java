package parley.app;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/**
 * `test` is run by the ./parley launcher itself (Maven), not by this program; it is listed here so that
 * `./parley --help` shows every command. Reached directly (java … Main test), it says where to go.
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
}
