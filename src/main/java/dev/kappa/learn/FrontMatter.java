package dev.kappa.learn;

/** The header every content file starts with: title, topic and a one-sentence summary. */
public final class FrontMatter {
    private final SourceText title;
    private final String topic;
    private final SourceText summary;

    public FrontMatter(SourceText title, String topic, SourceText summary) {
        this.title = title;
        this.topic = topic;
        this.summary = summary;
    }

    public String title() {
        return title.text();
    }

    public SourceText titleText() {
        return title;
    }

    /** One of {@link Catalog#TOPICS}. */
    public String topic() {
        return topic;
    }

    public String summary() {
        return summary.text();
    }

    public SourceText summaryText() {
        return summary;
    }
}
