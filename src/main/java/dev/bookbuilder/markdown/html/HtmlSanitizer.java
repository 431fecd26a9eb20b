package dev.bookbuilder.markdown.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Parses one piece of raw HTML with jsoup and writes back what {@link HtmlAllowList} keeps. Images come
 * out as parts of their own, to become image nodes of the page. Tags the source leaves open stay open
 * and stray closing tags are kept, because Markdown often sits between an opening and a closing tag.
 */
final class HtmlSanitizer {
    private static final Pattern CLOSING_TAGS = Pattern.compile("(?:\\s*</\\s*([A-Za-z][\\w-]*)\\s*>)+\\s*");
    private static final Pattern CLOSING_TAG = Pattern.compile("</\\s*([A-Za-z][\\w-]*)\\s*>");
    /** Elements that only wrap a figure; a block of nothing else around one image is that figure. */
    /** The author's own number before a caption ("图2.1 ", "Figure 3:"): the book numbers figures itself. */
    private static final Pattern AUTHOR_LABEL = Pattern.compile("^(图|表|Figure|Fig\\.?)\\s*[0-9]+([.\\-–][0-9]+)*\\s*[:：.]?\\s*");
    private static final List<String> WRAPPERS = List.of("div", "p", "center", "figure", "a", "span", "br", "figcaption");

    /** Safe markup, or an image; {@code offset} and {@code length} locate the image's tag in the raw HTML. */
    sealed interface Part permits Markup, Img {
    }

    record Markup(String html) implements Part {
    }

    record Img(int offset, int length, String src, String alt, String width, String caption) implements Part {
    }

    record Warning(int offset, String message) {
    }

    /** @param figure whether the HTML is one image with only wrappers and a caption around it */
    record Result(List<Part> parts, List<Warning> warnings, boolean figure) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private String figcaption = "";
    private Element caption;
    private boolean figure;

    private HtmlSanitizer() {
    }

    static Result sanitize(String raw) {
        HtmlSanitizer s = new HtmlSanitizer();
        if (CLOSING_TAGS.matcher(raw).matches()) {
            Matcher m = CLOSING_TAG.matcher(raw);
            while (m.find()) {
                String tag = m.group(1).toLowerCase(Locale.ROOT);
                // A <p> that stands apart from its end tag wraps Markdown blocks: it was opened as a div.
                String name = tag.equals("p") ? "div" : HtmlAllowList.keptName(tag);
                if (name != null && !HtmlAllowList.isVoid(name)) {
                    s.out.append("</").append(name).append('>');
                }
            }
            s.flush();
            return new Result(s.parts, s.warnings, false);
        }
        List<Node> nodes = Parser.htmlParser().setTrackPosition(true).parseFragmentInput(raw, new Element("body"), "");
        s.caption = captionElement(nodes);
        s.figure = isFigure(nodes, s.caption);
        if (s.figure && s.caption != null) {
            s.figcaption = AUTHOR_LABEL.matcher(s.caption.text().strip()).replaceFirst("");
        }
        nodes.forEach(s::write);
        s.flush();
        return new Result(s.parts, s.warnings, s.figure);
    }

    /**
     * The caption of an image in HTML: its {@code <figcaption>}, or the paragraph after it, as in
     * {@code <div align="center"><img …><p>图2.1 全连接神经网络</p></div>}.
     */
    private static Element captionElement(List<Node> nodes) {
        Element[] found = {null};
        boolean[] afterImage = {false};
        for (Node n : nodes) {
            n.traverse((node, depth) -> {
                if (node instanceof Element e) {
                    if (e.normalName().equals("img")) {
                        afterImage[0] = true;
                    } else if (e.normalName().equals("figcaption") || afterImage[0] && e.normalName().equals("p") && found[0] == null
                            && e.selectFirst("img") == null) {
                        found[0] = e;
                    }
                }
            });
        }
        return found[0];
    }

    private static boolean isFigure(List<Node> nodes, Element caption) {
        int[] images = {0};
        boolean[] other = {false};
        for (Node n : nodes) {
            n.traverse((node, depth) -> {
                boolean inCaption = caption != null && within(node, caption);
                if (node instanceof Element e) {
                    if (e.normalName().equals("img")) {
                        images[0]++;
                    } else if (!inCaption && !WRAPPERS.contains(e.normalName())) {
                        other[0] = true;
                    }
                } else if (node instanceof TextNode t && !t.isBlank() && !inCaption) {
                    other[0] = true;
                }
            });
        }
        return images[0] == 1 && !other[0];
    }

