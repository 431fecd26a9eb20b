package dev.bookbuilder.assets;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An SVG image rewritten from an allow-list (see {@link SvgAllowList}): drawing elements and their
 * presentation attributes stay; script, event handlers, foreignObject, animation, links and every
 * reference outside the image go, each reported. It is parsed by the JDK's own parser with DOCTYPEs
 * refused outright, so no entity is expanded and nothing is fetched: a DOCTYPE without declarations
 * (as editors write them) is taken off first, one with declarations makes the image unusable.
 */
public final class SvgSanitizer {
    private static final Pattern DOCTYPE = Pattern.compile("(?is)<!DOCTYPE\\s[^\\[>]*(\\[)?");

    private SvgSanitizer() {
    }

    /** The clean SVG, or the reason there is none ({@code error}); {@code removed} says what was taken out. */
    public record Result(byte[] svg, List<String> removed, String error) {
    }

    public static Result clean(byte[] bytes) {
        List<String> removed = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher doctype = DOCTYPE.matcher(text);
        if (doctype.find()) {
            if (doctype.group(1) != null) {
                return new Result(null, List.of(), "it declares entities in a DOCTYPE, which the builder does not expand (they can read"
                        + " files or fetch addresses): remove the DOCTYPE and the entities it declares");
            }
            int end = text.indexOf('>', doctype.start());
            text = text.substring(0, doctype.start()) + text.substring(end + 1);
            removed.add("its DOCTYPE (a reference to a DTD elsewhere)");
        }
        Document doc;
        try {
            doc = parser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return new Result(null, List.of(), "it is not well-formed XML (" + firstLine(e.getMessage()) + ")");
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !(root.getNamespaceURI() == null || SvgAllowList.SVG_NS.equals(root.getNamespaceURI()))) {
            return new Result(null, List.of(), "its root element is <" + root.getTagName() + ">, not <svg>");
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        new SvgWriter(out, removed).root(root);
        return new Result(out.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(dedupe(removed)), null);
    }

    /** The JDK's parser, whatever JAXP implementation the class path brings, hardened. */
    static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> {
            throw new org.xml.sax.SAXException("external entity " + systemId + " refused");
        });
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e; // the default handler would also print it
            }
        });
        return b;
    }

    private static List<String> dedupe(List<String> items) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(items));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
