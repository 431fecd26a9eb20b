package dev.bookbuilder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The live bar counts the files a build announces and writes, and is drawn only on a terminal. */
@Tag("fast")
@org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.SYSTEM_PROPERTIES) // sets bookbuilder.stderr-tty
class ProgressBarTest {
    private static final String[] LINES = {"loaded 81 page(s) from chapters", "parsed", "writing 2 file(s)",
        "complete             pdf  book-complete.pdf (7,212 KB, 15893 ms)", "complete             epub book-complete.epub (2,001 KB, 913 ms)"};

    private static String run(boolean tty, boolean quiet, ProgressBar[] keep) {
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err),
                quiet ? Console.Level.QUIET : Console.Level.NORMAL, false);
        String before = System.getProperty("bookbuilder.stderr-tty");
        System.setProperty("bookbuilder.stderr-tty", Boolean.toString(tty));
        try {
            ProgressBar bar = ProgressBar.of(console);
            for (String line : LINES) {
                bar.clear();
                bar.update(line);
            }
            bar.clear();
            keep[0] = bar;
        } finally {
            if (before == null) {
                System.clearProperty("bookbuilder.stderr-tty");
            } else {
                System.setProperty("bookbuilder.stderr-tty", before);
            }
        }
        return err.toString();
    }

    @Test
    void onATerminalTheBarCountsFilesAndIsClearedAtTheEnd() {
        ProgressBar[] bar = new ProgressBar[1];
        String err = run(true, false, bar);
        assertEquals(2, bar[0].total());
        assertEquals(2, bar[0].done());
        assertTrue(err.contains("] 1/2 files") && err.contains("] 2/2 files"), err);
        assertTrue(err.endsWith("\r\u001b[K"), "the last thing drawn clears the bar");
    }

    @Test
    void noBarWithoutATerminalOrWithQuiet() {
        ProgressBar[] bar = new ProgressBar[1];
        assertEquals("", run(false, false, bar));
        assertEquals(2, bar[0].done(), "the counting still happens");
        assertEquals("", run(true, true, bar));
    }
}
