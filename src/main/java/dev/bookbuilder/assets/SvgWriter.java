package dev.bookbuilder.assets;

import java.util.List;
import java.util.Locale;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Writes a parsed SVG back as text, keeping what {@link SvgAllowList} allows and noting what it leaves out. */
final class SvgWriter {
    private final StringBuilder out;
    private final List<String> removed;

    SvgWriter(StringBuilder out, List<String> removed) {
        this.out = out;
        this.removed = removed;
    }

    void root(Element svg) {
        element(svg, true);
    }

    private void element(Element e, boolean root) {
        String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        String ns = e.getNamespaceURI();
        if (ns != null && !ns.equals(SvgAllowList.SVG_NS)) {
            if (SvgAllowList.HOSTILE.contains(name)) {
                removed.add("a <" + name + "> element");
            }
            return; // another vocabulary (an editor's, XHTML): not drawn by readers anyway
        }
        if (SvgAllowList.QUIET.contains(name)) {
            return;
        }
        if (name.equals("a")) { // a link: its drawing stays, the link goes
            removed.add("a link (<a>)");
            out.append("<g>");
            children(e, false);
            out.append("</g>");
            return;
        }
        if (SvgAllowList.HOSTILE.contains(name) || !SvgAllowList.ELEMENTS.contains(name)) {
            removed.add("a <" + name + "> element");
            return;
        }
        StringBuilder attrs = new StringBuilder();
        boolean hasPicture = attributes(e, name, attrs);
        if (name.equals("image") && !hasPicture) {
            return; // an image whose picture was outside: nothing is left to draw
        }
        out.append('<').append(name);
        if (root) {
            out.append(" xmlns=\"").append(SvgAllowList.SVG_NS).append("\" xmlns:xlink=\"").append(SvgAllowList.XLINK_NS).append('"');
        }
        out.append(attrs).append('>');
        children(e, name.equals("style"));
        out.append("</").append(name).append('>');
    }

    private void children(Element e, boolean style) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                if (!style) {
                    element(child, false);
                }
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = c.getNodeValue();
                if (style) {
                    CssSanitizer.Result css = CssSanitizer.clean(text);
                    css.removed().forEach(r -> removed.add("a style rule with " + r.what()));
                    text = css.css();
                }
                escape(text, false);
            }
        }
    }

    /** Writes the allowed attributes into {@code attrs}; true when an href that stays inside the image was kept. */
    private boolean attributes(Element e, String element, StringBuilder attrs) {
        boolean href = false;
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
            String ns = a.getNamespaceURI();
            String value = a.getValue();
            if ("http://www.w3.org/2000/xmlns/".equals(ns)) {
                continue;
            }
            if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
                removed.add("the event handler " + local);
                continue;
            }
            if (local.equals("href") && (ns == null || ns.equals(SvgAllowList.XLINK_NS))) {
                boolean inside = SvgAllowList.LOCAL_REF.matcher(value).matches()
                        || element.equals("image") && SvgAllowList.EMBEDDED_PICTURE.matcher(value).matches();
                if (inside) {
                    attrs.append(" xlink:href=\"");
                    escapeInto(attrs, value, true);
                    attrs.append('"');
                    href = true;
                } else {
                    removed.add("a reference to " + shorten(value));
                }
                continue;
            }
            if ("http://www.w3.org/XML/1998/namespace".equals(ns)) {
                if (local.equals("space") || local.equals("lang")) {
                    attrs.append(" xml:").append(local).append("=\"");
                    escapeInto(attrs, value, true);
                    attrs.append('"');
                }
                continue;
            }
            if (ns != null || !SvgAllowList.ATTRIBUTES.contains(local) || local.equals("href")) {
                continue; // an editor's attribute (inkscape:label), or one that does nothing here
            }
            if (local.equals("style")) {
                CssSanitizer.Result css = CssSanitizer.clean(value);
                css.removed().forEach(r -> removed.add("a style with " + r.what()));
                value = css.css();
            } else if (SvgAllowList.FOREIGN_URL.matcher(value).find() || value.toLowerCase(Locale.ROOT).contains("javascript:")) {
                removed.add("a reference to " + shorten(value) + " (" + local + ")");
                continue;
            }
            attrs.append(' ').append(local).append("=\"");
            escapeInto(attrs, value, true);
            attrs.append('"');
        }
        return href;
    }

    private void escape(String s, boolean attribute) {
        escapeInto(out, s, attribute);
    }

    private static void escapeInto(StringBuilder b, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                default -> b.append(c);
            }
        }
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
