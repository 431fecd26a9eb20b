package dev.bookbuilder.markdown.caption;

import dev.bookbuilder.markdown.html.HtmlAllowList;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.bookbuilder.markdown.caption.FigureImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's attributes on an image, {@code ![a](x.png){width=60%}}: the width sizes the image; an
 * {@code #fig-…} id in the same braces is left for {@link Captions}.
 */
public final class ImageAttributes {
    private static final Pattern BLOCK = Pattern.compile("^\\{([^{}\\n]*)\\}");
    private static final Pattern WIDTH = Pattern.compile("(?:^|\\s)width=\"?([^\"\\s]+)\"?");
    private static final Pattern FIG_ID = Pattern.compile("(?:^|\\s)#(fig-[A-Za-z0-9_-]+)");

    private ImageAttributes() {
    }

    public static void apply(Document doc) {
        List<Image> images = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Image img && !(img instanceof FigureImage) && img.getNext() instanceof Text) {
                images.add(img);
            }
        }
        for (Image img : images) {
            Text text = (Text) img.getNext();
            Matcher block = BLOCK.matcher(text.getChars());
            Matcher width = block.find() ? WIDTH.matcher(block.group(1)) : null;
            if (width == null || !width.find()) {
                continue;
            }
            Matcher id = FIG_ID.matcher(block.group(1));
            BasedSequence rest = text.getChars().subSequence(block.end());
            text.setChars(id.find() ? BasedSequence.of("{#" + id.group(1) + "}" + rest) : rest);
            if (text.getChars().isEmpty()) {
                text.unlink();
            }
            FigureImage sized = new FigureImage(img.getChars(), img.getUrl().toString(), img.getText().toString(),
                    HtmlAllowList.cssWidth(width.group(1)), "", false);
            img.insertBefore(sized);
            img.unlink();
        }
    }
}
