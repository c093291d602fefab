package dev.kappa.web;

/** Entry point of both browser builds. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
    }
}
