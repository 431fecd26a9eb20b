package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Every diagram and chart of the course is drawn, as vectors, in both formats; none is left as its source. */
class CourseFiguresTest {
    private static final Pattern FENCE = Pattern.compile("(?m)^```(plantuml|chart)\\b");

    private static int figureBlocksInSources() throws IOException {
        int n = 0;
        try (Stream<Path> s = Files.walk(TestBooks.COURSE)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).toList()) {
                Matcher m = FENCE.matcher(Files.readString(p));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyFigureIsAnSvgInTheEpubWithAltTextAndNoneIsLeftAsSource() throws IOException {
        Map<String, String> epub = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete"));
        String opf = epub.entrySet().stream().filter(e -> e.getKey().endsWith(".opf")).findFirst().orElseThrow().getValue();
        List<String> drawn = new ArrayList<>();
        for (var e : epub.entrySet()) {
            if (!e.getKey().endsWith(".xhtml")) {
                continue;
            }
            String page = e.getValue();
            assertFalse(page.contains("@startuml") || page.contains("language-plantuml") || page.contains("language-chart"),
                    e.getKey() + " shows a figure's source");
            for (Element img : Jsoup.parse(page, "", Parser.xmlParser()).select("img.figure-image")) {
                String src = img.attr("src");
                String dir = e.getKey().contains("/") ? e.getKey().substring(0, e.getKey().lastIndexOf('/') + 1) : "";
                String svg = epub.get(dir + src);
                assertTrue(svg != null && svg.startsWith("<svg"), src + " is packaged as SVG");
                assertFalse(svg.contains("<text") || svg.contains("<script") || svg.contains("<image"), src + " is pure outlines");
                assertFalse(img.attr("alt").isBlank(), src + " has alt text");
                assertTrue(opf.contains("href=\"" + src + "\"") && opf.contains("image/svg+xml"), src + " is in the manifest");
                drawn.add(src);
            }
        }
        assertEquals(figureBlocksInSources(), drawn.size(), "one drawn figure per ```plantuml / ```chart block");
    }

    @Test
    void thePdfDrawsFiguresAsVectorsAndPrintsNoFigureSource() throws IOException {
        try (PdfPages pdf = new PdfPages(TestBooks.pdf(TestBooks.COURSE, "llm-interview-100", "complete"), PdfConfig.DEFAULT)) {
            String text = new PDFTextStripper().getText(pdf.doc);
            assertFalse(text.contains("@startuml") || text.contains("@enduml"), "no PlantUML source in the PDF");
            assertFalse(Pattern.compile("(?m)^type: (bar|hbar|line|scatter|grouped-bar)").matcher(text).find(), "no chart YAML in the PDF");
            List<String> images = new ArrayList<>();
            for (int p = 1; p <= pdf.count(); p++) {
                PDPage page = pdf.doc.getPage(p - 1);
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images.add("page " + p);
                    }
                }
            }
            assertEquals(List.of(), images, "the course has no photographs: every figure is vector forms");
        }
    }
}
