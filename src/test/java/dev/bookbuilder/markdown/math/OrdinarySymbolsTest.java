package dev.bookbuilder.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Symbols in text are set as text, and no formula changes how later formulas are spaced. */
@Tag("fast")
class OrdinarySymbolsTest {
    private static final Pattern GLYPH_ORIGIN = Pattern.compile("transform='matrix\\(([-\\d.E]+),0\\.0,0\\.0,[-\\d.E]+,([-\\d.E]+),");

    /** The x of each glyph's origin, in em, in drawing order. */
    private static List<Double> glyphOrigins(String latex) {
        Matcher m = GLYPH_ORIGIN.matcher(MathRenderer.svg(latex, false).svg());
        List<Double> xs = new ArrayList<>();
        while (m.find()) {
            xs.add(Double.parseDouble(m.group(2)) / MathRenderer.EM);
        }
        return xs;
    }

    private static double width(String latex) {
        return MathRenderer.svg(latex, false).widthEm();
    }

    @Test
    void angleBracketsInTypewriterTextTakeNoRelationSpace() {
        // 06-code-models.md: \texttt{<PRE>} was drawn "< PRE >", a thick space (5/18 em) either side of P R E
        List<Double> x = glyphOrigins("\\texttt{<PRE>}");
        assertEquals(5, x.size(), "five glyphs: " + x);
        List<Double> ord = glyphOrigins("\\mathord{<}\\texttt{P}");
        double lessThan = ord.get(1) - ord.get(0); // the glyph's own advance
        assertEquals(lessThan, x.get(1) - x.get(0), 0.01, "'<' is followed by P at its own advance: " + x);
        double letter = x.get(2) - x.get(1);
        assertEquals(letter, x.get(3) - x.get(2), 0.01, "P R E evenly spaced: " + x);
        assertEquals(letter, x.get(4) - x.get(3), 0.01, "'>' follows E as a letter would: " + x);
    }

    @Test
    void relationsOperatorsAndPunctuationInTextAreSetAsText() {
        for (String command : List.of("text", "texttt", "textrm", "mathrm")) {
            for (char c : "<>=+*:;,".toCharArray()) {
                String spaced = "\\" + command + "{a" + c + "b}";
                String plain = "\\" + command + "{a\\mathord{" + c + "}b}";
                assertEquals(width(plain), width(spaced), 1e-6, spaced + " takes no space around " + c);
            }
        }
        assertEquals(width("\\text{LLaMA-2}"), width("\\mathrm{LLaMA-2}"), 1e-6, "a hyphen in \\mathrm is a hyphen, not a minus");
        assertEquals(width("\\text{a}x<y\\text{b}"), width("\\text{a$x<y$b}"), 1e-6, "math inside text keeps its spacing");
    }

    @Test
    void aGroupOfOneSymbolLeavesLaterFormulasAsTheyWere() {
        // JLaTeXMath made {,} ordinary by changing the comma's shared atom: every later comma lost its space
        double list = width("x_{1},x_{2}");
        double relation = width("p<q");
        double minus = width("p-q");
        width("2 \\times 32 = 524{,}288");
        width("p{<}q");
        width("{-}1");
        // the same formulas with a space (drawn anew: the space is another key, and JLaTeXMath ignores it)
        assertEquals(list, width("x_{1},x_{2} "), 1e-6, "commas keep their space");
        assertEquals(relation, width("p<q "), 1e-6, "relations keep their space");
        assertEquals(minus, width("p-q "), 1e-6, "binary minus keeps its space");
        assertEquals(width("16\\mathord{,}777"), width("16{,}777"), 1e-6, "{,} still draws an unspaced comma");
    }

    @Test
    void theRewriteLeavesCommandsAndMathInsideTextAlone() {
        assertEquals("\\texttt{\\mathord{<}PRE\\mathord{>}}", OrdinarySymbols.of("\\texttt{<PRE>}"));
        assertEquals("\\text{a\\,b \\mathord{=} $x<y$}", OrdinarySymbols.of("\\text{a\\,b = $x<y$}"));
        assertEquals("\\mathrm{\\kern{-1mu}LLaMA\\text{-}2}", OrdinarySymbols.of("\\mathrm{\\kern{-1mu}LLaMA-2}"));
        assertEquals("\\text{a \\textbf{b\\mathord{:}}\\mathord{:}}", OrdinarySymbols.of("\\text{a \\textbf{b:}:}"));
        assertEquals("16{\\mathord{,}}777 \\{<\\} a<b", OrdinarySymbols.of("16{,}777 \\{<\\} a<b"));
        assertEquals("x^{2}+\\frac{a}{b}", OrdinarySymbols.of("x^{2}+\\frac{a}{b}"));
    }
}
