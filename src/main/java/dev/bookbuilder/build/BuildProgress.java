package dev.bookbuilder.build;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The progress lines a build writes that a front end may count: how many files it will write, and
 * each file written (the lines {@code BookBuilder} writes per output end in "(… KB, … ms)").
 */
public final class BuildProgress {
    private static final Pattern PLANNED = Pattern.compile("^writing (\\d+) file\\(s\\)");
    private static final Pattern WRITTEN = Pattern.compile("\\([0-9,]+ KB, \\d+ ms\\)$");

    private BuildProgress() {
    }

    static String planned(int files) {
        return "writing " + files + " file(s)";
    }

    /** The number of files a "writing N file(s)" line announces. */
    public static OptionalInt plannedFiles(String line) {
        Matcher m = PLANNED.matcher(line);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** Whether the line reports one file written. */
    public static boolean isFileWritten(String line) {
        return WRITTEN.matcher(line).find();
    }
}
