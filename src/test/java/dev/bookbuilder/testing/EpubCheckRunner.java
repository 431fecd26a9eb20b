package dev.bookbuilder.testing;

import dev.bookbuilder.build.EpubValidator;
import java.nio.file.Path;
import java.util.List;

/** Runs EPUBCheck in-process (as {@code book check} does) and keeps its fatal errors, errors and warnings. */
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
        List<EpubValidator.Finding> findings = EpubValidator.findings(epub);
        return new Verdict(count(findings, "FATAL"), count(findings, "ERROR"), count(findings, "WARNING"),
                findings.stream().map(EpubValidator.Finding::toString).toList());
    }

    private static int count(List<EpubValidator.Finding> findings, String severity) {
        return (int) findings.stream().filter(f -> f.severity().name().equals(severity)).count();
    }
}
