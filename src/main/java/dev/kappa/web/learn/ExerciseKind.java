package dev.kappa.web.learn;

/** An exercise generator as the home page lists it. */
public record ExerciseKind(String id, String title, String topic) {
}
