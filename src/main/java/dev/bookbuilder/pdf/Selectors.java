package dev.bookbuilder.pdf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once: jsoup parses the query of {@code closest(String)} at every call, which the
 * print document's passes make once per text node (a third of the time they took on the course).
 */
final class Selectors {
    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Selectors() {
    }

    /** As {@link Element#closest(String)}. */
    static Element closest(Element e, String query) {
        return e.closest(PARSED.computeIfAbsent(query, QueryParser::parse));
    }
}
