/** Rendering an edition's pages to XHTML once (FreeMarker templates and flexmark's HTML renderer) for every format. */
package dev.bookbuilder.render;
