package dev.bookbuilder.pdf;

import dev.bookbuilder.edition.BookIndex;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.i18n.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The printed index: two columns a page, locators as page numbers (each page once, consecutive
 * pages as a range), sub-entries indented, see and see-also in italics. The renderer has no CSS
 * columns, so entries are dealt into columns by an estimate of the lines they take.
 */
final class PrintIndex {
    static final String PLACEHOLDER = "000";

    private PrintIndex() {
    }

    static Element build(BookIndex index, PrintLayout layout, Labels labels) {
        Element section = new Element("div").addClass("page").addClass("page-back").addClass("print-index");
        section.appendElement("div").addClass("rh-chapter").text(labels.get("page.index"));
        section.appendElement("h1").id(EditionAssembler.INDEX_ID).text(labels.get("page.index"));
        List<Element> items = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        int perLine = layout.indexColumnChars();
        for (BookIndex.Group g : index.groups()) {
            items.add(new Element("p").addClass("ix-group").text(g.heading()));
            heights.add(2);
            for (BookIndex.Entry e : g.entries()) {
                items.add(entry(e, "ix-entry", labels));
                heights.add(lines(e, perLine));
                for (BookIndex.Entry sub : e.subEntries()) {
                    items.add(entry(sub, "ix-sub", labels));
                    heights.add(lines(sub, perLine - 2));
                }
            }
        }
        for (int n = 0; n < items.size(); n++) {
            items.get(n).id(IndexColumns.ITEM_ID + n); // measured after layout, to deal the columns again (IndexColumns)
        }
        int first = layout.indexColumnLines() - 4; // the heading takes the top of the first page
        int i = 0;
        while (i < items.size()) {
            int capacity = section.select("table").isEmpty() ? first : layout.indexColumnLines();
            Element row = section.appendElement("table").addClass("ix-page").appendElement("tbody").appendElement("tr");
            for (int col = 0; col < 2; col++) {
                Element cell = row.appendElement("td").addClass("ix-col");
                if (col == 0) {
                    row.appendElement("td").addClass("ix-gap");
                }
                int used = 0;
                while (i < items.size() && (used == 0 || used + heights.get(i) <= capacity)) {
                    // A group heading never ends a column.
                    if (items.get(i).hasClass("ix-group") && i + 1 < items.size() && used + heights.get(i) + heights.get(i + 1) > capacity && used > 0) {
                        break;
                    }
                    cell.appendChild(items.get(i));
                    used += heights.get(i);
                    i++;
                }
            }
        }
        return section;
    }

    private static Element entry(BookIndex.Entry e, String cls, Labels labels) {
        Element p = new Element("p").addClass(cls);
        p.appendElement("span").addClass("ix-term").text(e.term());
        if (!e.locators().isEmpty()) {
            p.appendText(" ");
            p.appendElement("span").addClass("ix-pages")
                    .attr("data-targets", String.join(" ", e.locators().stream()
                            .map(l -> l.wholePage() ? l.anchorId() + ".." + PrintDocument.endId(l.page().id()) : l.anchorId()).toList()))
                    .text(PLACEHOLDER);
        }
        if (e.see() != null) {
            p.appendText(e.locators().isEmpty() ? " " : labels.get("index.beforeSee"));
            heldTail(p.appendElement("span").addClass("ix-see"), labels.get("index.see") + " " + e.see());
        }
        if (!e.seeAlso().isEmpty()) {
            p.appendText(labels.get("index.beforeSeeAlso"));
            heldTail(p.appendElement("span").addClass("ix-see"), labels.get("index.seeAlso") + " " + labels.join(e.seeAlso()));
        }
        return p;
    }

    /**
     * The text, its last two characters joined by a word joiner: an entry's last line never holds one
     * character. (Not an inline block, as elsewhere: in this italic text the renderer placed one over
     * the characters before it.)
     */
    private static void heldTail(Element span, String text) {
        if (text.codePointCount(0, text.length()) < 2) {
            span.appendText(text);
            return;
        }
        int cut = text.offsetByCodePoints(text.length(), -1);
        span.appendText(text.substring(0, cut) + "\u2060" + text.substring(cut));
    }

    /** Lines an entry takes in a column: its text width, with page numbers at about four columns each. */
    private static int lines(BookIndex.Entry e, int columnsPerLine) {
        int width = width(e.term()) + 1 + 5 * (int) e.locators().stream().map(l -> l.page().id()).distinct().count();
        if (e.see() != null) {
            width += 4 + width(e.see());
        }
        for (String s : e.seeAlso()) {
            width += 2 + width(s);
        }
        return Math.max(1, (width + columnsPerLine - 1) / columnsPerLine);
    }

    static int width(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp > 0x2E80 ? 2 : 1).sum();
    }

    /** All anchors the index points at (for a whole question, its start). */
    static List<String> targets(Document doc) {
        List<String> out = new ArrayList<>();
        doc.select(".ix-pages").forEach(s -> {
            for (String t : s.attr("data-targets").split(" ")) {
                out.add(t.split("\\.\\.")[0]); // a range's end is computed from the page that follows
            }
        });
        return out;
    }

    /**
     * Writes page numbers: each page once, runs of consecutive pages as a range (12–14); pages
     * before the body in lower-case Roman numerals, as they are printed.
     */
    static void fill(Document doc, Map<String, Integer> physicalPage, int bodyStart) {
        for (Element span : doc.select(".ix-pages")) {
            TreeSet<Integer> front = new TreeSet<>();
            TreeSet<Integer> body = new TreeSet<>();
            for (String target : span.attr("data-targets").split(" ")) {
                // "start..end": a whole question, every page it covers.
                String[] ends = target.split("\\.\\.");
                Integer from = physicalPage.get(ends[0]);
                Integer to = physicalPage.get(ends[ends.length - 1]);
                if (from == null || to == null) {
                    continue;
                }
                for (int n = from; n <= to; n++) {
                    (n < bodyStart ? front : body).add(n < bodyStart ? n : n - bodyStart + 1);
                }
            }
            List<String> parts = new ArrayList<>(front.stream().map(PrintIndex::roman).toList());
            if (!body.isEmpty()) {
                parts.addAll(List.of(ranges(body).split(", ")));
            }
            span.text(String.join(", ", parts));
        }
    }

    static String roman(int n) {
        String[] r = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(r[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }

    static String ranges(TreeSet<Integer> pages) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer prev = null;
        for (int p : pages) {
            if (prev != null && p == prev + 1) {
                prev = p;
                continue;
            }
            if (start != null) {
                parts.add(range(start, prev));
            }
            start = p;
            prev = p;
        }
        if (start != null) {
            parts.add(range(start, prev));
        }
        return String.join(", ", parts);
    }

    /** "12–14", with a word joiner after the dash: a range never breaks across lines. */
    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "\u2013\u2060" + to;
    }
}
