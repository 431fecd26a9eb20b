package dev.bookbuilder.web;

import dev.bookbuilder.edition.Page;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** One page of the site: the rendered page's body in the site's frame (header, sidebar, previous and next). */
final class WebPage {
    /** The site's stylesheets, in the order the pages link them. */
    static final String BOOK_CSS = "styles/epub.css";
    static final String WEB_CSS = "styles/web.css";
    static final String PRINT_CSS = "styles/web-print.css";

    /** The neighbours of a page in reading order; null at either end. */
    record Neighbours(Page previous, Page next) {
    }

    private WebPage() {
    }

    static String html(String xhtml, Map<String, String> mathSvgs, Page page, Neighbours around, String bookTitle, String nav) {
        WebMarkup.Parts parts = WebMarkup.of(xhtml, mathSvgs);
        boolean zh = parts.lang().startsWith("zh");
        StringBuilder out = new StringBuilder(xhtml.length() + nav.length() + 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(parts.lang())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n<title>")
                .append(esc(parts.title().equals(bookTitle) ? bookTitle : parts.title() + " · " + bookTitle)).append("</title>\n");
        out.append("<link rel=\"stylesheet\" href=\"").append(BOOK_CSS).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(WEB_CSS).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(PRINT_CSS).append("\" media=\"print\">\n");
        if (around.previous() != null) {
            out.append("<link rel=\"prev\" href=\"").append(href(around.previous())).append("\">\n");
        }
        if (around.next() != null) {
            out.append("<link rel=\"next\" href=\"").append(href(around.next())).append("\">\n");
        }
        out.append("</head>\n<body class=\"web ").append(esc(parts.bodyClass())).append("\">\n");
        out.append("<a class=\"skip-link\" href=\"#main\">").append(zh ? "跳到正文" : "Skip to the text").append("</a>\n");
        out.append("<header class=\"site-header\"><a class=\"site-title\" href=\"").append(SiteNames.INDEX).append("\">")
                .append(esc(bookTitle)).append("</a> <a class=\"toc-link\" href=\"#site-nav\">")
                .append(zh ? "目录" : "Contents").append("</a></header>\n");
        out.append("<div class=\"site\">\n<main class=\"site-main\" id=\"main\">\n");
        parts.body().ownerDocument().outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8"); // void elements as <img />, valid HTML too
        out.append(parts.body().html()).append('\n');
        out.append("<nav class=\"pager\" aria-label=\"").append(zh ? "翻页" : "Pages").append("\">");
        pagerLink(around.previous(), "prev", zh ? "上一页" : "Previous", out);
        pagerLink(around.next(), "next", zh ? "下一页" : "Next", out);
        out.append("</nav>\n</main>\n");
        out.append("<nav class=\"site-nav\" id=\"site-nav\" aria-label=\"").append(zh ? "目录" : "Contents").append("\">")
                .append(nav).append("</nav>\n</div>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void pagerLink(Page page, String rel, String label, StringBuilder out) {
        if (page == null) {
            out.append("<span class=\"pager-").append(rel).append("\"></span>");
            return;
        }
        out.append("<a class=\"pager-").append(rel).append("\" rel=\"").append(rel).append("\" href=\"").append(href(page))
                .append("\"><span class=\"pager-label\">").append(label).append("</span> <span class=\"pager-title\">")
                .append(esc(page.numberedTitle(true))).append("</span></a>");
    }

    private static String href(Page page) {
        return esc(SiteNames.of(page.fileName()));
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
