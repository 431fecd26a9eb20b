package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.LineBreakingStrategy;

/** Hyphenation by the TeX patterns: where words split, which do not, and that Chinese is left alone. */
@Tag("fast")
class HyphenationTest {
    private final LineBreakingStrategy lines = new CjkLineBreaking();

    @Test
    void splitsEnglishWordsWhereTheTexPatternsSay() {
        Hyphenation en = (Hyphenation) Hyphenation.around(lines, "en");
        // hy-phen-ation and in-ter-na-tion-al-iza-tion, as TeX's US English patterns have them.
        assertArrayEquals(new int[] {2, 6}, en.points("hyphenation"));
        assertEquals("in-ter-na-tion-al-iza-tion", split("internationalization", en.points("internationalization")));
        assertEquals("Com-put-ing", split("Computing", en.points("Computing")));
        assertArrayEquals(new int[0], en.points("cat"));
    }

    @Test
    void aLanguageWithoutPatternsBreaksAsBefore() {
        assertSame(lines, Hyphenation.around(lines, "zh-CN"));
        assertSame(lines, Hyphenation.around(lines, ""));
        assertTrue(Hyphenation.around(lines, "en-GB") instanceof Hyphenation);
    }

    @Test
    void breakPointsCarryTheHyphenOnlyInsidePlainWords() {
        Hyphenation en = (Hyphenation) Hyphenation.around(lines, "en");
        String text = "internationalization of PyTorch at https://example.org/characterization GPT4 hyphenation.";
        List<String> hyphenated = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        BreakPointsProvider p = en.breakPoints(text, "en", lines.getBreakPointsProvider(text, "en", null));
        for (BreakPoint bp = p.next(); bp.getPosition() >= 0; bp = p.next()) {
            all.add(bp.getPosition());
            if (!bp.getHyphen().isEmpty()) {
                assertEquals("-", bp.getHyphen());
                hyphenated.add(text.substring(0, bp.getPosition()).replaceAll(".*[ /]", ""));
            }
        }
        assertEquals(List.of("in", "inter", "interna", "internation", "internation" + "al", "internationaliza", "hy", "hyphen"),
                hyphenated, "only the plain words split: not a CamelCase name, a URL or a name with digits");
        List<Integer> sorted = new ArrayList<>(all);
        sorted.sort(null);
        assertEquals(sorted, all, "break points come in order");
    }

    private static String split(String word, int[] points) {
        StringBuilder out = new StringBuilder(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], '-');
        }
        return out.toString();
    }
}
