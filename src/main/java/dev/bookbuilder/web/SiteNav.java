package dev.bookbuilder.web;

import dev.bookbuilder.edition.Page;
import dev.bookbuilder.edition.TocEntry;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The edition's table of contents as the site's sidebar: every page, the chapter of the open page
 * unfolded (a {@code details} element, so it needs no script), and the open page's own sections.
 */
final class SiteNav {
    private final List<TocEntry> toc;

    SiteNav(List<TocEntry> toc) {
        this.toc = toc;
    }

    /** The sidebar's list for a reader on {@code current}. */
    String html(Page current) {
        StringBuilder out = new StringBuilder();
        list(toc, current, out);
        return out.toString();
    }

    private void list(List<TocEntry> entries, Page current, StringBuilder out) {
        out.append("<ul>");
        for (TocEntry e : entries) {
            boolean section = e.fragment() != null;
            if (section && !e.page().id().equals(current.id())) {
                continue; // another page's headings: the page's own entry is enough
            }
            boolean here = !section && e.page().id().equals(current.id());
            List<TocEntry> children = e.children();
            out.append("<li>");
            if (!children.isEmpty() && !section && visible(children, current)) {
                out.append(contains(e, current) ? "<details open=\"\">" : "<details>").append("<summary>");
                link(e, here, out);
                out.append("</summary>");
                list(children, current, out);
                out.append("</details>");
            } else {
                link(e, here, out);
                if (!children.isEmpty() && section) {
                    list(children, current, out);
                }
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private static void link(TocEntry e, boolean here, StringBuilder out) {
        out.append("<a href=\"").append(Entities.escape(SiteNames.link(e.href()))).append('"');
        if (here) {
            out.append(" aria-current=\"page\"");
        }
        out.append('>').append(Entities.escape(e.label())).append("</a>");
    }

    /** True when some child would be listed for a reader on {@code current}. */
    private static boolean visible(List<TocEntry> children, Page current) {
        return children.stream().anyMatch(c -> c.fragment() == null || c.page().id().equals(current.id()));
    }

    private static boolean contains(TocEntry e, Page current) {
        return e.page().id().equals(current.id()) || e.children().stream().anyMatch(c -> contains(c, current));
    }
}
