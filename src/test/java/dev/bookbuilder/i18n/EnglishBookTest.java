package dev.bookbuilder.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.testing.EpubCheckRunner;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English sample book (src/test/resources/books/english): its sources hold no Chinese, so no
 * Chinese character may appear in what the builder makes of it; its labels and numbers are English;
 * its EPUB passes EPUBCheck; its PDF hyphenates Latin words.
 */
class EnglishBookTest {
    static final Path SOURCE = Path.of("src/test/resources/books/english/chapters");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static Path out;
    private static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        out = Files.createTempDirectory("english-book-");
        result = TestBooks.build(SOURCE, out, TestBooks.BUILD_TIME);
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theSourcesHaveNoChineseCharacter() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".svg")).toList()) {
                assertTrue(!HAN.matcher(Files.readString(f)).find(), f + " must stay free of Chinese for this test to mean anything");
            }
        }
        assertEquals(List.of(), result.warnings().stream().map(d -> d.format(SOURCE)).toList());
    }

    @Test
    void theEpubsHoldNoChineseCharacterAndPassEpubCheck() {
        for (String edition : List.of("complete", "essentials")) {
            Path epub = out.resolve("english-sample-" + edition + ".epub");
            Map<String, String> files = EpubFiles.read(epub);
            files.forEach((name, text) -> {
                if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx")) {
                    Matcher m = HAN.matcher(text);
                    assertTrue(!m.find(), () -> edition + " " + name + " has Chinese: …"
                            + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 20)) + "…");
                }
            });
            EpubCheckRunner.Verdict verdict = EpubCheckRunner.check(epub);
            assertTrue(verdict.clean(), () -> edition + ": " + verdict);
        }
    }

    @Test
    void theEpubSpeaksEnglish() {
        Map<String, String> files = EpubFiles.read(out.resolve("english-sample-complete.epub"));
        String all = files.entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml") || e.getKey().endsWith(".opf"))
                .map(Map.Entry::getValue).collect(Collectors.joining("\n"));
        for (String label : List.of("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\"",
                ">Contents<", ">Study plan<", ">Chapter 1<", "Chapter 2: Practice", ">Figure 1.1<", ">Table 1.1<",
                "Equation (1.1)", ">Note<", ">Tip<", ">References<", ">Index<", ">see also <", "Cited in", "Ada Example, Alan Sample",
                "transposed", "over", "square root of")) {
            assertTrue(all.contains(label), "the EPUB says " + label);
        }
        // Sorted as English readers look things up: Élan under E, between attention and key-value cache.
        String index = files.get("OEBPS/book-index.xhtml");
        List<Integer> at = List.of("attention", "Élan", "key-value cache", "memoization").stream()
                .map(t -> index.indexOf("index-term\">" + t + "<")).toList();
        assertTrue(at.get(0) >= 0 && at.stream().sorted().toList().equals(at), "entries in English order: " + index);
        assertTrue(index.contains("<h2>E</h2>"), "É is grouped under E");
        // A link to a page the essentials edition leaves out says where it is, in English.
        String caching = EpubFiles.read(out.resolve("english-sample-essentials.epub")).get("OEBPS/caching.xhtml");
        assertTrue(caching.contains("(see 2.1 Serving in the complete edition)"), caching);
    }

    @Test
    void thePdfHasEnglishLabelsAndNoChineseCharacter() throws IOException {
        String text = pdfText(out.resolve("english-sample-complete.pdf"));
        Matcher m = HAN.matcher(text);
        assertTrue(!m.find(), () -> "the PDF has Chinese: …" + text.substring(Math.max(0, m.start() - 40), m.end()) + "…");
        for (String label : List.of("Contents", "Chapter 1: Foundations", "Figure 1.1", "Table 1.1", "Equation (1.1)", "Study plan",
                "Index", "References", "see also", "Ada Example, Alan Sample")) {
            assertTrue(text.contains(label), "the PDF says " + label);
        }
        assertTrue(Pattern.compile("section \\(p\\.\\s\\d+\\)").matcher(text).find(), "a cross-reference prints its page: " + text);
    }

    /** A line that ends in "word-" whose next line starts with the rest of a word of the sources: hyphenated, not a compound. */
    @Test
    void thePdfHyphenatesLatinWords() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(SOURCE)) {
            sources = files.filter(p -> p.toString().endsWith(".md")).map(EnglishBookTest::read).collect(Collectors.joining("\n"));
        }
        List<String> lines = List.of(pdfText(out.resolve("english-sample-complete.pdf")).split("\\R"));
        List<String> hyphenated = new ArrayList<>();
        Pattern end = Pattern.compile("([A-Za-z]+)-$");
        Pattern start = Pattern.compile("^([a-z]+)");
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher a = end.matcher(lines.get(i).strip());
            Matcher b = start.matcher(lines.get(i + 1).strip());
            if (a.find() && b.find()) {
                String word = a.group(1) + b.group(1);
                if (Pattern.compile("\\b" + word + "\\b").matcher(sources).find()
                        && !sources.contains(a.group(1) + "-" + b.group(1))) {
                    hyphenated.add(a.group(1) + "-" + b.group(1));
                }
            }
        }
        assertTrue(hyphenated.size() >= 2, "lines end in a hyphenated word: " + hyphenated);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // lines as they are drawn, boxes and all
            return stripper.getText(doc);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
