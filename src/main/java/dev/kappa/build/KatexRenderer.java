package dev.kappa.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * TeX → MathML with KaTeX ({@code org.webjars.npm:katex}) running in one GraalJS context, at build
 * time only. {@code katex.renderToString(tex, {output: 'mathml', throwOnError: true, displayMode})}:
 * a TeX error raises {@link TexException} with KaTeX's message, and so does output that is not valid
 * MathML ({@link MathmlArity}). Results are cached per (tex,
 * display), since decks repeat the same symbols often.
 */
final class KatexRenderer implements AutoCloseable {
    static final String KATEX_VERSION = "0.16.47";
    private static final String SCRIPT = "META-INF/resources/webjars/katex/" + KATEX_VERSION + "/dist/katex.min.js";

    /** A formula KaTeX refused, with its message. */
    static final class TexException extends Exception {
        TexException(String message) {
            super(message);
        }
    }

    private final Context context;
    private final Value render;
    private final Map<String, String> cache = new HashMap<>();

    KatexRenderer() throws IOException {
        String code;
        try (InputStream in = KatexRenderer.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("KaTeX not on the classpath (" + SCRIPT + "): is org.webjars.npm:katex:"
                        + KATEX_VERSION + " a dependency?");
            }
            code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        context.eval(Source.newBuilder("js", code, "katex.min.js").build());
        render = context.eval("js", "(function (tex, display) {"
                + " return katex.renderToString(tex, {output: 'mathml', throwOnError: true, displayMode: display,"
                + " strict: 'ignore'}); })");
    }

    String render(String tex, boolean display) throws TexException {
        String key = (display ? "D" : "I") + tex;
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            String html = render.execute(tex, display).asString();
            String problem = MathmlArity.problem(html);
            if (problem != null) {
                throw new TexException(problem);
            }
            cache.put(key, html);
            return html;
        } catch (PolyglotException e) {
            String msg = e.getMessage() == null ? "KaTeX failed" : e.getMessage();
            throw new TexException(msg.startsWith("Error: ") ? msg.substring(7) : msg);
        }
    }

    int cacheSize() {
        return cache.size();
    }

    @Override
    public void close() {
        context.close();
    }
}
