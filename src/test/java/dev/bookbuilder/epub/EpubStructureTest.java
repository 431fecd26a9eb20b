package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Reads the EPUBs back (epublib's reader, and as XML) and compares them with their sources. */
class EpubStructureTest {
    private static final Path TINY = TestBooks.epub(TestBooks.TINY, "tiny", "complete");
    private static final Path COURSE = TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete");

    @Test
    void tinySpineIsFrontThenClustersWithTheirQuestionsThenBack() throws IOException {
        assertEquals(List.of("cover_page", "titlepage", "colophon", "nav", "study-plan", "intro", "alpha", "first", "cache", "beta", "third", "notes", "book-index"),
                spineIds(read(TINY)));
    }

    @Test
    void tinyTocTitlesComeFromTheSources() throws IOException {
        assertEquals(List.of("版权信息", "学习计划", "引言", "第\u20091\u2009章 基础", "  1.1 注意力", "  1.2 缓存", "第\u20092\u2009章 应用篇", "  2.1 部署", "附注", "索引"),
                tocLabels(read(TINY).getTableOfContents().getTocReferences(), ""));
    }

    @Test
    void courseSpineFollowsBookYmlAndFileOrder() throws IOException {
        Map<String, Object> bookYml = yaml(TestBooks.COURSE.resolve("book.yml"));
        List<String> expected = new ArrayList<>(List.of("cover_page", "titlepage", "colophon", "nav", "study-plan"));
        for (Object f : (List<?>) bookYml.get("front")) {
            expected.add(idOf(TestBooks.COURSE.resolve(f.toString())));
        }
        for (Object c : (List<?>) bookYml.get("clusters")) {
            Path dir = TestBooks.COURSE.resolve(c.toString());
            expected.add(idOf(dir.resolve("cluster.md"), c.toString().replaceFirst("^\\d+-", "")));
            for (Path q : questionFiles(dir)) {
                expected.add(idOf(q));
            }
        }
        for (Object f : (List<?>) bookYml.get("back")) {
            expected.add(idOf(TestBooks.COURSE.resolve(f.toString())));
        }
        expected.add("book-references");
        expected.add("book-index");
        assertEquals(expected, spineIds(read(COURSE)));
    }

    @Test
    void courseNcxAndNavNameEveryQuestionByItsNumberAndShortTitle() throws IOException {
        Book book = read(COURSE);
        Map<String, Object> bookYml = yaml(TestBooks.COURSE.resolve("book.yml"));
        List<String> expected = new ArrayList<>();
        int chapter = 0;
        for (Object c : (List<?>) bookYml.get("clusters")) {
            Path dir = TestBooks.COURSE.resolve(c.toString());
            chapter++;
            expected.add("第\u2009" + chapter + "\u2009章 " + shortTitle(dir.resolve("cluster.md"))); // the Han–Latin gap
            int q = 0;
            for (Path file : questionFiles(dir)) {
                expected.add("  " + chapter + "." + (++q) + " " + shortTitle(file));
            }
        }
        List<String> ncx = tocLabels(book.getTableOfContents().getTocReferences(), "").stream()
                .filter(l -> l.startsWith("第") || l.startsWith("  ")).toList();
        assertEquals(expected, ncx);

        Document nav = Jsoup.parse(EpubFiles.read(COURSE).get("OEBPS/nav.xhtml"), "", Parser.xmlParser());
        List<String> navLabels = new ArrayList<>();
        for (Element a : nav.select("nav#toc a")) {
            navLabels.add(a.text());
        }
        List<String> ncxAll = tocLabels(book.getTableOfContents().getTocReferences(), "").stream().map(String::strip).toList();
        assertEquals(ncxAll, navLabels, "nav and NCX list the same entries");
    }

    @Test
    void packageIsEpub3WithStableIdentifierAndBuildTime() {
        Map<String, String> files = EpubFiles.read(TINY);
        assertEquals("mimetype", files.keySet().iterator().next());
        assertEquals("application/epub+zip", files.get("mimetype"));
        Document opf = Jsoup.parse(files.get("OEBPS/content.opf"), "", Parser.xmlParser());
        assertEquals("3.0", opf.selectFirst("package").attr("version"));
        String uuid = UUID.nameUUIDFromBytes("tiny/complete".getBytes(StandardCharsets.UTF_8)).toString();
        assertEquals("urn:uuid:" + uuid, opf.selectFirst("dc|identifier").text());
        assertEquals("zh-CN", opf.selectFirst("dc|language").text());
        assertEquals("2024-07-23T08:00:00Z", opf.selectFirst("meta[property=dcterms:modified]").text());
        assertEquals("nav", opf.selectFirst("item[href=nav.xhtml]").attr("properties"));
        assertEquals("ncx", opf.selectFirst("spine").attr("toc"));
        assertTrue(files.containsKey("OEBPS/toc.ncx"));
        assertTrue(files.containsKey("OEBPS/media/01-alpha/images/diagram.svg"), "images are packaged");
    }

    @Test
    void everyPageDeclaresItsLanguage() {
        EpubFiles.read(COURSE).forEach((name, text) -> {
            if (name.endsWith(".xhtml")) {
                Element html = Jsoup.parse(text, "", Parser.xmlParser()).selectFirst("html");
                assertEquals("zh-CN", html.attr("lang"), name);
                assertEquals("zh-CN", html.attr("xml:lang"), name);
            }
        });
    }

    @Test
    void omittedQuestionBecomesANoteNotALink() {
        Map<String, String> files = EpubFiles.read(TestBooks.epub(TestBooks.TINY, "tiny", "beta-only"));
        String third = files.get("OEBPS/third.xhtml");
        assertTrue(third.contains("（见完整版 1.2 缓存）"), third);
        assertFalse(third.contains("cache.xhtml"), "no link to a page the edition does not hold");
        assertFalse(files.containsKey("OEBPS/cache.xhtml"));
    }

    private static Book read(Path epub) throws IOException {
        try (InputStream in = Files.newInputStream(epub)) {
            return new EpubReader().readEpub(in);
        }
    }

    private static List<String> spineIds(Book book) {
        return book.getSpine().getSpineReferences().stream().map(SpineReference::getResource)
                .map(r -> r.getHref().replace(".xhtml", "")).toList();
    }

    private static List<String> tocLabels(List<TOCReference> refs, String indent) {
        List<String> out = new ArrayList<>();
        for (TOCReference r : refs) {
            out.add(indent + r.getTitle());
            out.addAll(tocLabels(r.getChildren(), indent + "  "));
        }
        return out;
    }

    private static List<Path> questionFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d+-.+\\.md")).sorted().toList();
        }
    }

    private static Map<String, Object> frontMatter(Path md) throws IOException {
        String text = Files.readString(md);
        int end = text.indexOf("\n---", 4);
        return new Yaml().load(text.substring(4, end));
    }

    private static String idOf(Path md) throws IOException {
        return idOf(md, md.getFileName().toString().replaceFirst("^\\d+-", "").replace(".md", ""));
    }

    private static String idOf(Path md, String fallback) throws IOException {
        Object id = frontMatter(md).get("id");
        return id != null ? id.toString() : fallback;
    }

    private static String shortTitle(Path md) throws IOException {
        Map<String, Object> fm = frontMatter(md);
        return String.valueOf(fm.getOrDefault("short", fm.get("title")));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }
}
