package dev.bookbuilder.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.openpdf.render.Box;
import org.w3c.dom.Element;

/**
 * The laid-out box of each element id, found in the box tree itself. OpenPDF's id map is not
 * enough: when it lays out again an anonymous block inside an element (the words of a list item
 * that also holds a list, moved by a page break), resetting that block takes the element's id out
 * of the map, though the element's own box stays laid out. Which elements lose their id so depends on
 * where the page breaks fall (zcash/halo2's lookup.md lost #pb-lookup-51 this way).
 */
final class LaidOutBoxes {
    private LaidOutBoxes() {
    }

    /** The first box (in document order) of each of {@code ids} that the layout made; ids without a box are left out. */
    static Map<String, Box> find(Box root, Set<String> ids) {
        Map<String, Box> out = new HashMap<>();
        walk(root, ids, out);
        return out;
    }

    private static void walk(Box box, Set<String> ids, Map<String, Box> out) {
        Element e = box.getElement();
        if (e != null && !box.isAnonymous()) {
            String id = e.getAttribute("id");
            if (!id.isEmpty() && ids.contains(id)) {
                out.putIfAbsent(id, box);
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            walk(box.getChild(i), ids, out);
        }
    }
}
