package dev.bookbuilder.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;

/**
 * The index's two columns dealt by measure. {@link PrintIndex} deals entries into columns by an
 * estimate of the lines each takes, which leaves columns of unequal length; after a layout the
 * entries' real heights are known, so they are dealt again: each page's columns filled to the foot
 * before the next page begins, and the last page's two columns of equal length.
 */
final class IndexColumns {
    static final String ITEM_ID = "ix-item-";

    private IndexColumns() {
    }

    /**
     * The print document with the index alone in its body, or null when it has no index in columns. The
     * index opens a page of its own and nothing before it changes its entries' heights, so a layout of
     * this small document measures them as a layout of the whole would, for a fraction of its cost.
     */
    static Document alone(Document html) {
        Element index = html.selectFirst(".print-index");
        if (index == null || index.select("table.ix-page").isEmpty()) {
            return null;
        }
        Document alone = html.shallowClone();
        alone.appendChild(html.child(0).shallowClone());
        alone.child(0).appendChild(html.head().clone());
        alone.child(0).appendChild(html.body().shallowClone());
        alone.body().appendChild(index.clone());
        return alone;
    }

    /** Deals the index's entries again by their measured heights; whether any entry changed column. */
    static boolean rebalance(Document html, ITextRenderer renderer) {
        Element index = html.selectFirst(".print-index");
        if (index == null || index.select("table.ix-page").isEmpty()) {
            return false;
        }
        Map<String, Box> boxes = renderer.getSharedContext().getIdMap();
        List<Element> items = new ArrayList<>();
        for (Element cell : index.select("td.ix-col")) {
            items.addAll(cell.children());
        }
        List<Box> measured = items.stream().map(e -> boxes.get(e.id())).toList();
        if (measured.contains(null)) {
            return false;
        }
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        int[] heights = heights(items, measured);
        PageBox firstPage = pageOf(pages, measured.get(0).getAbsY());
        int line = measured.stream().mapToInt(Box::getHeight).min().orElse(1);
        // Half a line to spare: an entry that overran the foot would carry its whole row to the next page.
        int full = firstPage.getBottom() - firstPage.getTop() - line / 2;
        int capacity = firstPage.getBottom() - measured.get(0).getAbsY() - line / 2;

        List<List<List<Element>>> dealt = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int rest = 0;
            for (int j = i; j < items.size(); j++) {
                rest += heights[j];
            }
            // The last page: two columns of equal length; before it, each column full.
            int limit = rest <= 2 * capacity ? (rest + 1) / 2 + line / 2 : capacity;
            List<List<Element>> page = new ArrayList<>();
            for (int col = 0; col < 2; col++) {
                List<Element> column = new ArrayList<>();
                int used = 0;
                int columnLimit = col == 0 ? limit : capacity;
                while (i < items.size() && (column.isEmpty() || used + heights[i] <= columnLimit)) {
                    boolean heading = items.get(i).hasClass("ix-group");
                    if (heading && !column.isEmpty() && i + 1 < items.size() && used + heights[i] + heights[i + 1] > columnLimit) {
                        break; // a group heading never ends a column
                    }
                    column.add(items.get(i));
                    used += heights[i];
                    i++;
                }
                page.add(column);
            }
            dealt.add(page);
            capacity = full;
        }
        if (sameAsNow(index, dealt)) {
            return false;
        }
        Element h1 = index.selectFirst("h1");
        index.select("table.ix-page").remove();
        Element after = h1;
        for (List<List<Element>> page : dealt) {
            Element table = new Element("table").addClass("ix-page");
            Element row = table.appendElement("tbody").appendElement("tr");
            row.appendElement("td").addClass("ix-col").appendChildren(page.get(0));
            row.appendElement("td").addClass("ix-gap");
            row.appendElement("td").addClass("ix-col").appendChildren(page.get(1));
            after.after(table);
            after = table;
        }
        return true;
    }

    /** Each item's height: the distance to the next one in its column (margins included), else its own height and margins. */
    private static int[] heights(List<Element> items, List<Box> boxes) {
        int[] h = new int[items.size()];
        for (int k = 0; k < items.size(); k++) {
            Element next = k + 1 < items.size() ? items.get(k + 1) : null;
            boolean sameColumn = next != null && next.parent() == items.get(k).parent();
            h[k] = sameColumn ? boxes.get(k + 1).getAbsY() - boxes.get(k).getAbsY()
                    : boxes.get(k).getHeight() + (items.get(k).hasClass("ix-group") ? boxes.get(k).getHeight() / 2 : 0);
        }
        return h;
    }

    private static PageBox pageOf(List<PageBox> pages, int y) {
        for (PageBox p : pages) {
            if (p.getTop() <= y && y < p.getBottom()) {
                return p;
            }
        }
        return pages.get(pages.size() - 1);
    }

    private static boolean sameAsNow(Element index, List<List<List<Element>>> dealt) {
        List<Element> cells = index.select("td.ix-col");
        if (cells.size() != dealt.size() * 2) {
            return false;
        }
        for (int k = 0; k < cells.size(); k++) {
            if (!cells.get(k).children().equals(dealt.get(k / 2).get(k % 2))) {
                return false;
            }
        }
        return true;
    }
}
