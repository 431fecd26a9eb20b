package dev.bookbuilder.markdown.caption;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An image with what Markdown's image syntax cannot say: a width ({@code <img width="80%">},
 * {@code ![a](x.png){width=60%}}) and a caption of its own ({@code <figcaption>}). Everything else
 * (checking, copying, numbering) treats it as the {@link Image} it is.
 */
public final class FigureImage extends Image {
    private final String width;
    private final String caption;
    private final boolean html;

    /**
     * @param chars   where the image stands in the source, for diagnostics
     * @param width   a CSS width ({@code 60%}, {@code 12em}), or empty for the image's own size
     * @param caption the caption when it is not the alt text, or empty
     * @param html    whether it was written as an HTML {@code <img>}
     */
    public FigureImage(BasedSequence chars, String src, String alt, String width, String caption, boolean html) {
        super(chars);
        setUrlChars(BasedSequence.of(src));
        setText(BasedSequence.of(alt));
        this.width = width;
        this.caption = caption;
        this.html = html;
    }

    /** Written as {@code <img>}: HTML lets alt text be left out, so its absence is a warning, not an error. */
    public boolean isHtml() {
        return html;
    }

    public String width() {
        return width;
    }

    public String caption() {
        return caption;
    }
}
