package dev.bookbuilder.markdown.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The raw HTML a book may hold, as docs/format.md lists it: which elements are kept, which are
 * dropped with their content, and which attributes each keeps. Alignment becomes a class, never
 * inline style, so that the stylesheets decide how it looks.
 */
public final class HtmlAllowList {
    /** Elements kept as they are (after attribute filtering). */
    private static final Set<String> KEPT = Set.of("div", "p", "span", "br", "hr", "sub", "sup", "kbd", "mark", "u", "s",
            "b", "i", "em", "strong", "small", "code", "del", "ins", "abbr", "blockquote", "pre", "ul", "ol", "li", "dl", "dt",
            "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "details", "summary", "table", "caption", "thead",
            "tbody", "tfoot", "tr", "th", "td", "a", "img");
    /** Elements that cannot be made safe or have no place in a book: dropped with all they hold. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed", "applet", "frame",
            "frameset", "form", "input", "button", "textarea", "select", "option", "link", "meta", "base", "svg", "math",
            "video", "audio", "source", "track", "canvas", "noscript", "template", "portal");
    private static final Set<String> ALIGNED = Set.of("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th");
    private static final Set<String> VOID = Set.of("br", "hr", "img");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "td", Set.of("colspan", "rowspan"), "th", Set.of("colspan", "rowspan", "scope"),
            "abbr", Set.of("title"), "ol", Set.of("start"));
    private static final Pattern ALIGNMENT = Pattern.compile("left|center|right|justify");
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)^(https?:|mailto:).*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private HtmlAllowList() {
    }

    /** The element's name in the output ({@code center} is a centred div), or null when it is not kept. */
    static String keptName(String tag) {
        return tag.equals("center") ? "div" : KEPT.contains(tag) ? tag : null;
    }

    static boolean isDropped(String tag) {
        return DROPPED.contains(tag);
    }

    static boolean isVoid(String tag) {
        return VOID.contains(tag);
    }

    /** What makes an attribute unsafe: event handlers and inline style; null for one that is merely not kept. */
    static String unsafeAttribute(String name) {
        return name.startsWith("on") ? "event handler" : name.equals("style") ? "inline style" : null;
    }

    /** Whether the attribute is kept on the element as it is. */
    static boolean keeps(String tag, String name, String value) {
        if (name.equals("colspan") || name.equals("rowspan") || name.equals("start")) {
            return ATTRIBUTES.getOrDefault(tag, Set.of()).contains(name) && NUMBER.matcher(value).matches();
        }
        return ATTRIBUTES.getOrDefault(tag, Set.of()).contains(name) || name.equals("lang") || name.equals("dir")
                && (value.equals("ltr") || value.equals("rtl"));
    }

    /** The class an {@code align} attribute becomes on this element, or null. */
    static String alignClass(String tag, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return (ALIGNED.contains(tag) || tag.equals("center")) && ALIGNMENT.matcher(v).matches() ? "align-" + v : null;
    }

    /** Whether an {@code href} may stay: links out of the book; a relative one is for Markdown links to resolve. */
    static boolean isSafeHref(String href) {
        return SAFE_HREF.matcher(href.strip()).matches();
    }

    /**
     * An image's {@code width} as a CSS width: percentages and lengths (em, cm, mm, in) as written, pixels
     * against a text column of 800 px (about a code host's page), so that an image keeps its share of the
     * page; empty for anything else.
     */
    public static String cssWidth(String width) {
        String w = width.strip().toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,3}(\\.\\d+)?%")) {
            return Double.parseDouble(w.substring(0, w.length() - 1)) > 100 ? "100%" : w;
        }
        if (w.matches("\\d{1,3}(\\.\\d+)?(em|cm|mm|in)")) {
            return w;
        }
        if (w.matches("\\d{1,5}(px)?")) {
            double percent = Math.min(100, Integer.parseInt(w.replace("px", "")) / 8.0);
            return percent < 1 ? "" : (Math.round(percent) + "%");
        }
        return "";
    }
}
