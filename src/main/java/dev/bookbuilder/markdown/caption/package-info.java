/** Captions of tables, figures and equations, and the image attributes (width, #fig- ids) that come with them. */
package dev.bookbuilder.markdown.caption;
