package dev.bookbuilder.markdown.ext;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A link to a file or folder of the book's sources that is not a page ({@code ./code/train.py}),
 * pointed at the book's repository. In print its address follows the text, since paper cannot be clicked.
 */
public final class FileLink extends Link {
    public FileLink(BasedSequence chars, String url) {
        super(chars);
        setUrlChars(BasedSequence.of(url));
    }
}
