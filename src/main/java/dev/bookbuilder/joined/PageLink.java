package dev.bookbuilder.joined;

import dev.bookbuilder.markdown.LinkChecker;

/**
 * A rendered page's link to another file of the edition, split at the fragment:
 * {@code kv-cache.xhtml#x} is the file {@code kv-cache.xhtml} and the fragment {@code x}.
 *
 * @param file     the path before {@code #}, possibly empty
 * @param fragment the part after {@code #}, or null when there is none
 */
public record PageLink(String file, String fragment) {
    private static final String PAGE_SUFFIX = ".xhtml";

    /** The link as a file and a fragment, or null for a fragment of the same page or a link out of the book. */
    public static PageLink parse(String href) {
        if (href.startsWith("#") || LinkChecker.isExternal(href)) {
            return null;
        }
        int hash = href.indexOf('#');
        return hash < 0 ? new PageLink(href, null) : new PageLink(href.substring(0, hash), href.substring(hash + 1));
    }

    /** True when the file is one of the edition's pages (its XHTML, beside the page that links it). */
    public boolean isPage() {
        return file.endsWith(PAGE_SUFFIX) && !file.contains("/");
    }

    /**
     * The id the link points at once the pages are one document: the fragment, or for a whole page its id
     * (page ids are unique across an edition, and a joined page keeps its id).
     */
    public String localId() {
        return fragment != null ? fragment : file.replaceFirst("\\.xhtml$", "");
    }

    /** The fragment with its {@code #}, or the empty string. */
    public String hashFragment() {
        return fragment == null ? "" : "#" + fragment;
    }
}
