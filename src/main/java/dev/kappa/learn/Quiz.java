package dev.kappa.learn;

import java.util.List;

/** A quiz, one per file {@code content/quizzes/<id>.md}. */
public final class Quiz extends ContentFile<Question> {
    public Quiz(String id, String file, FrontMatter meta, List<Question> questions) {
        super(id, file, meta, questions);
    }

    public List<Question> questions() {
        return items();
    }
}
