package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.bookbuilder.testing.TestBooks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every edition has a cover on the shelf: drawn by the builder, or the image book.yml names. */
class CoverTest {

    @Test
    void eachCourseEditionHasItsOwnDrawnCover() throws IOException {
        List<String> editions = List.of("complete", "path-1-beginner", "path-2-engineering", "path-3-research", "path-4-sprint");
        Map<String, byte[]> covers = new HashMap<>();
        for (String edition : editions) {
            Map<String, byte[]> files = entries(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", edition));
            byte[] png = coverImage(files, edition);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, edition + ": the cover is an image");
            assertEquals(1600, image.getWidth(), edition);
            assertEquals(2560, image.getHeight(), edition);
            covers.values().forEach(other -> assertFalse(Arrays.equals(other, png), edition + " has a cover of its own"));
            covers.put(edition, png);
        }
    }

    @Test
    void coverPageOpensTheSpineAndLandmarksNameCoverAndTitlePage() throws IOException {
        Map<String, byte[]> files = entries(TestBooks.epub(TestBooks.TINY, "tiny", "complete"));
        Document opf = xml(files, "OEBPS/content.opf");
        String firstPage = opf.selectFirst("spine > itemref").attr("idref");
        Element page = opf.selectFirst("manifest > item[id=" + firstPage + "]");
        Document cover = xml(files, "OEBPS/" + page.attr("href"));
        Element img = cover.selectFirst("body[epub:type=cover] img");
        assertEquals(opf.selectFirst("item[properties~=cover-image]").attr("href"), img.attr("src"), "the first page shows the cover image");

        Document nav = xml(files, "OEBPS/nav.xhtml");
        List<Element> landmarks = nav.select("nav[epub:type=landmarks] a");
        assertEquals("cover", landmarks.get(0).attr("epub:type"));
        assertEquals("封面", landmarks.get(0).text());
        assertEquals(page.attr("href"), landmarks.get(0).attr("href"));
        Element title = nav.selectFirst("nav[epub:type=landmarks] a[epub:type=titlepage]");
        assertEquals("扉页", title.text());
        assertEquals("titlepage.xhtml", title.attr("href"));
    }

    @Test
    void anEditionsOwnCoverImageReplacesTheDrawnOne() throws IOException {
        Map<String, byte[]> files = entries(TestBooks.epub(TestBooks.TINY, "tiny", "beta-only"));
        assertArrayEquals(Files.readAllBytes(TestBooks.TINY.resolve("front/cover.png")), coverImage(files, "beta-only"));
    }

    /** The image of the OPF's cover-image item, also named by the EPUB 2 cover meta. */
    private static byte[] coverImage(Map<String, byte[]> files, String edition) {
        Document opf = xml(files, "OEBPS/content.opf");
        List<Element> items = opf.select("manifest > item[properties~=cover-image]");
        assertEquals(1, items.size(), edition + ": one cover-image item");
        assertEquals(items.get(0).attr("id"), opf.selectFirst("meta[name=cover]").attr("content"), edition);
        byte[] data = files.get("OEBPS/" + items.get(0).attr("href"));
        assertNotNull(data, edition + ": the cover image is packaged");
        return data;
    }

    private static Document xml(Map<String, byte[]> files, String name) {
        return Jsoup.parse(new String(files.get(name), StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static Map<String, byte[]> entries(Path epub) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }
}
