package dev.bookbuilder.markdown.callout;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Locale;

/**
 * A GitHub alert ({@code > [!NOTE]}) and the book's own {@code > [!INTERVIEW]}: a titled aside. The set of kinds is
 * {@link Kind}'s and nothing else: the parser recognises a marker by looking its name up there.
 */
public final class Callout extends Block {
    /** The kinds of callout and their EPUB semantics: the one list of them (titles: the labels' {@code callout.*}). */
    public enum Kind {
        NOTE("notice"), TIP("tip"), IMPORTANT("notice"), WARNING("notice"), CAUTION("notice"), INTERVIEW("tip");

        private final String epubType;

        Kind(String epubType) {
            this.epubType = epubType;
        }

        public String epubType() {
            return epubType;
        }

        /** The kind a marker names ({@code NOTE}, {@code note}), or empty when there is none of that name. */
        public static java.util.Optional<Kind> named(String name) {
            return java.util.Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(name)).findFirst();
        }

        /** The ARIA role that matches the EPUB semantics (DPUB-ARIA). */
        public String ariaRole() {
            return epubType.equals("tip") ? "doc-tip" : "note";
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
