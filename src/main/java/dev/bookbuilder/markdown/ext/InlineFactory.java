package dev.bookbuilder.markdown.ext;

import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import java.util.Set;
import java.util.function.Function;

/** The factory flexmark asks for when it meets one of {@code characters}: one for each of our inline syntaxes. */
public final class InlineFactory implements InlineParserExtensionFactory {
    private final String characters;
    private final Function<LightInlineParser, InlineParserExtension> create;

    public InlineFactory(String characters, Function<LightInlineParser, InlineParserExtension> create) {
        this.characters = characters;
        this.create = create;
    }

    @Override
    public CharSequence getCharacters() {
        return characters;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
        return create.apply(parser);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
