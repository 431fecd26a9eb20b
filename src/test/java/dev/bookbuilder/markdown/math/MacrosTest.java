package dev.bookbuilder.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Macros are expanded by the builder, within a budget, and nesting is counted before JLaTeXMath sees a formula. */
@Tag("fast")
class MacrosTest {
    @Test
    void expandsDefinitionsWithArgumentsAndKeepsThemForLaterFormulas() throws Macros.TooMuch {
        Macros page = new Macros();
        assertEquals("\\frac{a}{b+1}", page.expand("\\newcommand{\\half}[2]{\\frac{#1}{#2}}\\half{a}{b+1}"));
        page.expand("\\newcommand\\R{\\mathbb{R}}");
        assertEquals("y \\in \\mathbb{R}", page.expand("y \\in \\R"));
        assertEquals("\\mathbf{v}", page.expand("\\def\\vec#1{\\mathbf{#1}}\\vec v"));
        assertEquals("\\alpha", page.expand("\\alpha"), "an undefined command is left to JLaTeXMath");
    }

    @Test
    void recursionAndBlowUpEndWithinTheBudget() {
        long start = System.nanoTime();
        assertThrows(Macros.TooMuch.class, () -> new Macros().expand("\\newcommand{\\a}{\\a x}\\a"));
        assertThrows(Macros.TooMuch.class, () -> new Macros().expand("\\newcommand{\\a}{\\b}\\newcommand{\\b}{\\a}\\a"));
        assertThrows(Macros.TooMuch.class, () -> new Macros().expand(
                "\\newcommand{\\b}{" + "x".repeat(80) + "}\\newcommand{\\c}{\\b\\b\\b\\b\\b\\b\\b\\b}\\newcommand{\\d}{\\c\\c\\c\\c\\c\\c\\c\\c}\\d\\d\\d\\d\\d\\d"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "bounded work ends in well under a second");
    }

    @Test
    void nestingIsCountedOnTheSource() {
        assertNull(MathLimits.problem("\\left( \\frac{a}{\\sqrt{b^{2}}} \\right) \\{ x \\}"));
        assertTrue(MathLimits.problem("{".repeat(5000) + "x" + "}".repeat(5000)).contains("5000 levels"));
        assertTrue(MathLimits.problem("\\{".repeat(5000)) == null, "escaped braces are not groups");
        assertTrue(MathLimits.problem("x".repeat(MathLimits.MAX_LENGTH + 1)).contains("characters"));
    }

    @Test
    void readsABookMacrosFileInKatexAndLatexForm() throws Macros.TooMuch {
        java.util.List<Macros.Problem> problems = new java.util.ArrayList<>();
        Macros book = Macros.read(String.join("\n",
                "# halo2-style KaTeX macros",
                "\\F:{\\mathbb{F}}",
                "\\pair:\\langle #1, #2 \\rangle",
                "",
                "\\newcommand{\\Z}{\\mathbb{Z}}",
                "this is not a macro",
                "\\def\\loop{\\loop x}\\loop"), problems::add);
        Macros page = new Macros(book);
        assertEquals("x \\in {\\mathbb{F}}", page.expand("x \\in \\F"));
        assertEquals("\\langle a, b \\rangle", page.expand("\\pair{a}{b}"));
        assertEquals("\\mathbb{Z}", page.expand("\\Z"));
        assertEquals(java.util.List.of(6, 7), problems.stream().map(Macros.Problem::line).toList(), problems.toString());
        page.expand("\\newcommand{\\F}{G}");
        assertEquals("{\\mathbb{F}}", new Macros(book).expand("\\F"), "a page's definitions never reach the book's or other pages");
    }
}
