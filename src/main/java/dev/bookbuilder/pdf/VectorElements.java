package dev.bookbuilder.pdf;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import dev.bookbuilder.markdown.math.MathRenderer;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.net.URI;
import org.openpdf.extend.ReplacedElement;
import org.openpdf.extend.ReplacedElementFactory;
import org.openpdf.extend.UserAgentCallback;
import org.openpdf.layout.LayoutContext;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.pdf.ITextReplacedElement;
import org.openpdf.render.BlockBox;
import org.openpdf.render.PageBox;
import org.openpdf.render.RenderingContext;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.w3c.dom.Element;

/**
 * Draws formulas and SVG images as vectors on the PDF page: the renderer has no SVG support,
 * and a bitmap would blur in print. Formulas are drawn from their LaTeX (the alt text).
 */
final class VectorElements extends ForwardingReplacedElements {
    /** The renderer's layout units per CSS pixel (ITextRenderer's default). */
    private static final int DOTS_PER_PX = 20;

    /** Drawn diagrams and charts, by their file name in the pages (figures/….svg): they exist only in memory. */
    private final java.util.Map<String, String> figures;
    /** Figures parsed once per edition, not once per layout pass (each pass was 3 % of a PDF build). */
    private final java.util.Map<String, SVGDocument> loaded;

    /** An image's height in print, in points, set to fit it on the page it belongs on ({@link FigureFloat#fit}). */
    static final String PRINT_HEIGHT = "data-print-height";

    /** The tallest a figure may be drawn, in layout units: with its caption it must fit one page. */
    private final int maxFigureHeight;

    /** Drawn figures with the parsed form of each, for all the layout passes of one document. */
    record Figures(java.util.Map<String, String> svg, java.util.Map<String, SVGDocument> parsed) {
        Figures(java.util.Map<String, String> svg) {
            this(svg, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    VectorElements(ReplacedElementFactory delegate, Figures figures, double maxFigureHeightPt) {
        super(delegate);
        this.figures = figures.svg();
        this.loaded = figures.parsed();
        this.maxFigureHeight = (int) (maxFigureHeightPt * DOTS_PER_PX * 4 / 3); // a CSS px is three quarters of a point
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element e = box.getElement();
        if (e != null && "img".equals(e.getNodeName())) {
            String cls = e.getAttribute("class");
            if (cls.contains("math")) {
                // Sizes come from the formula drawn once for the EPUB; the LaTeX is laid out again only to paint.
                String latex = e.getAttribute("alt");
                boolean display = cls.contains("math-display");
                MathRenderer.Image size = MathRenderer.svg(latex, display);
                return new Vector(size(cssWidth, (int) (size.widthEm() * MathRenderer.EM * DOTS_PER_PX)),
                        size(cssHeight, (int) (size.heightEm() * MathRenderer.EM * DOTS_PER_PX)),
                        1.0 - size.depthEm() / Math.max(1e-6, size.heightEm()),
                        (g, w, h) -> {
                            TeXIcon icon = MathRenderer.icon(latex, display);
                            g.scale(w / icon.getIconWidth(), h / icon.getIconHeight());
                            icon.paintIcon(null, g, 0, 0); // no Swing component: creating one off the event thread races in UIManager
                        });
            }
            String src = e.getAttribute("src");
            if (src.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
                try {
                    SVGDocument svg = figures.containsKey(src)
                            ? loaded.computeIfAbsent(src, k -> new SVGLoader().load(new java.io.ByteArrayInputStream(
                                    figures.get(k).getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                            : new SVGLoader().load(new java.io.ByteArrayInputStream(uac.getBinaryResource(uac.resolveURI(src)))); // cleaned, through the book's agent
                    if (svg != null) {
                        float pw = svg.size().width;
                        float ph = svg.size().height;
                        int maxWidth = box.getContainingBlock() == null ? Integer.MAX_VALUE : box.getContainingBlock().getContentWidth();
                        // Drawn figures are shown a little larger than drawn, as in the EPUB.
                        double natural = pw * DOTS_PER_PX * (figures.containsKey(src) ? dev.bookbuilder.figure.Figure.DISPLAY_SCALE : 1.0);
                        int width = Math.min(maxWidth, cssWidth > 0 ? cssWidth : (int) natural);
                        int height = cssHeight > 0 ? cssHeight : (int) (width * ph / pw);
                        int most = maxFigureHeight;
                        if (!e.getAttribute(PRINT_HEIGHT).isEmpty()) {
                            most = Math.min(most, Integer.parseInt(e.getAttribute(PRINT_HEIGHT)) * DOTS_PER_PX * 4 / 3);
                        }
                        if (height > most) { // a tall diagram shrinks to leave its caption on the page
                            width = (int) ((long) width * most / height);
                            height = most;
                        }
                        return new Vector(width, height, -1, (g, w, h) -> {
                            g.scale(w / pw, h / ph);
                            svg.render((java.awt.Component) null, g, null);
                        });
                    }
                } catch (Exception ex) {
                    // unreadable SVG: the renderer's own handling (a missing image) follows
                }
            }
        }
        return super.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    private static int size(int css, int intrinsic) {
        return css > 0 ? css : intrinsic;
    }

    /** What a vector element draws, into a box of w × h points. */
    private interface Drawing {
        void draw(Graphics2D g, float w, float h);
    }

    /** A replaced element painted as a PDF form of vector shapes. */
    private static final class Vector implements ITextReplacedElement {
        private final int width;
        private final int height;
        private final double baselineRatio;
        private final Drawing drawing;
        private Point location = new Point(0, 0);

        Vector(int width, int height, double baselineRatio, Drawing drawing) {
            this.width = width;
            this.height = height;
            this.baselineRatio = baselineRatio;
            this.drawing = drawing;
        }

        @Override
        public void paint(RenderingContext c, ITextOutputDevice outputDevice, BlockBox box) {
            float dpp = outputDevice.getDotsPerPoint();
            PdfContentByte cb = outputDevice.getCurrentPage();
            Rectangle content = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
            float w = content.width / dpp;
            float h = content.height / dpp;
            PdfTemplate template = cb.createTemplate(w, h);
            Graphics2D g = template.createGraphicsShapes(w, h);
            drawing.draw(g, w, h);
            g.dispose();
            PageBox page = c.getPage();
            float x = (content.x + page.getMarginBorderPadding(c, org.openpdf.css.style.CalculatedStyle.Edge.LEFT)) / dpp;
            float y = (page.getBottom() - (content.y + content.height) + page.getMarginBorderPadding(c, org.openpdf.css.style.CalculatedStyle.Edge.BOTTOM)) / dpp;
            cb.addTemplate(template, x, y);
        }

        @Override
        public int getIntrinsicWidth() {
            return width;
        }

        @Override
        public int getIntrinsicHeight() {
            return height;
        }

        @Override
        public Point getLocation() {
            return location;
        }

        @Override
        public void setLocation(int x, int y) {
            location = new Point(x, y);
        }

        @Override
        public void detach(LayoutContext c) {
        }

        @Override
        public boolean isRequiresInteractivePaint() {
            return false;
        }

        @Override
        public boolean hasBaseline() {
            return baselineRatio >= 0;
        }

        @Override
        public int getBaseline() {
            return (int) Math.round(height * baselineRatio);
        }
    }
}
