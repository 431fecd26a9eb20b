package dev.bookbuilder.diag;

/** The sources have errors; the diagnostics say which. Carries no stack trace worth printing. */
public final class BuildFailedException extends RuntimeException {
    private final transient Diagnostics diagnostics;

    public BuildFailedException(Diagnostics diagnostics) {
        super("the sources have errors", null, false, false);
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
