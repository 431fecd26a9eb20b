package dev.bookbuilder.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.parser.Parser;

/**
 * An EPUB unpacked for Chromium: each check loads one page in a frame of a given width with a
 * script of src/test/resources/chromium injected, and returns what the script reports (JSON).
 */
public final class ChromiumPages {
    private static final Pattern REPORT = Pattern.compile("<pre id=\"report\">([^<]*)</pre>");

    private final Path oebps;
    private final Map<String, String> files;

    public ChromiumPages(Path epub) throws IOException {
        files = EpubFiles.read(epub);
        Path root = Files.createTempDirectory("epub-unpacked-");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                Path p = root.resolve(e.getName());
                Files.createDirectories(p.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, p);
                }
            }
        }
        oebps = root.resolve("OEBPS");
        for (String name : new String[] {"harness.html", "overflow-check.js", "tap-target-check.js"}) {
            try (InputStream in = ChromiumPages.class.getResourceAsStream("/chromium/" + name)) {
                Files.write(oebps.resolve(name), in.readAllBytes());
            }
        }
    }

    /** The EPUB's entries as text, by zip path. */
    public Map<String, String> files() {
        return files;
    }

    /** Runs {@code script} in {@code page} (a file below OEBPS/) laid out {@code width} CSS px wide. */
    public String check(String page, String script, int width) throws IOException, InterruptedException {
        Path checked = oebps.resolve("check-" + script + "-" + page);
        Files.writeString(checked, files.get("OEBPS/" + page)
                .replace("</body>", "<script src=\"" + script + "\"></script></body>"), StandardCharsets.UTF_8);
        String url = oebps.resolve("harness.html").toUri() + "?width=" + width + "&page=" + checked.getFileName();
        Matcher m = REPORT.matcher(Chromium.dumpDom(url));
        if (!m.find() || m.group(1).equals("pending")) {
            throw new IOException("the check wrote no report for " + page);
        }
        return Parser.unescapeEntities(m.group(1), false);
    }
}
