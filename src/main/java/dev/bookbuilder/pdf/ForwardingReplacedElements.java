package dev.bookbuilder.pdf;

import org.openpdf.extend.ReplacedElementFactory;
import org.openpdf.layout.LayoutContext;
import org.openpdf.render.BlockBox;
import org.openpdf.extend.ReplacedElement;
import org.openpdf.extend.UserAgentCallback;
import org.openpdf.simple.extend.FormSubmissionListener;
import org.w3c.dom.Element;

/** A replaced-element factory that hands the renderer's calls to the one it wraps, unless a subclass answers first. */
abstract class ForwardingReplacedElements implements ReplacedElementFactory {
    private final ReplacedElementFactory delegate;

    ForwardingReplacedElements(ReplacedElementFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        return delegate.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public void remove(Element e) {
        delegate.remove(e);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        delegate.setFormSubmissionListener(listener);
    }
}