    private static boolean within(Node node, Element ancestor) {
        for (Node p = node; p != null; p = p.parentNode()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void write(Node node) {
        if (node instanceof TextNode t) {
            out.append(Entities.escape(t.getWholeText()));
        } else if (node instanceof Element e) {
            element(e);
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        int at = e.sourceRange().startPos();
        if (HtmlAllowList.isDropped(tag)) {
            warn(at, "raw HTML `<" + tag + ">` cannot be made safe: it is dropped with its content");
            return;
        }
        if (tag.equals("img")) {
            image(e);
            return;
        }
        if (e == caption && figure) {
            return; // it is the figure's numbered caption
        }
        var end = e.endSourceRange();
        boolean closedInSource = end.isTracked() && end.startPos() < end.endPos();
        // A <p> around a figure or around Markdown blocks holds blocks, which only a div may.
        String name = tag.equals("p") && (!closedInSource || figure) ? "div" : HtmlAllowList.keptName(tag);
        if (tag.equals("a") && !HtmlAllowList.isSafeHref(e.attr("href"))) {
            if (e.hasAttr("href") && !e.attr("href").isBlank()) {
                warn(at, "the link `" + e.attr("href") + "` in raw HTML is kept as its text: write it as a Markdown link"
                        + " so that the book can check it");
            }
            name = null;
        } else if (name == null) {
            warn(at, "raw HTML `<" + tag + ">` is not in the allowed set: its content is kept without it");
        } else if (tag.equals("figcaption") && e.parents().stream().anyMatch(p -> p.normalName().equals("figcaption"))) {
            // <figcaption>1<figcaption> (a slash forgotten, as in docsify's docs) nests captions, which XHTML does not allow
            warn(at, "`<figcaption>` inside a `<figcaption>` (one not closed?): the inner one is left out, its content kept");
            name = null;
        }
        if (name != null) {
            out.append('<').append(name);
            attributes(e, name);
            out.append(HtmlAllowList.isVoid(name) ? "/>" : ">");
        }
        e.childNodes().forEach(this::write);
        if (name != null && !HtmlAllowList.isVoid(name) && closedInSource) {
            out.append("</").append(name).append('>');
        }
    }

    private void attributes(Element e, String name) {
        String tag = e.normalName();
        List<String> classes = new ArrayList<>();
        for (Attribute a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            String unsafe = HtmlAllowList.unsafeAttribute(key);
            if (unsafe != null) {
                warn(e.sourceRange().startPos(), "the " + unsafe + " `" + key + "` on `<" + tag + ">` is dropped");
            } else if (key.equals("align") && HtmlAllowList.alignClass(tag, value) != null) {
                classes.add(HtmlAllowList.alignClass(tag, value));
            } else if (key.equals("href") && name.equals("a")) {
                out.append(" href=\"").append(Entities.escape(value.strip())).append('"');
            } else if (HtmlAllowList.keeps(name, key, value)) {
                out.append(' ').append(key).append("=\"").append(Entities.escape(value)).append('"');
            }
        }
        if (tag.equals("center")) {
            classes.add("align-center");
        }
        if (!classes.isEmpty()) {
            out.append(" class=\"").append(String.join(" ", classes)).append('"');
        }
    }

    private void image(Element e) {
        int at = e.sourceRange().startPos();
        for (Attribute a : e.attributes()) {
            String unsafe = HtmlAllowList.unsafeAttribute(a.getKey().toLowerCase(Locale.ROOT));
            if (unsafe != null) {
                warn(at, "the " + unsafe + " `" + a.getKey() + "` on `<img>` is dropped");
            }
        }
        String src = e.attr("src").strip();
        if (src.isEmpty()) {
            warn(at, "`<img>` without `src` is dropped");
            return;
        }
        flush();
        parts.add(new Img(at, e.sourceRange().endPos() - at, src, e.attr("alt").strip(),
                HtmlAllowList.cssWidth(e.attr("width")), figcaption));
    }

    private void warn(int offset, String message) {
        warnings.add(new Warning(offset, message));
    }

    private void flush() {
        if (!out.isEmpty()) {
            parts.add(new Markup(out.toString()));
            out.setLength(0);
        }
    }
}
