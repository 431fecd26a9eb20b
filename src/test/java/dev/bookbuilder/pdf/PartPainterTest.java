package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;

/**
 * The course's PDF is laid out and painted in runs of parts ({@link PartPainter}): a link or bookmark
 * whose target another run painted still leads to the page its target stands on.
 */
class PartPainterTest {
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?\\S)\\s*(?:\\.\\s*){3,}(\\d+)$");
    private static final Path PDF = TestBooks.printed(TestBooks.COURSE, "llm-interview-100");

    @Test
    void everyContentsLinkLeadsToThePageItNames() throws IOException {
        try (PdfPages pdf = new PdfPages(PDF, PdfNavigationTest.book("course").config())) {
            int contents = 1;
            while (!pdf.body(contents).stream().findFirst().orElse("").equals("目录")) {
                contents++;
            }
            List<String> wrong = new ArrayList<>();
            int checked = 0;
            // The contents' pages: their links lead to parts laid out and painted in runs after the contents' own.
            for (int p = contents; !pdf.body(p).stream().findFirst().orElse("").matches("第\\s*1\\s*章.*"); p++) {
                PDPage page = pdf.doc.getPage(p - 1);
                for (var a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionGoTo goTo)) {
                        continue;
                    }
                    Matcher m = TOC_LINE.matcher(PrintCrossRefsTest.textIn(pdf.glyphs(p), a.getRectangle(), page.getMediaBox().getHeight()));
                    if (!m.matches()) {
                        continue;
                    }
                    int target = page(pdf, goTo.getDestination());
                    checked++;
                    if (target <= p || !m.group(2).equals(pdf.folio(target))) {
                        wrong.add("`" + m.group(1) + "` names page " + m.group(2) + " but leads to the page numbered " + pdf.folio(target));
                    }
                }
            }
            assertTrue(checked >= 80, "contents links checked: " + checked);
            assertEquals(List.of(), wrong);
        }
    }

    @Test
    void everyQuestionsBookmarkLeadsToTheQuestionsFirstPage() throws IOException {
        try (PdfPages pdf = new PdfPages(PDF, PdfNavigationTest.book("course").config())) {
            List<String> wrong = new ArrayList<>();
            List<PDOutlineItem> items = new ArrayList<>();
            collect(pdf.doc.getDocumentCatalog().getDocumentOutline(), items);
            int checked = 0;
            for (PDOutlineItem item : items) {
                Matcher q = Pattern.compile("^(\\d+\\.\\d+) .*").matcher(item.getTitle());
                if (!q.matches()) {
                    continue;
                }
                int target = page(pdf, item.getDestination());
                checked++;
                String first = pdf.body(target).stream().findFirst().orElse("");
                if (!first.startsWith(q.group(1) + " ")) {
                    wrong.add(item.getTitle() + " leads to page " + pdf.folio(target) + ", which opens with `" + first + "`");
                }
            }
            assertTrue(checked >= 60, "question bookmarks checked: " + checked);
            assertEquals(List.of(), wrong);
        }
    }

    private static int page(PdfPages pdf, PDDestination dest) throws IOException {
        if (dest instanceof PDNamedDestination named) {
            dest = pdf.doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        return ((PDPageDestination) dest).retrievePageNumber() + 1;
    }

    private static void collect(PDOutlineNode node, List<PDOutlineItem> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(item);
            collect(item, out);
        }
    }
}
