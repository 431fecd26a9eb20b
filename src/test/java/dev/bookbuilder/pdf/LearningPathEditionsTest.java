package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.testing.EpubCheckRunner;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** Each learning path is a book of its own: valid, in the path's order, with no dead link in either format. */
class LearningPathEditionsTest {
    private static final String BOOK = "llm-interview-100";

    static Stream<String> editions() throws IOException {
        return stagesOf().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void epubPassesEpubCheck(String edition) {
        EpubCheckRunner.Verdict v = EpubCheckRunner.check(TestBooks.epub(TestBooks.COURSE, BOOK, edition));
        assertTrue(v.clean(), () -> edition + ": " + v);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void epubSpineAndPdfOutlineReadTheClustersInThePathsOrder(String edition) throws IOException {
        List<String> expectedFolders = stagesOf().get(edition);
        List<String> expectedIds = expectedFolders.stream().map(f -> f.replaceFirst("^\\d+-", "")).toList();
        List<String> expectedShort = new ArrayList<>();
        for (String f : expectedFolders) {
            expectedShort.add(shortTitle(TestBooks.COURSE.resolve(f).resolve("cluster.md")));
        }

        Map<String, String> files = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, BOOK, edition));
        Document opf = Jsoup.parse(files.get("OEBPS/content.opf"), "", Parser.xmlParser());
        List<String> spineClusters = opf.select("spine > itemref").eachAttr("idref").stream()
                .filter(id -> files.getOrDefault("OEBPS/" + id + ".xhtml", "").contains("class=\"cluster-opener\"")).toList();
        assertEquals(expectedIds, spineClusters);

        try (PdfPages pdf = new PdfPages(TestBooks.pdf(TestBooks.COURSE, BOOK, edition), PdfConfig.DEFAULT)) {
            List<String> outlineClusters = pdf.outline().stream().map(String::strip).map(l -> l.replaceFirst("^第\\u2009(\\d+)\\u2009章", "第$1章")).filter(l -> l.matches("第\\d+章 .+")).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < expectedShort.size(); i++) {
                expected.add("第" + (i + 1) + "章 " + expectedShort.get(i));
            }
            assertEquals(expected, outlineClusters, "the edition numbers its clusters in its own order");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void noHrefInTheEpubLeadsNowhere(String edition) {
        Map<String, String> files = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, BOOK, edition));
        List<String> dead = new ArrayList<>();
        files.forEach((name, text) -> {
            if (!name.endsWith(".xhtml")) {
                return;
            }
            Document page = Jsoup.parse(text, "", Parser.xmlParser());
            for (Element el : page.select("[href], img[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (ref.matches("(https?|mailto):.*")) {
                    continue;
                }
                int hash = ref.indexOf('#');
                String file = hash < 0 ? ref : ref.substring(0, hash);
                String target = file.isEmpty() ? name : "OEBPS/" + file;
                if (!files.containsKey(target)) {
                    dead.add(name + " -> " + ref + " (no such file)");
                } else if (hash >= 0) {
                    String id = ref.substring(hash + 1);
                    if (Jsoup.parse(files.get(target), "", Parser.xmlParser()).getElementById(id) == null) {
                        dead.add(name + " -> " + ref + " (no such id)");
                    }
                }
            }
        });
        assertEquals(List.of(), dead);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyPdfLinkLandsInsideTheDocumentOrIsAUrl(String edition) throws IOException {
        try (PdfPages pdf = new PdfPages(TestBooks.pdf(TestBooks.COURSE, BOOK, edition), PdfConfig.DEFAULT)) {
            assertEquals(List.of(), pdf.brokenLinks());
        }
    }

    @Test
    void aLinkIntoAnOmittedClusterBecomesANoteInBothFormats() throws IOException {
        String third = EpubFiles.read(TestBooks.epub(TestBooks.TINY, "tiny", "beta-only")).get("OEBPS/third.xhtml");
        assertTrue(third.contains("<span class=\"xref-omitted\">缓存<span class=\"xref-note\">（见完整版 1.2 缓存）</span></span>"), third);
        try (PdfPages pdf = new PdfPages(TestBooks.pdf(TestBooks.TINY, "tiny", "beta-only"), PdfConfig.DEFAULT)) {
            boolean found = false;
            for (int p = 1; p <= pdf.count(); p++) {
                found |= pdf.body(p).stream().anyMatch(l -> l.contains("缓存（见完整版 1.2 缓存）"));
            }
            assertTrue(found, "the PDF shows the note");
            assertEquals(List.of(), pdf.brokenLinks());
        }
    }

    @Test
    void eachPathHasAStudyPlanWithItsStages() {
        String plan = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, BOOK, "path-3-research")).get("OEBPS/study-plan.xhtml");
        Document doc = Jsoup.parse(plan, "", Parser.xmlParser());
        List<String> stages = doc.select("table.plan tbody tr td:first-child").eachText();
        assertEquals(List.of("第1-2周", "第3-4周", "第5周", "第6周"), stages);
        assertTrue(doc.text().contains("每分钟约 300 字"), "the page states the reading rate");
        assertFalse(doc.select("table.plan tbody tr td:nth-child(4)").eachText().stream().anyMatch(String::isBlank));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> stagesOf() throws IOException {
        Map<String, Object> yml = new Yaml().load(Files.readString(TestBooks.COURSE.resolve("book.yml")));
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) yml.get("editions")) {
            List<String> clusters = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) e.get("stages")) {
                clusters.addAll((List<String>) s.get("clusters"));
            }
            out.put((String) e.get("id"), clusters);
        }
        return out;
    }

    private static String shortTitle(Path md) throws IOException {
        String text = Files.readString(md);
        Map<String, Object> fm = new Yaml().load(text.substring(4, text.indexOf("\n---", 4)));
        return String.valueOf(fm.getOrDefault("short", fm.get("title")));
    }
}
