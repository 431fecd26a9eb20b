package dev.bookbuilder.cli;

import dev.bookbuilder.build.BuildProgress;

/**
 * A live bar on the terminal's last line while a build writes its files ("[######------] 4/10"),
 * drawn on stderr and cleared before each progress line, so that the lines above it stay a plain log.
 * Only on a terminal (the launcher says so) and not with --quiet.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final Console console;
    private final boolean live;
    private int total;
    private int done;
    private boolean shown;

    private ProgressBar(Console console, boolean live) {
        this.console = console;
        this.live = live;
    }

    static ProgressBar of(Console console) {
        boolean tty = Boolean.parseBoolean(System.getProperty("bookbuilder.stderr-tty"));
        return new ProgressBar(console, tty && console.level != Console.Level.QUIET);
    }

    /** Counts what the line reports and draws the bar again. */
    synchronized void update(String line) {
        BuildProgress.plannedFiles(line).ifPresent(n -> total = n);
        if (BuildProgress.isFileWritten(line)) {
            done++;
        }
        if (live && total > 0) {
            int filled = Math.min(WIDTH, done * WIDTH / total);
            console.err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " files");
            console.err.flush();
            shown = true;
        }
    }

    /** Removes the bar from the terminal's last line. */
    synchronized void clear() {
        if (shown) {
            console.err.print("\r\u001b[K");
            console.err.flush();
            shown = false;
        }
    }

    synchronized int done() {
        return done;
    }

    synchronized int total() {
        return total;
    }
}
