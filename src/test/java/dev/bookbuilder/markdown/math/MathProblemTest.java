package dev.bookbuilder.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What an author is told of a formula that does not parse: the parser's words, never a Java class cast. */
@Tag("fast")
class MathProblemTest {
    @Test
    void aFormulaThatFailsInsideTheParserIsReportedWithoutJavaInternals() {
        // mdbook-katex source from a16z/jolt's book: JLaTeXMath's message carried "class org.scilab.… cannot be cast to class …".
        String problem = MathRenderer.check("\\\\{0, 1\\\\}^n");
        assertTrue(problem != null && problem.contains("Problem with command"), problem);
        assertFalse(problem.contains("cannot be cast") || problem.contains("org.scilab"), problem);
        assertTrue(problem.endsWith("(JLaTeXMath cannot lay it out)"), problem);
        assertNull(MathRenderer.check("\\{0, 1\\}^n"));
        assertEquals("Unknown symbol or command or predefined TeXFormula: 'nosuchcommand'", MathRenderer.check("\\nosuchcommand"));
    }
}
