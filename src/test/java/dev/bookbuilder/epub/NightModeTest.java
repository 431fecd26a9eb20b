package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.CssRules;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Night and sepia themes: nothing the builder draws or styles is fixed to black on white. */
class NightModeTest {
    private static final Map<String, String> FILES = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete"));
    private static final Pattern BLACK = Pattern.compile(
            "(?i)(fill|stroke)\\s*[:=]\\s*['\"]?\\s*(black|#000\\b|#000000|rgb\\(\\s*0\\s*,\\s*0\\s*,\\s*0\\s*\\))");
    private static final Pattern TEXT_COLOUR = Pattern.compile("(?i)(fill|stroke)\\s*:\\s*currentColor");

    @Test
    void everyShapeOfEveryFormulaIsPaintedInTheTextColour() {
        List<String> faults = new ArrayList<>();
        int formulas = 0;
        for (var file : FILES.entrySet()) {
            if (!file.getKey().endsWith(".xhtml")) {
                continue;
            }
            assertFalse(file.getValue().contains("src=\"math/"), file.getKey() + ": formulas are inline, not image files");
            for (Element svg : Jsoup.parse(file.getValue(), "", Parser.xmlParser()).select("svg")) {
                formulas++;
                if (!svg.hasAttr("viewBox")) { // case matters in XML: a "viewbox" is ignored and the drawing cropped
                    faults.add(file.getKey() + ": no viewBox on " + svg.attr("aria-label"));
                }
                if (BLACK.matcher(svg.outerHtml()).find()) {
                    faults.add(file.getKey() + ": black in " + svg.attr("aria-label"));
                }
                for (Element shape : svg.select("path, rect, text, line, polygon, circle")) {
                    if (!paintedInTextColour(shape)) {
                        faults.add(file.getKey() + ": a " + shape.tagName() + " of " + svg.attr("aria-label") + " keeps the default black");
                        break;
                    }
                }
            }
        }
        assertTrue(formulas > 100, "the course has formulas: " + formulas);
        assertEquals(List.of(), faults);
    }

    @Test
    void stylesheetHasANightBlock() {
        List<CssRules.Rule> dark = CssRules.parse(css()).stream()
                .filter(r -> r.media().contains("prefers-color-scheme: dark")).toList();
        assertTrue(dark.stream().anyMatch(r -> r.selector().contains(".tok-kw") && r.has("color")), dark::toString);
        assertTrue(dark.stream().anyMatch(r -> r.selector().contains("img") && r.has("background-color")),
                "pictures drawn for a white page get one at night: " + dark);
    }

    @Test
    void everyBackgroundColourComesWithItsTextColour() {
        List<CssRules.Rule> backgrounds = CssRules.parse(css()).stream()
                .filter(r -> r.has("background-color") || r.has("background")).toList();
        assertTrue(backgrounds.size() >= 8, "callouts, code, table heads, key points: " + backgrounds);
        assertEquals(List.of(), backgrounds.stream().filter(r -> !r.has("color")).map(CssRules.Rule::selector).toList());
    }

    @Test
    void pageColoursAreLeftToTheReadingSystem() {
        String css = css();
        assertFalse(css.contains("!important"), "a theme must be able to override every rule");
        List<String> fixed = CssRules.parse(css).stream()
                .filter(r -> r.selector().matches("(?i)\\s*(html|body|:root)\\s*"))
                .filter(r -> r.has("color") || r.has("background-color") || r.has("background"))
                .map(CssRules.Rule::toString).toList();
        assertEquals(List.of(), fixed, "the page's own text and background colours belong to the theme");
    }

    private static boolean paintedInTextColour(Element shape) {
        for (Element e = shape; e != null && !e.nameIs("html"); e = e.parent()) {
            if (TEXT_COLOUR.matcher(e.attr("style")).find() || "currentColor".equals(e.attr("fill"))) {
                return true;
            }
        }
        return false;
    }

    private static String css() {
        return FILES.get("OEBPS/" + dev.bookbuilder.render.RenderedEdition.CSS_HREF);
    }
}
