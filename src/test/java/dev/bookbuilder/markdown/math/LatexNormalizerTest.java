package dev.bookbuilder.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The LaTeX of books written for MathJax and KaTeX draws with JLaTeXMath once rewritten. */
class LatexNormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "\\begin{equation} E = mc^2 \\label{eq:e} \\end{equation}",
        "\\begin{equation*} E = mc^2 \\end{equation*}",
        "\\begin{align} a &= b \\\\ c &= d \\end{align}",
        "\\begin{align*} a &= b \\\\ c &= d \\end{align*}",
        "\\begin{equation} \\begin{aligned} a &= b \\\\ &= c \\end{aligned} \\end{equation}",
        "\\begin{gather} a = b \\\\ c = d \\end{gather}",
        "\\begin{gather*} a = b \\\\ c = d \\end{gather*}",
        "\\begin{multline} a + b \\\\ + c \\end{multline}",
        "\\begin{multline*} a + b \\\\ + c \\end{multline*}",
        "f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{否则} \\end{cases}",
        "\\begin{matrix} 1 & 2 \\\\ 3 & 4 \\end{matrix}",
        "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
        "\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}",
        "\\begin{vmatrix} 1 & 2 \\\\ 3 & 4 \\end{vmatrix}",
        "\\boldsymbol{x} + \\bm{y}",
        "\\operatorname{softmax}(x)",
        "\\text{注意力分数} = q \\cdot k",
        "E = mc^2 \\tag{1.2}",
        "E = mc^2 \\tag*{★}",
        "a \\space b",
        "\\langle q, k \\rangle",
        "a = b \\nonumber",
        "\\textnormal{negl}(\\lambda)",
        "\\{\\kern-0.1em x \\kern-0.1em\\}^{y} \\mkern3mu z \\hskip 2pt w \\kern .5em v",
        "\\prod_{j=1\\\\j\\neq i}^{k} x_j",
        "\\sum_{\\substack{i<n\\\\i \\ne 0}} a_i",
    })
    void drawsOnceRewritten(String latex) {
        assertNull(MathRenderer.check(LatexNormalizer.normalize(latex).latex()), latex);
    }

    @Test
    void jLaTeXMathAloneDoesNotKnowTheseSoTheRewritingIsNeeded() {
        for (String latex : new String[] {"\\begin{equation}a\\end{equation}", "\\begin{align*}a\\end{align*}", "a \\tag{1}",
            "a \\space b", "\\label{x} a", "\\textnormal{a}", "a\\kern-0.1em b", "a\\mkern3mu b", "\\prod_{j=1\\\\j\\neq i} x_j"}) {
            assertNotNull(MathRenderer.check(latex), latex);
        }
    }

    @Test
    void anEquationIsNumberedAndKeepsItsLabel() {
        LatexNormalizer.Result r = LatexNormalizer.normalize("\\begin{equation}\nE = mc^2 \\label{eq:e}\n\\end{equation}");
        assertEquals("E = mc^2", r.latex());
        assertTrue(r.numbered());
        assertEquals("eq:e", r.label());
        assertEquals("", r.tag());
    }

    @Test
    void starredAndNonumberAreNotNumberedButATagIs() {
        assertFalse(LatexNormalizer.normalize("\\begin{equation*}a\\end{equation*}").numbered());
        assertFalse(LatexNormalizer.normalize("\\begin{equation}a \\nonumber\\end{equation}").numbered());
        assertFalse(LatexNormalizer.normalize("\\begin{align}a\\end{align}").numbered());
        LatexNormalizer.Result tagged = LatexNormalizer.normalize("a \\tag{3.1}");
        assertTrue(tagged.numbered());
        assertEquals("(3.1)", tagged.tag());
        assertEquals("★", LatexNormalizer.normalize("a \\tag*{★}").tag());
    }
}
