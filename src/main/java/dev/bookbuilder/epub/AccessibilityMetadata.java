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
        out.add(new Meta("schema:accessibilitySummary", summary(images, formulas, index)));
        return List.copyOf(out);
    }

    private static String summary(boolean images, boolean formulas, boolean index) {
        StringBuilder s = new StringBuilder("本书符合 EPUB 无障碍 1.1 与 WCAG 2.1 AA 级：有目录");
        s.append(index ? "和索引" : "").append("，标题逐级嵌套，阅读顺序即正文顺序，表格标明表头");
        if (images) {
            s.append("，图片有替代文字");
        }
        if (formulas) {
            s.append("，公式以矢量图呈现并附中文朗读文字");
        }
        return s.append("；字号、配色可由阅读器调整，夜间模式下公式随文字变色。无闪烁、声音或动作危害。").toString();
    }
}
