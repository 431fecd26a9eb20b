package dev.bookbuilder.diag;

/** How bad a diagnostic is: an error stops the build, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
