package dev.bookbuilder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.testing.TestBooks;
import dev.bookbuilder.write.BookWriter;
import dev.bookbuilder.write.Writers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web edition of the small test book, crawled as a browser would load it. */
@Tag("fast")
class WebEditionTest {
    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        new BookBuilder("test").build(new BuildRequest(TestBooks.TINY, out, List.of("complete"), Set.of("html", "epub"),
                TestBooks.BUILD_TIME), line -> { });
        site = out.resolve("tiny-complete");
    }

    @Test
    void everyInternalLinkAndFileResolves() throws IOException {
        Map<Path, Document> pages = pages();
        assertTrue(pages.containsKey(site.resolve("index.html")), "the title page is the site's index");
        List<String> broken = new ArrayList<>();
        for (var page : pages.entrySet()) {
            for (Element e : page.getValue().select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // outbound: checked by noPageLoadsAnythingFromElsewhere
                }
                int hash = url.indexOf('#');
                String path = hash < 0 ? url : url.substring(0, hash);
                Path target = path.isEmpty() ? page.getKey() : page.getKey().resolveSibling(URI.create(path).getPath()).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(site.relativize(page.getKey()) + ": " + url);
                } else if (hash >= 0 && hash + 1 < url.length()) {
                    Document doc = pages.get(target);
                    if (doc == null || doc.getElementById(url.substring(hash + 1)) == null) {
                        broken.add(site.relativize(page.getKey()) + ": " + url + " (no such anchor)");
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void noPageLoadsAnythingFromElsewhere() throws IOException {
        List<String> external = new ArrayList<>();
        boolean sawOutboundLink = false;
        for (var page : pages().entrySet()) {
            for (Element e : page.getValue().select("[src], link[href], [srcset], object[data], [poster]")) {
                for (String attr : List.of("src", "href", "srcset", "data", "poster")) {
                    if (isRemote(e.attr(attr))) {
                        external.add(page.getKey().getFileName() + ": <" + e.tagName() + " " + attr + "=" + e.attr(attr) + ">");
                    }
                }
            }
            sawOutboundLink |= !page.getValue().select("a[href^=https:]").isEmpty();
            assertTrue(page.getValue().select("script").isEmpty(), "a built page has no script");
        }
        Pattern url = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")]+)");
        try (Stream<Path> css = Files.walk(site)) {
            for (Path f : css.filter(p -> p.toString().endsWith(".css")).toList()) {
                Matcher m = url.matcher(Files.readString(f));
                while (m.find()) {
                    if (isRemote(m.group(1))) {
                        external.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), external);
        assertTrue(sawOutboundLink, "the test book's outbound link stays an ordinary link (so the check above had work to do)");
    }

    @Test
    void theEpubAndTheSiteShowTheSameQuestionText() throws IOException {
        int compared = 0;
        try (ZipFile epub = new ZipFile(out.resolve("tiny-complete.epub").toFile())) {
            for (String id : List.of("first", "cache", "third")) {
                String xhtml = new String(epub.getInputStream(epub.getEntry("OEBPS/" + id + ".xhtml")).readAllBytes(), StandardCharsets.UTF_8);
                // Characters compared without white space: the XML and HTML parsers space blocks and <pre> differently.
                String inEpub = Jsoup.parse(xhtml, "", Parser.xmlParser()).getElementById(id).text().replaceAll("\\s+", "");
                Document web = Jsoup.parse(site.resolve(id + ".html").toFile(), "UTF-8");
                String onSite = web.getElementById(id).text().replaceAll("\\s+", "");
                assertFalse(inEpub.isBlank());
                assertEquals(inEpub, onSite, id);
                compared++;
            }
        }
        assertEquals(3, compared);
    }

    @Test
    void eachPageHasTheSidebarAndItsNeighbours() throws IOException {
        Document first = Jsoup.parse(site.resolve("first.html").toFile(), "UTF-8");
        assertEquals("first.html", first.selectFirst("nav.site-nav a[aria-current=page]").attr("href"));
        assertEquals("alpha.html", first.selectFirst("a.pager-prev").attr("href"));
        assertEquals("cache.html", first.selectFirst("a.pager-next").attr("href"));
        assertTrue(first.selectFirst("nav.site-nav details[open] a[href=first.html]") != null, "the open page's chapter is unfolded");
        assertTrue(first.select("[epub|type], [xml|lang]").isEmpty(), "no EPUB-only markup");
        assertTrue(first.selectFirst("svg.math") != null, "formulas inline, as in the EPUB");
        assertTrue(Files.isRegularFile(site.resolve("book-index.html")), "the index page");
        assertEquals("print", first.selectFirst("link[href=styles/web-print.css]").attr("media"));
    }

    @Test
    void aPlainBuildStillMakesOnlyEpubAndPdf() {
        // The driver writes the formats that say byDefault() when none is asked for. End to end, BadSourcesTest's
        // books built without --format write exactly an EPUB and a PDF, and no site folder.
        assertEquals(List.of("epub", "pdf"), Writers.ALL.stream().filter(BookWriter::byDefault).map(BookWriter::name).toList());
    }

    @Test
    void theManifestKnowsTheSiteAsItWasWritten(@TempDir Path dir) throws IOException {
        BuildRequest request = new BuildRequest(TestBooks.TINY, dir, List.of("beta-only"), Set.of("html"), TestBooks.BUILD_TIME);
        new BookBuilder("test").build(request, line -> { });
        assertTrue(dev.bookbuilder.build.BuildManifest.of(request, "test").upToDate(dir, false).isPresent(),
                "a second build of the same site has nothing to do");
        Files.writeString(dir.resolve("tiny-beta-only/index.html"), "changed by hand");
        assertTrue(dev.bookbuilder.build.BuildManifest.of(request, "test").upToDate(dir, false).isEmpty(),
                "a page changed in the site: built again");
    }

    private static boolean isRemote(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//") || u.contains(" http") || u.contains(",http");
    }

    private static Map<Path, Document> pages() throws IOException {
        Map<Path, Document> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                out.put(f, Jsoup.parse(f.toFile(), "UTF-8"));
            }
        }
        return out;
    }
}
