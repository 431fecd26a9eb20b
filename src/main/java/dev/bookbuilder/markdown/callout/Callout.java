package dev.bookbuilder.markdown.callout;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/** A GitHub alert ({@code > [!NOTE]}) and the book's own {@code > [!INTERVIEW]}: a titled aside. */
public final class Callout extends Block {
    /** The kinds of callout, with their Chinese titles and EPUB semantics. */
    public enum Kind {
        NOTE("注意", "notice"), TIP("提示", "tip"), IMPORTANT("重要", "notice"), WARNING("警告", "notice"),
        CAUTION("小心", "notice"), INTERVIEW("面试这样答", "tip");

        private final String title;
        private final String epubType;

        Kind(String title, String epubType) {
            this.title = title;
            this.epubType = epubType;
        }

        public String title() {
            return title;
        }

        public String epubType() {
            return epubType;
        }

        public String cssClass() {
            return "callout-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    public Callout(BasedSequence chars, Kind kind) {
        super(chars);
        this.kind = kind;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public Kind kind() {
        return kind;
    }
}
