package parley.bench;

import picocli.CommandLine;

/**
 * {@code ./parley bench}: the launcher runs this class with the bench module's classes in front of the app's
 * runtime classpath. The same converters and error handling as the app's command line.
 */
public final class BenchMain {
    private BenchMain() { }

    public static void main(String[] args) {
        System.exit(parley.app.Main.configure(new CommandLine(new BenchCommand())).execute(args));
    }
}
