package dev.bookbuilder.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck in-process and keeps its fatal errors, errors and warnings. */
public final class EpubCheckRunner {
    private EpubCheckRunner() {
    }

    /** EPUBCheck's verdict: the messages of severity warning and above. */
    public record Verdict(int fatals, int errors, int warnings, List<String> messages) {
        public boolean clean() {
            return fatals == 0 && errors == 0 && warnings == 0;
        }

        @Override
        public String toString() {
            return fatals + " fatals / " + errors + " errors / " + warnings + " warnings\n" + String.join("\n", messages);
        }
    }

    public static Verdict check(Path epub) {
        Collector report = new Collector();
        new EpubCheck(epub.toFile(), report).doValidate();
        return new Verdict(report.fatals, report.errors, report.warnings, List.copyOf(report.messages));
    }

    private static final class Collector extends MasterReport {
        int fatals;
        int errors;
        int warnings;
        final List<String> messages = new ArrayList<>();

        @Override
        public void message(Message m, EPUBLocation location, Object... args) {
            Severity s = m.getSeverity();
            switch (s) {
                case FATAL -> fatals++;
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> {
                    return;
                }
            }
            messages.add(s + " " + m.getID() + " " + location.getPath() + ":" + location.getLine() + " " + m.getMessage(args));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
