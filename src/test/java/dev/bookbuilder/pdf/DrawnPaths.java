package dev.bookbuilder.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The paths a page strokes or fills (rules, borders, backgrounds), each subpath as its bounding box
 * in PDF user space (y up). Text and images are not paths, and neither are the contents of forms
 * (formulas and figures, drawn as vector forms).
 */
final class DrawnPaths extends PDFGraphicsStreamEngine {
    private final List<Rectangle2D> drawn = new ArrayList<>();
    private final List<Rectangle2D> current = new ArrayList<>();
    private GeneralPath sub = new GeneralPath();
    private Point2D last = new Point2D.Float();
    private int formDepth;

    /** Whether each box is cut to the clipping path it is painted in (what shows), or kept whole (what is drawn). */
    private final boolean clipped;

    private DrawnPaths(PDPage page, boolean clipped) {
        super(page);
        this.clipped = clipped;
    }

    /** The bounding boxes of what shows of the stroked or filled subpaths of a page: each cut to its clipping path. */
    static List<Rectangle2D> visible(PDPage page) throws IOException {
        DrawnPaths d = new DrawnPaths(page, true);
        d.processPage(page);
        return d.drawn;
    }

    /** The bounding boxes of the stroked or filled subpaths of a page. */
    static List<Rectangle2D> of(PDPage page) throws IOException {
        DrawnPaths d = new DrawnPaths(page, false);
        d.processPage(page);
        return d.drawn;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        closeSub();
        GeneralPath r = new GeneralPath();
        r.moveTo(p0.getX(), p0.getY());
        r.lineTo(p1.getX(), p1.getY());
        r.lineTo(p2.getX(), p2.getY());
        r.lineTo(p3.getX(), p3.getY());
        current.add(r.getBounds2D());
    }

    @Override
    public void moveTo(float x, float y) {
        closeSub();
        sub.moveTo(x, y);
        last = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        sub.lineTo(x, y);
        last = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        sub.curveTo(x1, y1, x2, y2, x3, y3);
        last = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return last;
    }

    @Override
    public void closePath() {
        sub.closePath();
    }

    private void closeSub() {
        if (sub.getCurrentPoint() != null) {
            current.add(sub.getBounds2D());
        }
        sub = new GeneralPath();
    }

    @Override
    public void endPath() {
        sub = new GeneralPath();
        current.clear();
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    @Override
    public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
        formDepth++;
        try {
            super.showForm(form);
        } finally {
            formDepth--;
        }
    }

    private void paint() {
        closeSub();
        if (formDepth == 0) {
            if (clipped) {
                Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
                current.stream().map(r -> r.createIntersection(clip)).filter(r -> r.getWidth() > 0 && r.getHeight() > 0).forEach(drawn::add);
            } else {
                drawn.addAll(current);
            }
        }
        current.clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
