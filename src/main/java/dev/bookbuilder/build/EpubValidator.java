package dev.bookbuilder.build;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * EPUBCheck run in-process on a built EPUB, for {@code book check} (and the tests): each of its fatal
 * errors, errors and warnings becomes an {@code epubcheck} diagnostic on the EPUB, with EPUBCheck's own
 * id and the entry it names. The builder promises 0/0/0, so any of them is a bug to report.
 */
public final class EpubValidator {
    private EpubValidator() {
    }

    /** One finding of EPUBCheck's, of severity warning or above. */
    public record Finding(Severity severity, String id, String path, int line, String message) {
        @Override
        public String toString() {
            return severity + " " + id + " " + path + ":" + line + " " + message;
        }
    }

    /** Validates {@code epub} and reports what EPUBCheck finds; returns the number of findings. */
    public static int validate(Path epub, Path shownAs, Diagnostics diags) {
        List<Finding> findings = findings(epub);
        for (Finding f : findings) {
            String where = f.path() == null ? "" : " (" + f.path() + (f.line() > 0 ? ":" + f.line() : "") + ")";
            diags.error("epubcheck", shownAs, 0, 0, f.severity().toString().toLowerCase(java.util.Locale.ROOT) + " "
                    + f.id() + where + ": " + f.message());
        }
        return findings.size();
    }

    /** EPUBCheck's fatal errors, errors and warnings on {@code epub}. */
    public static synchronized List<Finding> findings(Path epub) {
        Collector report = new Collector();
        // EPUBCheck's Schematron needs Saxon as JAXP's TransformerFactory; the rest of the builder wants
        // the JDK's (figures set it so, and the jar leaves Saxon's service file out): Saxon only while checking.
        String key = "javax.xml.transform.TransformerFactory";
        String before = System.getProperty(key);
        System.setProperty(key, "net.sf.saxon.TransformerFactoryImpl");
        try {
            new EpubCheck(epub.toFile(), report).doValidate();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
        return List.copyOf(report.findings);
    }

    private static final class Collector extends MasterReport {
        final List<Finding> findings = new ArrayList<>();

        @Override
        public void message(Message m, EPUBLocation location, Object... args) {
            switch (m.getSeverity()) {
                case FATAL, ERROR, WARNING -> findings.add(new Finding(m.getSeverity(), m.getID().toString(),
                        location == null ? null : location.getPath(), location == null ? 0 : location.getLine(), m.getMessage(args)));
                default -> {
                }
            }
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
