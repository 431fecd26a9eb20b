package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The complete edition read as a book designer reads it: each line printed once, the contents naming
 * the front and back matter, no slanted Chinese, no label parted from its number, justified lines
 * flush on the right with no holes.
 */
class PrintTypesettingTest {
    private static PdfPages pdf;

    @BeforeAll
    static void open() {
        var book = new PdfNavigationTest.Book(TestBooks.COURSE, "llm-interview-100");
        pdf = new PdfPages(TestBooks.printed(TestBooks.COURSE, "llm-interview-100"), book.config());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /** Every glyph drawn, clipped or not, grouped into rows by baseline: y → glyphs left to right. */
    static TreeMap<Integer, List<TextPosition>> rows(PdfPages pdf, int page) {
        TreeMap<Integer, List<TextPosition>> rows = new TreeMap<>();
        for (TextPosition t : pdf.glyphs(page)) {
            rows.computeIfAbsent(Math.round(t.getYDirAdj()), y -> new ArrayList<>()).add(t);
        }
        rows.values().forEach(r -> r.sort(Comparator.comparingDouble(TextPosition::getXDirAdj)));
        return rows;
    }

    static String text(List<TextPosition> row) {
        return row.stream().map(TextPosition::getUnicode).reduce("", String::concat).strip();
    }

    @Test
    void noLineIsDrawnOnTwoPages() {
        assertEquals(List.of(), drawnTwice(pdf));
    }

    /**
     * Lines of text drawn (clipped away) in the bottom margin of one page that the next page prints in
     * its text block, or drawn in the top margin of a page that the page before prints.
     */
    static List<String> drawnTwice(PdfPages pdf) {
        List<String> twice = new ArrayList<>();
        double top = pdf.textBlockTop();
        for (int p = 1; p < pdf.count(); p++) {
            double bottom = pdf.textBlockBottom(p);
            List<String> here = pdf.body(p);
            List<String> next = pdf.body(p + 1);
            for (var row : rows(pdf, p).values()) {
                String s = text(row).replace(" ", "");
                if (row.get(0).getYDirAdj() - row.get(0).getHeightDir() > bottom && s.length() >= 2 && !s.equals(pdf.folio(p))
                        && next.stream().anyMatch(l -> l.replace(" ", "").equals(s))) {
                    twice.add("foot of page " + p + ", and page " + (p + 1) + ": " + s);
                }
            }
            for (var row : rows(pdf, p + 1).values()) {
                String s = text(row).replace(" ", "");
                if (row.get(0).getYDirAdj() < top && s.length() >= 2 && !s.equals(pdf.runningHead(p + 1).replace(" ", "")) && here.stream().anyMatch(l -> l.replace(" ", "").equals(s))) {
                    twice.add("top of page " + (p + 1) + ", and page " + p + ": " + s);
                }
            }
        }
        return twice;
    }

    @Test
    void theContentsListTheFrontAndBackMatterWithTheirFolios() throws IOException {
        assertEquals(List.of(), contentsFaults(pdf));
    }

    private static final Pattern TOC_LINE = Pattern.compile("(.+?)[ .]*\\s([0-9]+|[ivxlc]+)");

    static List<String> contentsFaults(PdfPages pdf) throws IOException {
        String[] labels = pdf.doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        List<String> entries = new ArrayList<>();
        int first = -1;
        for (int p = 1; p <= pdf.count() && (first < 0 || p < first + 6); p++) {
            List<String> body = pdf.body(p);
            if (!body.isEmpty() && body.get(0).equals("目录")) {
                first = first < 0 ? p : first;
            }
            if (first < 0) {
                continue;
            }
            int before = entries.size();
            for (String line : body) {
                Matcher m = TOC_LINE.matcher(line.replaceAll("(\\s*\\.)+\\s*", " ").strip());
                if (m.matches()) {
                    entries.add(m.group(1).strip() + "\t" + m.group(2));
                }
            }
            if (entries.size() == before) {
                break; // past the contents
            }
        }
        List<String> faults = new ArrayList<>();
        for (String wanted : List.of("前言", "如何阅读本书", "学习计划", "参考文献", "索引")) {
            String entry = entries.stream().filter(e -> e.startsWith(wanted + "\t")).findFirst().orElse(null);
            if (entry == null) {
                faults.add("the contents do not list " + wanted);
                continue;
            }
            String folio = entry.split("\t")[1];
            int page = java.util.Arrays.asList(labels).indexOf(folio) + 1;
            if (page < 1 || pdf.body(page).stream().limit(3).noneMatch(l -> l.replace(" ", "").equals(wanted))) {
                faults.add(wanted + " is listed on page " + folio + ", which does not open with it");
            }
        }
        assertTrue(entries.size() > 70, "contents entries read: " + entries.size());
        // In the order of the pages: each entry's page follows the one before.
        int previous = 0;
        for (String e : entries) {
            int page = java.util.Arrays.asList(labels).indexOf(e.split("\t")[1]) + 1;
            if (page < previous) {
                faults.add("the contents list " + e.replace('\t', ' ') + " after a later page");
            }
            previous = Math.max(previous, page);
        }
        return faults;
    }

    @Test
    void chineseIsNeverSlanted() {
        int[] slantedLatin = {0};
        assertEquals(List.of(), slantedCjk(pdf, slantedLatin));
        assertTrue(slantedLatin[0] > 100, "italic Latin glyphs (code comments) found: " + slantedLatin[0]);
    }

    static List<String> slantedCjk(PdfPages pdf, int[] slantedLatin) {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= pdf.count(); p++) {
            for (TextPosition t : pdf.glyphs(p)) {
                var m = t.getTextMatrix();
                boolean slanted = Math.abs(m.getShearX()) > 0.01 * Math.abs(m.getScaleY());
                if (!slanted) {
                    continue;
                }
                int cp = t.getUnicode().isEmpty() ? 0 : t.getUnicode().codePointAt(0);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) {
                    if (out.size() < 20) {
                        out.add("page " + p + ": " + t.getUnicode());
                    }
                } else {
                    slantedLatin[0]++;
                }
            }
        }
        return out;
    }

    @Test
    void noLabelOrNumberIsPartedFromItsNumberOrUnit() {
        assertEquals(List.of(), partedNumbers(pdf));
    }

    private static final Pattern LABEL_END = Pattern.compile(".*[图表式](\\s*)$");
    private static final Pattern NUMBER_START = Pattern.compile("^[0-9(（].*");
    private static final Pattern DIGIT_END = Pattern.compile(".*[^0-9A-Za-z.\\-_/][0-9]+(\\.[0-9]+)?$");
    private static final Pattern UNIT_START = Pattern.compile("^(GB|MB|KB|TB|ms|倍|秒|页|%|B\\b|K\\b|M\\b).*");

    static List<String> partedNumbers(PdfPages pdf) {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= pdf.count(); p++) {
            List<String> lines = pdf.body(p);
            if (!lines.isEmpty() && lines.get(0).equals("索引")) {
                break; // index entries end with page numbers, and the next may begin with a letter
            }
            for (int i = 0; i + 1 < lines.size(); i++) {
                String a = lines.get(i);
                String b = lines.get(i + 1);
                if (LABEL_END.matcher(a).matches() && NUMBER_START.matcher(b).matches()
                        || DIGIT_END.matcher(a).matches() && UNIT_START.matcher(b).matches()) {
                    out.add("page " + p + ": `" + a.substring(Math.max(0, a.length() - 8)) + "` / `" + b.substring(0, Math.min(8, b.length())) + "`");
                }
            }
        }
        return out;
    }

    /**
     * A citation belongs to the words before it: no line begins with "[18]，" (122 did), and no paragraph ends with a
     * line that holds only "[14]。". The references, whose entries begin with their numbers, are not read.
     */
    @Test
    void noLineStartsWithACitation() {
        List<String> out = new ArrayList<>();
        int lines = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            List<String> body = pdf.body(p);
            if (!body.isEmpty() && body.get(0).equals("参考文献")) {
                break;
            }
            for (String line : body) {
                lines++;
                if (CITATION_START.matcher(line).matches()) {
                    out.add("page " + p + ": `" + line.substring(0, Math.min(16, line.length())) + "`");
                }
            }
        }
        assertTrue(lines > 5000, "lines read: " + lines);
        assertEquals(List.of(), out.stream().limit(12).toList(), out.size() + " lines start with a citation");
    }

    private static final Pattern CITATION_START = Pattern.compile("^\\[\\d+(, ?\\d+)*\\]([，。；：、）]|\\p{IsHan}|$).*");

    /**
     * A table column never parts a name at its hyphen: "TensorRT-" / "LLM" printed in a column of framework names (and,
     * before cells broke only between words, "TensorR" / "T-LLM"). Cells are the runs of a table line (0.88 em text) parted by more than 1.5 em; a cell's
     * next line starts where it starts.
     */
    @Test
    void tableCellsNeverSplitAName() {
        List<String> out = new ArrayList<>();
        int cells = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            List<List<TextPosition>> rows = new ArrayList<>(rows(pdf, p).values());
            for (int i = 0; i + 1 < rows.size(); i++) {
                for (List<TextPosition> cell : cells(rows.get(i))) {
                    cells++;
                    String a = text(cell);
                    double x = cell.get(0).getXDirAdj();
                    for (List<TextPosition> below : cells(rows.get(i + 1))) {
                        String b = text(below);
                        if (Math.abs(below.get(0).getXDirAdj() - x) < 1 && b.startsWith("/")) {
                            out.add("page " + p + ": `" + a + "` / `" + b + "`"); // "AWQ" / "/GPTQ/FP8"
                        }
                        if (Math.abs(below.get(0).getXDirAdj() - x) < 1 && a.matches(".*[A-Za-z0-9]-?$") && b.matches("^[A-Za-z0-9-].*")) {
                            String tail = a.replaceAll(".*[^A-Za-z0-9.\\-]", "");
                            String head = b.replaceAll("[^A-Za-z0-9.\\-].*", "");
                            if (tail.endsWith("-") && tail.length() > 1 && tail.length() + head.length() <= 16) {
                                out.add("page " + p + ": `" + tail + "` / `" + head + "`");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(cells > 300, "table cells read: " + cells);
        assertEquals(List.of(), out);
    }

    /** A table line's cells: its glyphs at table size, parted where the gap exceeds 1.5 em. */
    private static List<List<TextPosition>> cells(List<TextPosition> row) {
        List<List<TextPosition>> out = new ArrayList<>();
        List<TextPosition> cell = null;
        TextPosition last = null;
        for (TextPosition t : row) {
            if (Math.abs(t.getFontSize() - 0.88 * 10.5) > 0.15) {
                continue;
            }
            if (cell == null || t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 1.5 * t.getFontSize()) {
                cell = new ArrayList<>();
                out.add(cell);
            }
            cell.add(t);
            last = t;
        }
        return out;
    }

    @Test
    void justifiedLinesAreFlushAndHaveNoHoles() {
        List<String> faults = new ArrayList<>();
        int checked = justificationFaults(pdf, faults);
        assertTrue(checked > 1500, "justified lines checked: " + checked);
        assertEquals(List.of(), faults.stream().filter(f -> f.contains(" gap of ")).toList());
        // List items are justified too (143 of their lines ended ragged while they inherited left alignment).
        List<String> ragged = faults.stream().filter(f -> f.contains(" short: ")).toList();
        assertEquals(List.of(), ragged.stream().limit(10).toList(), ragged.size() + " of " + checked + " lines ragged");
    }

    /**
     * A body line followed, on its page, by another line of the same paragraph (it starts where this
     * one starts, or at the margin after an indented first line) is justified: it must end within a
     * quarter em of the text block's right edge, and no gap between two of its characters may exceed 1 em.
     */
    static int justificationFaults(PdfPages pdf, List<String> faults) {
        int checked = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            double[] block = pdf.textBlockX(p);
            List<List<TextPosition>> body = new ArrayList<>(rows(pdf, p).values());
            for (int i = 0; i + 1 < body.size(); i++) {
                List<TextPosition> row = body.get(i);
                List<TextPosition> next = body.get(i + 1);
                float em = row.get(0).getFontSize();
                if (!isBodyRow(row, pdf) || !isBodyRow(next, pdf) || Math.abs(em - 10.5) > 0.2) {
                    continue;
                }
                double x0 = row.get(0).getXDirAdj();
                double x1 = next.get(0).getXDirAdj();
                boolean indentedFirst = Math.abs(x0 - block[0] - 2 * em) < 1 && Math.abs(x1 - block[0]) < 1;
                boolean continued = Math.abs(x0 - x1) < 1 && (Math.abs(x0 - block[0]) < 1 || Math.abs(x0 - block[0] - 2 * em) < 1);
                double baselineStep = next.get(0).getYDirAdj() - row.get(0).getYDirAdj();
                if (!(indentedFirst || continued) || baselineStep > em * 1.9 || pdf.hasFormOnRow(p, row)) {
                    continue;
                }
                checked++;
                TextPosition last = row.get(row.size() - 1);
                double end = last.getXDirAdj() + last.getWidthDirAdj();
                if (block[1] - end > em / 4) {
                    faults.add("page " + p + " ends " + String.format("%.1f", (block[1] - end) / em) + " em short: " + text(row));
                }
                for (int g = 0; g + 1 < row.size(); g++) {
                    double gap = row.get(g + 1).getXDirAdj() - row.get(g).getXDirAdj() - row.get(g).getWidthDirAdj();
                    if (gap > em) {
                        faults.add("page " + p + " has a gap of " + String.format("%.1f", gap / em) + " em after `" + row.get(g).getUnicode()
                                + "`: " + text(row));
                        break;
                    }
                }
            }
        }
        return checked;
    }

    @Test
    void latinWordsInChineseLinesKeepTheirLettersTogether() {
        List<String> spaced = letterSpacedWords(pdf);
        assertEquals(List.of(), spaced.stream().limit(10).toList(), spaced.size() + " letter-spaced words");
    }

    /**
     * Two Latin letters or digits next to each other in a body line of Chinese text, drawn apart by more
     * than a twentieth of an em, on a line whose gaps between Chinese characters are narrower than
     * 0.28 em: justification spread into a Latin word ("L L a M A - 7 B") before the Chinese text took
     * its share (up to 0.3 em a gap).
     */
    static List<String> letterSpacedWords(PdfPages pdf) {
        List<String> out = new ArrayList<>();
        int words = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            for (List<TextPosition> row : rows(pdf, p).values()) {
                if (!isBodyRow(row, pdf) || row.stream().noneMatch(PrintTypesettingTest::han)) {
                    continue;
                }
                double widestHanGap = 0;
                for (int g = 0; g + 1 < row.size(); g++) {
                    if (han(row.get(g)) && han(row.get(g + 1))) {
                        widestHanGap = Math.max(widestHanGap, gap(row.get(g), row.get(g + 1)) / row.get(g).getFontSize());
                    }
                }
                for (int g = 0; g + 1 < row.size(); g++) {
                    TextPosition a = row.get(g);
                    TextPosition b = row.get(g + 1);
                    if (!latin(a) || !latin(b) || a.getFontSize() != b.getFontSize()) {
                        continue;
                    }
                    words++;
                    if (Math.abs(gap(a, b)) > a.getFontSize() / 20 && widestHanGap < 0.28) {
                        out.add("page " + p + ": " + String.format("%.2f", gap(a, b) / a.getFontSize()) + " em between `" + a.getUnicode()
                                + b.getUnicode() + "` in " + text(row));
                        break;
                    }
                }
            }
        }
        assertTrue(words > 1000, "letter pairs checked: " + words);
        return out;
    }

    private static double gap(TextPosition a, TextPosition b) {
        return b.getXDirAdj() - a.getXDirAdj() - a.getWidthDirAdj();
    }

    @Test
    void theGapBetweenChineseAndLatinTextStretchesNoMoreThanTheGapsBetweenCharacters() {
        // Both sides of the space that parts the scripts stretched: "从  ReLU  到  SwiGLU" spread twice as far around a
        // Latin word as between two Chinese characters. The parting is a word space (a quarter em) plus one gap's stretch.
        List<String> wide = new ArrayList<>();
        int parted = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            for (List<TextPosition> row : rows(pdf, p).values()) {
                if (!isBodyRow(row, pdf)) {
                    continue;
                }
                double stretch = 0;
                int pairs = 0;
                for (int g = 0; g + 1 < row.size(); g++) {
                    if (han(row.get(g)) && han(row.get(g + 1)) && row.get(g).getFontSize() == row.get(g + 1).getFontSize()) {
                        stretch += gap(row.get(g), row.get(g + 1)) / row.get(g).getFontSize();
                        pairs++;
                    }
                }
                if (pairs < 5 || stretch / pairs < 0.2 || stretch / pairs > 0.29) {
                    continue; // little to spread, both ways look alike; or so much that Latin words are spaced too
                }
                stretch /= pairs;
                for (int g = 0; g + 1 < row.size(); g++) {
                    TextPosition a = row.get(g);
                    int next = g + 1;
                    while (next + 1 < row.size() && row.get(next).getUnicode().isBlank()) {
                        next++; // the space itself, where the text has one
                    }
                    TextPosition b = row.get(next);
                    if (han(a) && latin(b) && a.getFontSize() == b.getFontSize()) {
                        parted++;
                        double em = gap(a, b) / a.getFontSize();
                        if (em - stretch > 0.4) {
                            wide.add(String.format("page %d: %.2f em before `%s` where characters part by %.2f em, in %s", p, em, b.getUnicode(), stretch, text(row)));
                        }
                    }
                }
            }
        }
        assertTrue(parted > 10, "partings on spread lines: " + parted);
        assertEquals(List.of(), wide.stream().limit(10).toList(), wide.size() + " wide partings");
    }

    @Test
    void hanAndLatinTextArePartedByAGap() {
        List<String> joined = unpartedScripts(pdf);
        assertEquals(List.of(), joined.stream().limit(10).toList(), joined.size() + " joins without a gap");
    }

    /**
     * A Han character and a Latin letter or digit of the same size drawn next to each other with less than a
     * tenth of an em between them, outside code: the gap ScriptGaps makes was not printed ("见Multi-Head").
     */
    static List<String> unpartedScripts(PdfPages pdf) {
        List<String> out = new ArrayList<>();
        int joins = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            for (List<TextPosition> row : rows(pdf, p).values()) {
                for (int g = 0; g + 1 < row.size(); g++) {
                    TextPosition a = row.get(g);
                    TextPosition b = row.get(g + 1);
                    if (b.getUnicode().isBlank() && g + 2 < row.size() && meet(a, row.get(g + 2))) {
                        joins++; // parted by a space glyph
                        continue;
                    }
                    if (!meet(a, b) || a.getFontSize() != b.getFontSize() || isCode(a) || isCode(b)) {
                        continue;
                    }
                    joins++;
                    double gap = b.getXDirAdj() - a.getXDirAdj() - a.getWidthDirAdj();
                    if (gap < a.getFontSize() / 10) {
                        out.add("page " + p + ": `" + a.getUnicode() + b.getUnicode() + "` in " + text(row));
                        break;
                    }
                }
            }
        }
        assertTrue(joins > 1000, "Han–Latin joins checked: " + joins);
        return out;
    }

    private static boolean meet(TextPosition a, TextPosition b) {
        return han(a) && latin(b) || latin(a) && han(b);
    }

    private static boolean han(TextPosition t) {
        int c = t.getUnicode().codePointAt(0);
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    private static boolean latin(TextPosition t) {
        return t.getUnicode().matches("[A-Za-z0-9]");
    }

    private static boolean isCode(TextPosition t) {
        String font = t.getFont().getName();
        return font != null && font.contains("Mono");
    }

    @Test
    void noCharacterIsDrawnOverAnother() {
        assertEquals(List.of(), overlaps(pdf).stream().limit(20).toList());
    }

    /** Two glyphs of one row of the text block that share more than a third of the narrower's width. */
    static List<String> overlaps(PdfPages pdf) {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= pdf.count(); p++) {
            double top = pdf.textBlockTop();
            double bottom = pdf.textBlockBottom(p);
            for (List<TextPosition> row : rows(pdf, p).values()) {
                for (int i = 0; i + 1 < row.size(); i++) {
                    TextPosition a = row.get(i);
                    TextPosition b = row.get(i + 1);
                    double shared = a.getXDirAdj() + a.getWidthDirAdj() - b.getXDirAdj();
                    double narrower = Math.min(a.getWidthDirAdj(), b.getWidthDirAdj());
                    // Compressed punctuation (，“ set as clreq sets it) shares the first mark's blank half, and no more.
                    boolean compressed = a.getUnicode().length() == 1 && b.getUnicode().length() == 1
                            && PunctuationCompression.halves(a.getUnicode() + b.getUnicode(), 0) && shared <= a.getWidthDirAdj() / 2 + 0.5;
                    if (a.getYDirAdj() > top && a.getYDirAdj() < bottom && narrower > 1 && shared > narrower / 3 && !compressed
                            && !a.getUnicode().isBlank() && !b.getUnicode().isBlank()) {
                        out.add("page " + p + ": `" + a.getUnicode() + b.getUnicode() + "` in " + text(row));
                        break;
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theIndexColumnsAreFullOrBalanced() {
        assertEquals(List.of(), indexColumnFaults(pdf));
    }

    /**
     * On every index page but the last, both columns reach the foot of the text block (within three
     * lines: a group heading does not end a column without its first entry); on the last, the two
     * columns end within two lines of each other.
     */
    static List<String> indexColumnFaults(PdfPages pdf) {
        int first = -1;
        for (int p = pdf.count(); p >= 1 && first < 0; p--) {
            List<String> body = pdf.body(p);
            if (!body.isEmpty() && body.get(0).equals("索引")) {
                first = p;
            }
        }
        assertTrue(first > 0, "the index's first page");
        List<String> faults = new ArrayList<>();
        for (int p = first; p <= pdf.count(); p++) {
            double[] x = pdf.textBlockX(p);
            double mid = (x[0] + x[1]) / 2;
            double bottom = pdf.textBlockBottom(p);
            double left = 0;
            double right = 0;
            double line = 0;
            for (TextPosition t : pdf.glyphs(p)) {
                if (t.getYDirAdj() > bottom || t.getYDirAdj() < pdf.textBlockTop()) {
                    continue;
                }
                line = Math.max(line, t.getFontSize() * 1.5);
                if (t.getXDirAdj() < mid) {
                    left = Math.max(left, t.getYDirAdj());
                } else {
                    right = Math.max(right, t.getYDirAdj());
                }
            }
            if (p < pdf.count() && (bottom - left > 3 * line || bottom - right > 3 * line)) {
                faults.add("index page " + p + " continues on the next page with columns ending "
                        + Math.round(bottom - left) + " and " + Math.round(bottom - right) + " pt above the foot");
            }
            if (p == pdf.count() && Math.abs(left - right) > 2 * line) {
                faults.add("the index's last page has columns of " + Math.round(left) + " and " + Math.round(right) + " pt");
            }
        }
        return faults;
    }

    /** A row of the text block in the body's serif (not code, not a table, not a heading). */
    private static boolean isBodyRow(List<TextPosition> row, PdfPages pdf) {
        String font = row.get(0).getFont().getName();
        return font != null && !font.contains("Mono") && !font.contains("Sans") && row.stream().allMatch(t -> t.getFontSize() > 10);
    }
}
