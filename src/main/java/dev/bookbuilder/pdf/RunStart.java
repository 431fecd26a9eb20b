package dev.bookbuilder.pdf;

import org.openpdf.extend.ReplacedElement;
import org.openpdf.extend.ReplacedElementFactory;
import org.openpdf.extend.UserAgentCallback;
import org.openpdf.layout.LayoutContext;
import org.openpdf.render.BlockBox;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.openpdf.css.constants.CSSName;
import org.openpdf.css.constants.IdentValue;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.Layer;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.PageBox;
import java.util.List;

/**
 * Lays out a run of the print document's parts as the same parts are laid out in the whole. The
 * renderer keeps a {@code page-break-inside: avoid} box together only until the first forced page
 * break that moves a box (openpdf-html 3.0.3, {@code BlockBoxing.layoutContent}: the layout context's
 * "may check keep-together" flag is set false then, and nothing sets it true again), that is, in the
 * whole document only on its first part. A run that does not begin the book opens with an empty marker
 * block ({@link #MARKER}); when the renderer lays it out (and asks this factory whether it is a
 * replaced element: every block is asked), the flag is set as the whole document has it there; after
 * the layout, the first page is made the page the whole has there ({@link #rightHandFirstPage}). All
 * else goes to the factory wrapped.
 */
final class RunStart extends ForwardingReplacedElements {
    /** The attribute of the marker block that opens a run laid out as a continuation. */
    static final String MARKER = "data-pdf-run";

    /** The layout's context and the marker, when the document laid out is a run that continues the book. */
    private LayoutContext context;
    private Element marker;

    RunStart(ReplacedElementFactory delegate) {
        super(delegate);
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && e.hasAttribute(MARKER)) {
            c.setMayCheckKeepTogether(false);
            context = c;
            marker = e;
            return null;
        }
        return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    /**
     * Makes the first page of a run that continues the book a right-hand page (a run begins on one)
     * named after the part that opens it, as that part's first page is in the whole document; called
     * after the layout. The renderer makes a document's first page as the "first" page, which takes only
     * unnamed {@code @page :right} rules, not {@code @page body:right}: no running head, no folio.
     */
    static void rightHandFirstPage(ITextRenderer renderer) {
        if (!(renderer.getSharedContext().getReplacedElementFactory() instanceof RunStart start) || start.context == null) {
            return;
        }
        LayoutContext c = start.context;
        Node next = start.marker.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        if (next != null) {
            CalculatedStyle style = c.getSharedContext().getStyle((Element) next);
            c.setPageName(style.isIdent(CSSName.PAGE, IdentValue.AUTO) ? null : style.getStringProperty(CSSName.PAGE));
        }
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        PageBox right = Layer.createPageBox(c, "right", 0, 0);
        pages.set(0, right);
        right.layout(c); // its margin boxes, as the renderer lays out every page's after the layout
        start.context = null;
        start.marker = null;
    }
}
