package dev.bookbuilder.cli;

import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * How much a command says and how: {@code --quiet} keeps only diagnostics and errors, {@code --verbose}
 * adds each stage's time; diagnostics are coloured when stderr is a terminal (the launcher says so:
 * a JVM cannot tell) and NO_COLOR is unset.
 */
final class Console {
    enum Level { QUIET, NORMAL, VERBOSE }

    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    final PrintWriter out;
    final PrintWriter err;
    final Level level;
    private final boolean colour;

    Console(PrintWriter out, PrintWriter err, Level level, boolean colour) {
        this.out = out;
        this.err = err;
        this.level = level;
        this.colour = colour;
    }

    static Console of(picocli.CommandLine cl, boolean quiet, boolean verbose) {
        Level level = quiet ? Level.QUIET : verbose ? Level.VERBOSE : Level.NORMAL;
        return new Console(cl.getOut(), cl.getErr(), level, colourWanted(System.getenv(), System.getProperties()));
    }

    /** Colour only on a terminal (-Dbookbuilder.stderr-tty=true from the launcher) and never with NO_COLOR set (no-color.org). */
    static boolean colourWanted(Map<String, String> env, java.util.Properties props) {
        String noColor = env.get("NO_COLOR");
        return (noColor == null || noColor.isEmpty()) && Boolean.parseBoolean(props.getProperty("bookbuilder.stderr-tty"));
    }

    /** A progress line: shown unless quiet. */
    void progress(String line) {
        if (level != Level.QUIET) {
            out.println(line);
            out.flush();
        }
    }

    void diagnostic(Diagnostic d) {
        diagnostic(d, d.severity());
    }

    /** Prints one diagnostic as {@code file:line:col: severity code: message}, with {@code shown} as its severity. */
    void diagnostic(Diagnostic d, Severity shown) {
        Diagnostic as = shown == d.severity() ? d : new Diagnostic(d.code(), shown, d.file(), d.line(), d.column(), d.message());
        String text = as.format(Path.of(""));
        if (colour) {
            String label = shown.label();
            int at = text.indexOf(label + " " + d.code() + ":");
            if (at >= 0) {
                String where = text.substring(0, at);
                text = (where.isEmpty() ? "" : BOLD + where + RESET) + (shown == Severity.ERROR ? RED : YELLOW) + label + RESET
                        + text.substring(at + label.length());
            }
        }
        err.println(text);
    }

    /** A line on stderr, in the error colour when colour is on. */
    void error(String line) {
        err.println(colour ? RED + "error:" + RESET + line.substring(Math.min(line.length(), "error:".length())) : line);
        err.flush();
    }
}
