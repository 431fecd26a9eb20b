package dev.bookbuilder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/** Every question of the course follows CONTENT-GUIDE.md: three layers, an interview callout, sources, length. */
@Tag("content")
class QuestionShapeTest {
    private static final Pattern LAYER = Pattern.compile("(?m)^## (现象层|本质层|实战层)");
    private static Set<String> bib;

    static Stream<Path> questions() throws IOException {
        return CourseText.questionFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void followsTheContentGuide(Path file) throws IOException {
        String body = CourseText.body(file);
        Matcher m = LAYER.matcher(body);
        List<String> layers = m.results().map(r -> r.group(1)).toList();
        assertEquals(List.of("现象层", "本质层", "实战层"), layers, "the three layers, once each, in order");
        assertTrue(body.contains("> [!INTERVIEW]"), "closes with a > [!INTERVIEW] callout");
        int han = CourseText.proseHanCount(body);
        assertTrue(han >= 1500 && han <= 3000, "1,500 to 3,000 Chinese characters of prose, not " + han);
        Set<String> cited = CourseText.citedKeys(body);
        assertFalse(cited.isEmpty(), "cites at least one source");
        Set<String> missing = new TreeSet<>(cited);
        missing.removeAll(bibKeys());
        assertEquals(Set.of(), missing, "every cited key is in references.bib");
    }

    private static synchronized Set<String> bibKeys() throws IOException {
        if (bib == null) {
            bib = CourseText.bibKeys();
        }
        return bib;
    }
}
