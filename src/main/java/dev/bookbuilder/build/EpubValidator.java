package dev.bookbuilder.build;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.util.FeatureEnum;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Path;

/**
 * EPUBCheck run in-process on a built EPUB, for {@code book check}: each of its fatal errors, errors and
 * warnings becomes an {@code epubcheck} diagnostic on the EPUB, with EPUBCheck's own id and the
 * entry it names. The builder promises 0/0/0, so any of them is a bug to report.
 */
public final class EpubValidator {
    private EpubValidator() {
    }

    /** Validates {@code epub} and reports what EPUBCheck finds; returns the number of findings. */
    public static synchronized int validate(Path epub, Path shownAs, Diagnostics diags) {
        Collector report = new Collector(shownAs, diags);
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
        return report.count;
    }

    private static final class Collector extends MasterReport {
        private final Path shownAs;
        private final Diagnostics diags;
        int count;

        Collector(Path shownAs, Diagnostics diags) {
            this.shownAs = shownAs;
            this.diags = diags;
        }

        @Override
        public void message(Message m, EPUBLocation location, Object... args) {
            switch (m.getSeverity()) {
                case FATAL, ERROR, WARNING -> {
                    count++;
                    String where = location == null || location.getPath() == null ? "" : " (" + location.getPath()
                            + (location.getLine() > 0 ? ":" + location.getLine() : "") + ")";
                    diags.error("epubcheck", shownAs, 0, 0, m.getSeverity().toString().toLowerCase(java.util.Locale.ROOT) + " "
                            + m.getID() + where + ": " + m.getMessage(args));
                }
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
