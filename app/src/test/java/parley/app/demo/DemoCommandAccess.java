package parley.app.demo;

import java.nio.file.Path;

/** Test access to the demo's helpers. */
public final class DemoCommandAccess {
    private DemoCommandAccess() { }

    public static void deleteTree(Path p) throws java.io.IOException { DemoCommand.deleteTree(p); }
}
