package dev.bookbuilder.render;

/**
 * What a format wants written into its pages beyond the book's own markup, as Pandoc's HTML writer takes an
 * EPUB flag. Each {@link dev.bookbuilder.write.BookWriter} declares one; an edition is rendered once for each
 * distinct value its formats declare, and nothing is written only for a later stage to take out again.
 * Every value gives the same elements in the same order (so that {@link Blocks} agree across formats).
 *
 * @param semantics      EPUB structural semantics: {@code epub:type} on the body, the sections ({@code chapter},
 *                       {@code part}, {@code index}), footnotes and their references, citations, callouts
 * @param roles          the DPUB-ARIA roles for assistive technology: {@code role="doc-chapter"},
 *                       {@code doc-noteref}, {@code doc-biblioref}, callouts' {@code note}/{@code doc-tip}
 * @param stylesheetLink each page links the stylesheet it is packaged with ({@link RenderedEdition#CSS_HREF});
 *                       a format that joins the pages or frames them brings its own
 */
public record Markup(boolean semantics, boolean roles, boolean stylesheetLink) {
    /** A reading system's pages: every semantic hint, each page a document linked to its stylesheet. */
    public static final Markup READER = new Markup(true, true, true);
    /** Pages joined into one document and laid out with their own stylesheet: no reading-system semantics. */
    public static final Markup PRINT = new Markup(false, false, false);
    /** Web pages: the ARIA roles (HTML has them; {@code epub:type} is the EPUB's own), the site's stylesheets. */
    public static final Markup WEB = new Markup(false, true, false);
}
