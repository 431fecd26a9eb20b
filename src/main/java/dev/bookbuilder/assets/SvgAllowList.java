package dev.bookbuilder.assets;

import java.util.Set;
import java.util.regex.Pattern;

/** What an SVG image in the book may hold: SVG 1.1's drawing, text, paint and filter vocabulary, nothing that acts or fetches. */
final class SvgAllowList {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "textPath", "title", "desc", "linearGradient", "radialGradient", "stop",
            "clipPath", "mask", "pattern", "marker", "image", "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix",
            "feFlood", "feComposite", "feMerge", "feMergeNode", "feMorphology", "feDropShadow", "feComponentTransfer", "feFuncR",
            "feFuncG", "feFuncB", "feFuncA", "switch", "style");

    /** Editors' bookkeeping: dropped without a word. */
    static final Set<String> QUIET = Set.of("metadata", "namedview");

    /** Elements that act, embed another document or link out: dropped with their content, reported. */
    static final Set<String> HOSTILE = Set.of("script", "foreignObject", "iframe", "object", "embed", "a", "animate", "set",
            "animateTransform", "animateMotion", "handler", "listener", "audio", "video", "canvas", "discard");

    static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "d", "x", "y", "x1", "y1", "x2", "y2", "cx",
            "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height", "points", "viewBox", "preserveAspectRatio", "version", "fill",
            "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
            "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "font-family", "font-size", "font-weight",
            "font-style", "font-variant", "font-stretch", "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift",
            "letter-spacing", "word-spacing", "text-decoration", "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate",
            "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side", "path", "pathLength", "offset", "stop-color",
            "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "clip-path", "clip-rule", "clipPathUnits", "mask",
            "maskUnits", "maskContentUnits", "patternUnits", "patternContentUnits", "patternTransform", "marker-start",
            "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "visibility",
            "display", "color", "filter", "filterUnits", "primitiveUnits", "stdDeviation", "in", "in2", "result", "mode", "values",
            "type", "operator", "k1", "k2", "k3", "k4", "flood-color", "flood-opacity", "radius", "tableValues", "slope",
            "intercept", "amplitude", "exponent", "shape-rendering", "text-rendering", "image-rendering",
            "color-interpolation", "color-interpolation-filters", "vector-effect", "overflow", "paint-order", "mix-blend-mode",
            "isolation", "role", "aria-label", "aria-hidden", "lang", "href", "requiredFeatures", "systemLanguage");

    /** A reference that stays inside the image: a fragment, or an embedded raster picture for {@code <image>}. */
    static final Pattern LOCAL_REF = Pattern.compile("\\s*#[^\\s]*\\s*");
    static final Pattern EMBEDDED_PICTURE = Pattern.compile("(?i)\\s*data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    /** url() that is not url(#id): a reference outside the image. */
    static final Pattern FOREIGN_URL = Pattern.compile("(?i)url\\(\\s*['\"]?\\s*(?!#)");

    private SvgAllowList() {
    }
}
