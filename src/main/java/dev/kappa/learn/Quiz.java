package dev.kappa.learn;

import java.util.Collections;
import java.util.List;

/** A quiz, one per file {@code content/quizzes/<id>.md}. */
public final class Quiz {
    private final String id;
    private final String file;
    private final FrontMatter meta;
    private final List<Question> questions;

    public Quiz(String id, String file, FrontMatter meta, List<Question> questions) {
        this.id = id;
        this.file = file;
        this.meta = meta;
        this.questions = Collections.unmodifiableList(questions);
    }

    public String id() {
        return id;
    }

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

    public List<Question> questions() {
        return questions;
    }
}
