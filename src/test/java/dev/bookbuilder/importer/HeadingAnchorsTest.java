package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fragments a site forgave, as zcash/halo2's mdBook writes them, point at the heading they mean after an
 * import; fragments that name a heading are left alone; the prose around them never changes.
 */
@Tag("fast")
class HeadingAnchorsTest {
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("design/addition.md", "# Incomplete and complete addition\n\n## Complete addition\n\n## Constraints\n\n## Constraints\n");
        PAGES.put("design/scalar-mul.md", "# Fixed-base scalar multiplication\n\nSee [complete addition](addition.md#Complete-addition).\n");
        PAGES.put("background/fields.md", "# Fields\n\n## Groups\n\n<a name=\"montgomery\"></a>Montgomery's trick.\n");
        PAGES.put("background/pc-ipa.md", "# Polynomial commitment using inner product argument\n");
        PAGES.put("background/recursion.md", "# Recursion\n\nAs in [the IPA](#Polynomial-commitment-using-inner-product-argument),"
                + " see [groups](fields.md#inverses-and-groups), [trick](fields.md#montgomery) and [constraints](../design/addition.md#constraints-1).\n");
    }

    private static final Map<String, String> MOVED = Map.of("design/addition.md", "04-design/02-addition.md",
            "design/scalar-mul.md", "04-design/03-scalar-mul.md", "background/fields.md", "05-background/01-fields.md",
            "background/pc-ipa.md", "05-background/02-pc-ipa.md", "background/recursion.md", "05-background/03-recursion.md");

    private static String rewrite(String page, ImportNotes notes) {
        LinkRewriter links = new LinkRewriter(MOVED, p -> false, "", new HeadingAnchors(PAGES));
        return links.rewrite(PAGES.get(page), page, MOVED.get(page), notes);
    }

    @Test
    void aHeadingInAnotherLetterCaseIsTheHeading() {
        ImportNotes notes = new ImportNotes();
        assertEquals("# Fixed-base scalar multiplication\n\nSee [complete addition](02-addition.md#complete-addition).\n",
                rewrite("design/scalar-mul.md", notes));
        assertEquals(List.of("design/scalar-mul.md:3: `addition.md#Complete-addition` points at `design/addition.md#complete-addition`, "
                + "the heading it names"), notes.all());
    }

    @Test
    void aFragmentOfAnotherPageFollowsItAndAMissingOneLeavesOnlyThePage() {
        ImportNotes notes = new ImportNotes();
        assertEquals("# Recursion\n\nAs in [the IPA](02-pc-ipa.md),"
                + " see [groups](01-fields.md), [trick](01-fields.md#groups) and [constraints](../04-design/02-addition.md#constraints-1).\n",
                rewrite("background/recursion.md", notes));
        // The page's title is taken out of its body by the builder: a link to it is a link to the page.
        assertEquals(List.of("background/recursion.md:3: `#Polynomial-commitment-using-inner-product-argument` points at "
                + "`background/pc-ipa.md`, whose title it names",
                "background/recursion.md:3: `fields.md#inverses-and-groups`: `background/fields.md` has no heading `#inverses-and-groups`: "
                        + "the link points at the page",
                "background/recursion.md:3: `fields.md#montgomery` points at `background/fields.md#groups`, the heading it names"), notes.all());
    }

    @Test
    void aFragmentThePageHasIsLeftAlone() {
        HeadingAnchors anchors = new HeadingAnchors(PAGES);
        assertEquals(new HeadingAnchors.Target("design/addition.md", "constraints-1"), anchors.resolve("design/addition.md", "constraints-1"));
        // The builder keeps no HTML id: an <a name> inside a section leads to that section's heading.
        assertEquals(new HeadingAnchors.Target("background/fields.md", "groups"), anchors.resolve("background/fields.md", "montgomery"));
        assertEquals(new HeadingAnchors.Target("design/addition.md", null), anchors.resolve("design/addition.md", "nowhere"));
        assertEquals(new HeadingAnchors.Target("design/addition.md", ""),
                anchors.resolve("design/addition.md", "incomplete-and-complete-addition"));
    }
}
