package dev.bookbuilder.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DidYouMeanTest {
    @Test
    void suggestsTheClosestNameOnlyWhenItLooksLikeATypo() {
        List<String> fields = List.of("title", "subtitle", "toc-depth", "authors", "language");
        assertEquals(Optional.of("title"), DidYouMean.closest("titel", fields), "two letters swapped: one edit");
        assertEquals(Optional.of("authors"), DidYouMean.closest("author", fields));
        assertEquals(Optional.of("toc-depth"), DidYouMean.closest("TOC-Depth", fields), "case is ignored");
        assertEquals(Optional.empty(), DidYouMean.closest("publisher", fields), "another word, not a typo");
        assertEquals(Optional.empty(), DidYouMean.closest("x", List.of()));
        assertEquals("; did you mean `complete`?", DidYouMean.suffix("compelte", List.of("complete", "path-1")));
        assertEquals("", DidYouMean.suffix("complete", List.of("complete")), "a known name needs no suggestion");
    }

    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, DidYouMean.distance("abc", "abc"));
        assertEquals(1, DidYouMean.distance("abc", "acb"));
        assertEquals(1, DidYouMean.distance("abc", "abcd"));
        assertEquals(1, DidYouMean.distance("abc", "ab"));
        assertEquals(3, DidYouMean.distance("", "abc"));
    }
}
