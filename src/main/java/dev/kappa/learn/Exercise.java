package dev.kappa.learn;

/**
 * One randomized exercise, as drawn by an {@link ExerciseGenerator} from a seed: the prompt, the
 * answer key (computed by the numerical core, with its tolerance), a hint and a worked solution.
 * For a choice answer, {@link #options()} lists the choices in order (letters a, b, c, …).
 */
public final class Exercise {
    private final String generatorId;
    private final long seed;
    private final String title;
    private final String topic;
    private final String lab;
    private final MathText prompt;
    private final Answer answer;
    private final String[] options;
    private final MathText hint;
    private final MathText solution;

    Exercise(ExerciseGenerator g, long seed, MathText prompt, Answer answer, String[] options, MathText hint,
            MathText solution) {
        this.generatorId = g.id();
        this.seed = seed;
        this.title = g.title();
        this.topic = g.topic();
        this.lab = g.lab();
        this.prompt = prompt;
        this.answer = answer;
        this.options = options == null ? new String[0] : options.clone();
        this.hint = hint;
        this.solution = solution;
    }

    public String generatorId() {
        return generatorId;
    }

    public long seed() {
        return seed;
    }

    public String title() {
        return title;
    }

    public String topic() {
        return topic;
    }

    /** The lab that shows the idea, or null. */
    public String lab() {
        return lab;
    }

    public MathText prompt() {
        return prompt;
    }

    public Answer answer() {
        return answer;
    }

    /** Shown names of the options for a choice answer, in letter order (empty otherwise). */
    public String[] options() {
        String[] names = new String[options.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = answer.optionName(i);
        }
        return names;
    }

    public MathText hint() {
        return hint;
    }

    public MathText solution() {
        return solution;
    }

    /** Grades learner input; never throws. */
    public Verdict grade(String input) {
        return Grader.grade(answer, input);
    }

    /** How the answer must be typed, e.g. "2 numbers separated by commas…". */
    public String formatHint() {
        return answer.formatHint();
    }
}
