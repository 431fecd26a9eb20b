package dev.bookbuilder.epub;

import dev.bookbuilder.edition.PageKind;
import dev.bookbuilder.render.RenderedEdition;
import java.util.ArrayList;
import java.util.List;

/**
 * The package's accessibility metadata (EPUB Accessibility 1.1, schema.org vocabulary), stated from
 * what the edition holds, so that a book without an index or formulas does not claim them.
 */
public final class AccessibilityMetadata {
    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    /** One {@code <meta property="…">} of the OPF. */
    public record Meta(String property, String value) {
    }

    private AccessibilityMetadata() {
    }

    static List<Meta> of(RenderedEdition rendered) {
        boolean formulas = !rendered.mathImages().isEmpty();
        boolean images = !rendered.images().isEmpty();
        boolean index = rendered.edition().spine().stream().anyMatch(p -> p.kind() == PageKind.INDEX);
        List<Meta> out = new ArrayList<>();
        out.add(new Meta("dcterms:conformsTo", CONFORMS_TO));
        out.add(new Meta("schema:accessMode", "textual"));
        if (images || formulas) {
            out.add(new Meta("schema:accessMode", "visual"));
        }
        out.add(new Meta("schema:accessModeSufficient", "textual"));
        for (String feature : List.of("tableOfContents", "readingOrder", "structuralNavigation", "displayTransformability")) {
            out.add(new Meta("schema:accessibilityFeature", feature));
        }
        if (index) {
            out.add(new Meta("schema:accessibilityFeature", "index"));
        }
        if (images || formulas) {
            out.add(new Meta("schema:accessibilityFeature", "alternativeText"));
        }
        if (formulas) {
            out.add(new Meta("schema:accessibilityFeature", "describedMath"));
        }
        out.add(new Meta("schema:accessibilityHazard", "none"));
        out.add(new Meta("schema:accessibilitySummary", summary(rendered.edition().labels(), images, formulas, index)));
        return List.copyOf(out);
    }

    /** The summary in the book's language, naming only what the edition has. */
    private static String summary(dev.bookbuilder.i18n.Labels labels, boolean images, boolean formulas, boolean index) {
        return labels.format("a11y.summary", index ? labels.get("a11y.index") : "", images ? labels.get("a11y.images") : "",
                formulas ? labels.get("a11y.math") : "");
    }
}
