package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/**
 * What a deck and a quiz have in common: one authored file, its front matter, and its items in
 * file order (cards or questions).
 */
public abstract class ContentFile<T> {
    private final String id;
    private final String file;
    private final FrontMatter meta;
    private final List<T> items;

    ContentFile(String id, String file, FrontMatter meta, List<T> items) {
        this.id = id;
        this.file = file;
        this.meta = meta;
        this.items = Collections.unmodifiableList(items);
    }

    public String id() {
        return id;
    }

    /** The file name it was parsed from, for error messages. */
    public String file() {
        return file;
    }

    public String title() {
        return meta.title();
    }

    public String topic() {
        return meta.topic();
    }

    public String summary() {
        return meta.summary();
    }

    public FrontMatter meta() {
        return meta;
    }

    List<T> items() {
        return items;
    }
}
