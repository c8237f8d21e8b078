package no.retthylle.cli;

/** Entry point of the application jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("retthylle");
    }
}
