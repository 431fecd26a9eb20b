package dev.bookbuilder.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics from every stage of one build, so that a run reports all of them at once. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    /** A finding with its code's severity (see {@link DiagnosticCode}). */
    public void report(DiagnosticCode code, Path file, int line, int column, String message) {
        add(new Diagnostic(code.id(), code.severity(), file, line, column, message));
    }

    /** A finding at a place in a source file (a {@code config.Position}). */
    public void report(DiagnosticCode code, Where at, String message) {
        report(code, at.file(), at.line(), at.column(), message);
    }

    /** An error at a place; the code must be an error in the catalogue. */
    public void error(String code, Where at, String message) {
        error(code, at.file(), at.line(), at.column(), message);
    }

    /** A warning at a place; the code must be a warning in the catalogue. */
    public void warning(String code, Where at, String message) {
        warning(code, at.file(), at.line(), at.column(), message);
    }

    /** An error; the code must be an error in the catalogue. */
    public void error(String code, Path file, int line, int column, String message) {
        report(checked(code, Severity.ERROR), file, line, column, message);
    }

    /** A warning; the code must be a warning in the catalogue. */
    public void warning(String code, Path file, int line, int column, String message) {
        report(checked(code, Severity.WARNING), file, line, column, message);
    }

    private static DiagnosticCode checked(String id, Severity expected) {
        DiagnosticCode code = DiagnosticCode.of(id);
        if (code.severity() != expected) {
            throw new IllegalArgumentException("diagnostic `" + id + "` is a " + code.severity().label() + " in DiagnosticCode");
        }
        return code;
    }

    /**
     * True when an error was reported in {@code file}: a page that failed to load is not also reported as
     * missing by every link to it (the root cause is enough).
     */
    public synchronized boolean hasErrorIn(Path file) {
        Path f = file.toAbsolutePath().normalize();
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.file() != null && d.file().toAbsolutePath().normalize().equals(f));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** All findings, in file and line order, so output is stable whatever order the stages ran in. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::code));
        return copy;
    }

    /** Throws when an error has been collected: the stage after this one must not run on bad input. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new BuildFailedException(this);
        }
    }
}
