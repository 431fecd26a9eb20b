package dev.bookbuilder.markdown.citation;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** A citation, {@code [@key]} or {@code [@a; @b, p. 4]}: keys of references.bib, each with an optional locator. */
public final class Citation extends Node implements DoNotDecorate {
    /** One cited work and where in it ("p. 4"), or an empty locator. */
    public record Ref(String key, String locator) {
    }

    private final List<Ref> refs;

    public Citation(BasedSequence chars, List<Ref> refs) {
        super(chars);
        this.refs = List.copyOf(refs);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public List<Ref> refs() {
        return refs;
    }
}
