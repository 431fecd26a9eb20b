package dev.bookbuilder.pdf;

import dev.bookbuilder.config.Position;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.Page;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.RenderedPage;
import dev.bookbuilder.source.SourceText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Reports what the glyph fallback found, once per build however many editions show it: a
 * configured font that lacks characters the book sets in it ({@code font-lacks-glyphs}, at its
 * book.yml entry), and each character no font has ({@code missing-glyph}, where the source first
 * has it).
 */
final class GlyphWarnings {
    private static final int LISTED = 12;
    private final PdfFonts fonts;
    private final Diagnostics diags;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    GlyphWarnings(PdfFonts fonts, Diagnostics diags) {
        this.fonts = fonts;
        this.diags = diags;
    }

    /** Whether {@link #report} has something to say about this result. */
    boolean warns(GlyphFallback.Result result) {
        return !result.unresolved().isEmpty() || result.replaced().keySet().stream().anyMatch(font -> fonts.configuredAs(font).isPresent());
    }

    void report(GlyphFallback.Result result, RenderedEdition rendered) {
        result.replaced().forEach((font, cps) -> fonts.configuredAs(font).ifPresent(spec -> {
            if (reported.add("lacks " + font)) {
                Position at = spec.position();
                diags.warning("font-lacks-glyphs", at, "the font `" + spec.value() + "` (" + font
                        + ") has no glyph for " + cps.size() + " character(s) the book sets in it: " + list(cps)
                        + "; they are set in a fallback font");
            }
        }));
        result.unresolved().forEach((cp, elements) -> {
            List<String> where = elements.stream().map(e -> where(e, cp, rendered)).distinct().toList();
            if (reported.add("missing " + cp + " " + where)) {
                Position first = position(elements.get(0), cp, rendered);
                diags.warning("missing-glyph", first == null ? new Position(null, 0, 0) : first, "no font has a glyph for " + GlyphFallback.describe(cp)
                        + (where.size() > 1 ? " (also in " + String.join(", ", where.subList(1, where.size())) + ")" : "")
                        + ", so the PDF leaves it out; install a font that has it (Debian: fonts-noto-core, fonts-symbola) or name one in pdf.fonts");
            }
        });
    }

    private static String list(Set<Integer> cps) {
        String shown = cps.stream().limit(LISTED).map(cp -> Character.toString(cp)).collect(Collectors.joining(" "));
        return cps.size() > LISTED ? shown + " …" : shown;
    }

    private static String where(Element e, int cp, RenderedEdition rendered) {
        Position p = position(e, cp, rendered);
        return p == null ? "the generated pages" : p.file() + ":" + p.line() + ":" + p.column();
    }

    /** Where the source of the page an element belongs to first has the character. */
    private static Position position(Element e, int cp, RenderedEdition rendered) {
        Map<String, SourceText> sources = rendered.pages().stream().map(RenderedPage::page)
                .filter(p -> p.parsed() != null && p.parsed().source().text() != null)
                .collect(Collectors.toMap(Page::id, p -> p.parsed().source().text(), (a, b) -> a));
        for (Element up = e; up != null; up = up.parent()) {
            SourceText text = sources.get(up.id());
            if (text != null) {
                int at = text.body().indexOf(Character.toString(cp));
                if (at < 0) {
                    return new Position(text.file(), 1, 1); // in the front matter, not the body
                }
                return text.at(at);
            }
        }
        return null;
    }

}
